using Jixiao.Scoring.Rules;

namespace Jixiao.Scoring.Frameworks;

/// <summary>Which evaluation a framework serves.</summary>
public enum FrameworkKind
{
    /// <summary>单位自评 table: 产出 / 效益 / 满意度 / 预算执行率.</summary>
    SelfEvaluation,

    /// <summary>部门评价 / 财政评价 of a project: 决策 / 过程 / 产出 / 效益.</summary>
    Project,

    /// <summary>部门整体支出绩效评价.</summary>
    Department,
}

/// <summary>A standard third-level indicator: its name, points, rule (null = decided by the target) and 评分标准.</summary>
public sealed record IndicatorTemplate(string Name, decimal Points, ScoringMethod? Method = null, string? Standard = null);

/// <summary>
/// A second level. <see cref="Indicators"/> may be empty where the unit writes its own indicators
/// (产出/数量 in a self-evaluation); then <see cref="Points"/> is null and the first level's points are spread freely.
/// </summary>
public sealed record SecondLevel(string Name, IReadOnlyList<IndicatorTemplate> Indicators)
{
    public decimal? Points => Indicators.Count == 0 ? null : Indicators.Sum(i => i.Points);
}

/// <summary>A first level with its explicit points (nothing is computed as "100 − x") and the report section it feeds.</summary>
public sealed record FirstLevel(string Name, decimal Points, IReadOnlyList<SecondLevel> Children, string? SectionHint = null)
{
    /// <summary>True for the 预算执行率 first level of a self-evaluation, scored from budget and spending.</summary>
    public bool IsBudgetExecution { get; init; }
}

/// <summary>
/// An indicator framework as data: a template a jurisdiction copies and adjusts (<c>with</c>, <see cref="WithLevelPoints"/>),
/// stored as JSON (<see cref="FrameworkJson"/>). Validate with <see cref="FrameworkValidator"/>.
/// </summary>
public sealed record Framework
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public FrameworkKind Kind { get; init; }
    public decimal Total { get; init; } = 100m;
    public required IReadOnlyList<FirstLevel> Levels { get; init; }

    /// <summary>The reverse rule this template prescribes; null uses the jurisdiction's.</summary>
    public Settings.ReverseRule? ReverseRule { get; init; }

    /// <summary>The rule for "=" targets this template prescribes (as 正向, or exact); null uses the jurisdiction's.</summary>
    public Settings.EqualRule? EqualRule { get; init; }

    /// <summary>The settings to score this template with: the jurisdiction's, with the template's own rule choices on top.</summary>
    public Settings.JurisdictionSettings ApplyTo(Settings.JurisdictionSettings settings) => settings with
    {
        ReverseRule = ReverseRule ?? settings.ReverseRule,
        EqualRule = EqualRule ?? settings.EqualRule,
    };

    /// <summary>The first level a row's 一级指标 belongs to ("产出指标" → 产出), or null.</summary>
    public FirstLevel? FindLevel(string level1Name)
    {
        var wanted = LevelNames.Canonical(level1Name);
        return Levels.FirstOrDefault(l => LevelNames.Canonical(l.Name) == wanted);
    }

    /// <summary>A copy with one first level's points changed, e.g. execution 20 and 产出 40 (a single-indicator level follows).</summary>
    public Framework WithLevelPoints(string level1Name, decimal points) => this with
    {
        Levels = [.. Levels.Select(l => LevelNames.SameLevel(l.Name, level1Name) ? Repoint(l, points) : l)],
    };

    private static FirstLevel Repoint(FirstLevel level, decimal points) =>
        level.Children is [{ Indicators: [var only] } child]
            ? level with { Points = points, Children = [child with { Indicators = [only with { Points = points }] }] }
            : level with { Points = points };

    /// <summary>A copy for a jurisdiction: new id and name, same content.</summary>
    public Framework CopyAs(string id, string name) => this with { Id = id, Name = name };

    public IEnumerable<(FirstLevel Level1, SecondLevel Level2, IndicatorTemplate Indicator)> AllIndicators() =>
        from l1 in Levels from l2 in l1.Children from i in l2.Indicators select (l1, l2, i);
}
