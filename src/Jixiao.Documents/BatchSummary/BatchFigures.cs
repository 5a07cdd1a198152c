using Jixiao.Documents.Common;

namespace Jixiao.Documents.BatchSummary;

/// <summary>The figures of a batch computed from its projects: money per fund source, projects per grade.</summary>
public sealed record BatchFigures(
    int ProjectCount,
    int DepartmentCount,
    MoneyColumn ProjectBudgets,
    IReadOnlyList<(string Source, decimal Yuan)> BySource,
    IReadOnlyList<(string Grade, int Count)> ByGrade,
    IReadOnlyList<(string Department, decimal Average, int Count)> ScoreByDepartment)
{
    public const string NotScored = "未评分";

    public static BatchFigures Of(BatchSummaryReport report)
    {
        var projects = report.Projects;
        var bySource = projects.SelectMany(p => p.Budget)
            .GroupBy(b => b.Source)
            .Select(g => (g.Key, g.Sum(b => b.Yuan)))
            .ToList();

        var grades = projects.Select(p => p.Score is null ? NotScored : p.Grade).ToList();
        var order = report.GradeNames.Concat(grades.Where(g => !report.GradeNames.Contains(g)).Distinct());
        var byGrade = order.Select(g => (g, grades.Count(x => x == g))).Where(x => x.Item2 > 0 || report.GradeNames.Contains(x.g)).ToList();

        // The chart shows a plain mean of the departments' scored projects, rounded for display only.
        var byDepartment = projects.Where(p => p.Score is not null)
            .GroupBy(p => p.Department)
            .Select(g => (g.Key, Math.Round(g.Average(p => p.Score!.Value), 2, MidpointRounding.AwayFromZero), g.Count()))
            .OrderByDescending(x => x.Item2)
            .ToList();

        return new(
            projects.Count,
            projects.Select(p => p.Department).Distinct().Count(),
            new([.. projects.Select(p => p.BudgetYuan)]),
            bySource,
            byGrade,
            byDepartment);
    }
}
