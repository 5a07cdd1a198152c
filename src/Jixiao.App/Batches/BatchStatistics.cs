using System.Globalization;
using Jixiao.App.Evaluations;
using Jixiao.Scoring.Settings;

namespace Jixiao.App.Batches;

/// <summary>得分率 of one first level over the batch: the scored points of all scored evaluations against their points.</summary>
public sealed record LevelRate(string Level, decimal Points, decimal Score, decimal? Rate);

/// <summary>A bar of the score distribution (e.g. "80–90").</summary>
public sealed record ScoreBucket(string Label, int Count);

/// <summary>What the batch page counts once scores come in: grades, score distribution, first-level 得分率, overdue findings.</summary>
public sealed record BatchStatistics(IReadOnlyDictionary<string, int> ByGrade, IReadOnlyList<ScoreBucket> Distribution, IReadOnlyList<LevelRate> Levels, int Accepted, int Scored, int OverdueFindings);

/// <summary>Computes the batch statistics from stored evaluations; grades use the jurisdiction's bands (stored with each evaluation).</summary>
public static class BatchStatisticsCalculator
{
    public static BatchStatistics Compute(IReadOnlyList<Evaluation> evaluations, GradeBands bands, int overdueFindings)
    {
        var graded = evaluations.Where(e => e.Grade is not null && e.Total is not null).ToList();
        var byGrade = new Dictionary<string, int>();
        foreach (var grade in new[] { Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor })
        {
            byGrade[grade.ToChinese()] = graded.Count(e => e.Grade == grade.ToChinese());
        }
        byGrade["未完成评分"] = evaluations.Count - graded.Count;
        var edges = new[] { 0m, bands.Fair, bands.Good, bands.Excellent, 100.01m };
        var distribution = new List<ScoreBucket>();
        for (var i = 0; i < edges.Length - 1; i++)
        {
            var (low, high) = (edges[i], edges[i + 1]);
            var label = i == 0 ? string.Create(CultureInfo.InvariantCulture, $"<{high:0.##}") : i == edges.Length - 2 ? string.Create(CultureInfo.InvariantCulture, $"≥{low:0.##}") : string.Create(CultureInfo.InvariantCulture, $"{low:0.##}–{high:0.##}");
            distribution.Add(new ScoreBucket(label, graded.Count(e => e.Total >= low && e.Total < high)));
        }
        var levels = graded.SelectMany(e => e.Indicators)
            .GroupBy(i => i.Level1)
            .Select(g =>
            {
                var points = g.Sum(i => i.Points);
                var score = g.Sum(i => i.Score ?? 0m);
                return new LevelRate(g.Key, points, score, points > 0 ? decimal.Round(score / points, 4, MidpointRounding.AwayFromZero) : null);
            })
            .OrderBy(l => FirstIndex(graded, l.Level))
            .ToList();
        return new BatchStatistics(byGrade, distribution, levels, evaluations.Count(e => e.Status == EvaluationStatus.Accepted), graded.Count, overdueFindings);
    }

    private static int FirstIndex(List<Evaluation> evaluations, string level) =>
        evaluations.SelectMany(e => e.Indicators).Where(i => i.Level1 == level).Select(i => i.Order).DefaultIfEmpty(int.MaxValue).Min();
}
