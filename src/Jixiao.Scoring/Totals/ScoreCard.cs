using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;

namespace Jixiao.Scoring.Totals;

/// <summary>A scored indicator with its place in the tree.</summary>
public sealed record ScoredIndicator(string Level1, string Level2, string Name, IndicatorScore Result);

/// <summary>
/// A first-level subtotal: points, score (null when nothing in it was scored) and 得分率 = score ÷ points
/// (a fraction, 4 decimals). <see cref="NotScoredCount"/> indicators were not scored and are not counted as 0.
/// </summary>
public sealed record LevelSubtotal(string Name, decimal Points, decimal? Score, decimal? Rate, int NotScoredCount);

/// <summary>The result of a whole table: subtotals, total (sum of rounded indicator scores + execution score) and grade.</summary>
public sealed record ScoreCard(
    IReadOnlyList<ScoredIndicator> Indicators,
    IReadOnlyList<LevelSubtotal> Levels,
    decimal Total,
    Grade Grade,
    decimal? ExecutionScore,
    int NotScoredCount)
{
    public decimal Points => Levels.Sum(l => l.Points);
}

public static class ScoreCards
{
    /// <summary>
    /// Sums rounded indicator scores per first level (in the framework's order, unknown levels after), adds the
    /// 预算执行率 score when given, and grades the total with the jurisdiction's bands.
    /// </summary>
    public static ScoreCard Build(IReadOnlyList<ScoredIndicator> indicators, JurisdictionSettings settings, Framework? framework = null, IndicatorScore? execution = null)
    {
        var groups = new List<(string Key, string Name, List<ScoredIndicator> Items)>();
        foreach (var level in framework?.Levels ?? [])
        {
            if (!level.IsBudgetExecution)
            {
                groups.Add((LevelNames.Canonical(level.Name), level.Name, []));
            }
        }
        foreach (var indicator in indicators)
        {
            var key = LevelNames.Canonical(indicator.Level1);
            var group = groups.FindIndex(g => g.Key == key);
            if (group < 0)
            {
                groups.Add((key, indicator.Level1, [indicator]));
            }
            else
            {
                groups[group].Items.Add(indicator);
            }
        }
        var levels = groups
            .Where(g => g.Items.Count > 0)
            .Select(g => Subtotal(g.Name, g.Items.Sum(i => i.Result.Points), g.Items.Select(i => i.Result)))
            .ToList();
        var executionLevel = framework?.Levels.FirstOrDefault(l => l.IsBudgetExecution && !indicators.Any(i => LevelNames.SameLevel(i.Level1, l.Name)));
        if (execution is not null || executionLevel is not null)
        {
            var points = execution?.Points ?? executionLevel!.Points;
            levels.Add(Subtotal(executionLevel?.Name ?? "预算执行率", points, execution is null ? [] : [execution]));
        }
        var total = levels.Sum(l => l.Score ?? 0m);
        var notScored = indicators.Count(i => !i.Result.IsScored) + (executionLevel is not null && execution?.IsScored != true ? 1 : 0);
        return new ScoreCard(indicators, levels, total, settings.GradeBands.GradeOf(total), execution?.IsScored == true ? execution.Score : null, notScored);
    }

    private static LevelSubtotal Subtotal(string name, decimal points, IEnumerable<IndicatorScore> results)
    {
        var list = results.ToList();
        var scored = list.Where(r => r.IsScored).ToList();
        decimal? score = scored.Count == 0 ? null : scored.Sum(r => r.Score!.Value);
        decimal? rate = score is { } s && points > 0m ? Math.Round(s / points, 4, MidpointRounding.AwayFromZero) : null;
        return new LevelSubtotal(name, points, score, rate, list.Count == 0 ? 1 : list.Count - scored.Count);
    }
}
