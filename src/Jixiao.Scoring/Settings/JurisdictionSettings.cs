namespace Jixiao.Scoring.Settings;

/// <summary>How a 反向 indicator above its target loses points.</summary>
public enum ReverseRule
{
    /// <summary>(1 − (B − A)/A) × W: full at A, linear to 0 at 2A (the default of shipping systems).</summary>
    LinearToZeroAtDouble,

    /// <summary>A/B × W.</summary>
    Ratio,
}

/// <summary>How an "=" target that is not a cost or deadline is scored.</summary>
public enum EqualRule
{
    /// <summary>As 正向: at or above A is full marks.</summary>
    AsPositive,

    /// <summary>Exactly A is full; below as 正向, above as 反向.</summary>
    Exact,
}

/// <summary>When a result so far beyond the target needs an explanation (the target may have been set too low).</summary>
public sealed record OverAchievementRule(bool Enabled = true, decimal PositiveRatio = 1.30m, decimal ReverseRatio = 0.70m);

/// <summary>Monitoring light edges as shares of expected progress: red below Yellow, green from Green, blue from Blue.</summary>
public sealed record MonitoringThresholds(decimal Yellow = 0.60m, decimal Green = 0.80m, decimal Blue = 1.20m);

/// <summary>
/// Everything a province, city or county may set differently. One JSON document, shared by
/// <c>jixiao score</c>, <c>jixiao review</c> and the application; every property has the national default.
/// </summary>
public sealed record JurisdictionSettings
{
    public static JurisdictionSettings Default { get; } = new();

    public string Name { get; init; } = "默认（全国通行标准）";
    public GradeBands GradeBands { get; init; } = GradeBands.Default;
    public QualitativeBands QualitativeBands { get; init; } = QualitativeBands.Default;
    public ReverseRule ReverseRule { get; init; } = ReverseRule.LinearToZeroAtDouble;
    public EqualRule EqualRule { get; init; } = EqualRule.AsPositive;
    public OverAchievementRule OverAchievement { get; init; } = new();

    /// <summary>Points of 预算执行率 in the self-evaluation table (10 nationally, 20 in some places).</summary>
    public decimal ExecutionWeight { get; init; } = 10m;

    /// <summary>产出 + 效益 below this share of the total gives a warning in project evaluations.</summary>
    public decimal MinOutputAndBenefitShare { get; init; } = 0.60m;

    public MonitoringThresholds Monitoring { get; init; } = new();

    /// <summary>Chinese messages for values that cannot work together; empty when the settings are usable.</summary>
    public IReadOnlyList<string> Validate() => ValidateFields().Select(p => p.Message).ToList();

    /// <summary>The same messages, each with the settings property it belongs to (a JSON name), for forms that show them at the field.</summary>
    public IReadOnlyList<SettingsProblem> ValidateFields()
    {
        // A file may say "gradeBands": null; the reader lets that through, so it is a message here, not a crash below.
        var missing = new (string Field, object? Value, string Text)[]
        {
            ("gradeBands", GradeBands, "等级分数线"), ("qualitativeBands", QualitativeBands, "定性指标档次"),
            ("overAchievement", OverAchievement, "超额完成阈值"), ("monitoring", Monitoring, "监控预警阈值"),
        }.Where(m => m.Value is null).Select(m => new SettingsProblem(m.Field, $"缺少{m.Text}")).ToList();
        if (missing.Count > 0)
        {
            return missing;
        }
        var problems = new List<SettingsProblem>();
        problems.AddRange(GradeBands.Problems().Select(m => new SettingsProblem("gradeBands", m)));
        problems.AddRange(QualitativeBands.Problems().Select(m => new SettingsProblem("qualitativeBands", m)));
        if (ExecutionWeight < 0m)
        {
            problems.Add(new("executionWeight", "预算执行率分值不能为负数"));
        }
        if (OverAchievement.PositiveRatio <= 1m || OverAchievement.ReverseRatio >= 1m || OverAchievement.ReverseRatio <= 0m)
        {
            problems.Add(new("overAchievement", "超额完成阈值应满足 正向 > 1、0 < 反向 < 1（如 1.3 与 0.7）"));
        }
        if (MinOutputAndBenefitShare is < 0m or > 1m)
        {
            problems.Add(new("minOutputAndBenefitShare", "产出与效益指标最低占比应在 0 到 1 之间（如 0.6）"));
        }
        if (!(Monitoring.Yellow < Monitoring.Green && Monitoring.Green <= Monitoring.Blue && Monitoring.Yellow > 0m))
        {
            problems.Add(new("monitoring", "监控预警阈值应满足 0 < 黄灯 < 绿灯 ≤ 蓝灯（如 0.6、0.8、1.2）"));
        }
        return problems;
    }
}

/// <summary>One unusable value: the settings property (JSON name, e.g. "gradeBands") and the Chinese message.</summary>
public sealed record SettingsProblem(string Field, string Message);
