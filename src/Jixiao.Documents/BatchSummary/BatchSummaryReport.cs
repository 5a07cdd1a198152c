using Jixiao.Documents.Common;

namespace Jixiao.Documents.BatchSummary;

/// <summary>A project's approved budget from one fund source (一般公共预算, 政府性基金 …), in 元.</summary>
public sealed record SourceAmount(string Source, decimal Yuan);

/// <summary>
/// One project of a batch of key evaluations. Score and grade come from the scoring core;
/// a null score is "not scored".
/// </summary>
/// <remarks>BudgetSection: the finance bureau's 归口科室; Department: the 主管部门.</remarks>
public sealed record BatchProject(
    string BudgetSection,
    string Department,
    string Unit,
    string UnitCode,
    string Name,
    IReadOnlyList<SourceAmount> Budget,
    decimal? Score,
    string Grade)
{
    public decimal BudgetYuan => Budget.Sum(b => b.Yuan);
}

/// <summary>
/// The finance bureau's 重点绩效评价情况的报告 on a batch (DOMAIN §7.4). Counts, totals per fund
/// source and counts per grade are computed from <see cref="Projects"/>; the text blocks are the
/// bureau's. Grade names are the jurisdiction's bands, in order (default 优、良、中、差).
/// </summary>
public sealed record BatchSummaryReport(
    string Issuer,
    int Year,
    DateOnly EvaluationStart,
    DateOnly EvaluationEnd,
    DateOnly ReportDate,
    IReadOnlyList<string> Agencies,
    int DepartmentsReplied,
    IReadOnlyList<BatchProject> Projects,
    IReadOnlyList<TextBlock> Problems,
    IReadOnlyDictionary<string, string> Narratives)
{
    public IReadOnlyList<string> GradeNames { get; init; } = ["优", "良", "中", "差"];
}
