namespace Jixiao.Web.Features.Reports;

/// <summary>A download button: label and link.</summary>
public sealed record ReportLink(string Label, string Href);

/// <summary>The download buttons each page shows (rendered by _Downloads.cshtml).</summary>
public static class ReportLinks
{
    public static IReadOnlyList<ReportLink> Project(Guid projectId) =>
    [
        new("绩效目标表 Word", $"/api/v1/projects/{projectId}/reports/targets?format=docx"),
        new("绩效目标表 Excel", $"/api/v1/projects/{projectId}/reports/targets?format=xlsx"),
        new("项目清单 Excel", $"/api/v1/projects/reports/list?format=xlsx"),
    ];

    public static IReadOnlyList<ReportLink> SelfEvaluation(Guid projectId) =>
    [
        new("自评表 Word", $"/api/v1/projects/{projectId}/reports/self-evaluation?format=docx"),
        new("自评表 PDF", $"/api/v1/projects/{projectId}/reports/self-evaluation?format=pdf"),
        new("自评表 Excel", $"/api/v1/projects/{projectId}/reports/self-evaluation?format=xlsx"),
        new("绩效评价报告 Word", $"/api/v1/projects/{projectId}/reports/project-evaluation?format=docx"),
        new("绩效评价报告 PDF", $"/api/v1/projects/{projectId}/reports/project-evaluation?format=pdf"),
    ];

    public static IReadOnlyList<ReportLink> Department(Guid budgetId) =>
    [
        new("报告 Word", $"/api/v1/department-budgets/{budgetId}/report?format=docx"),
        new("报告 PDF", $"/api/v1/department-budgets/{budgetId}/report?format=pdf"),
    ];

    /// <summary>A key evaluation's report, and its feedback sheet once every indicator is scored (the view's grade).</summary>
    public static IReadOnlyList<ReportLink> Evaluation(Guid id, bool graded) =>
    [
        new("评价报告 Word", $"/api/v1/evaluations/{id}/reports/evaluation?format=docx"),
        new("评价报告 PDF", $"/api/v1/evaluations/{id}/reports/evaluation?format=pdf"),
        .. graded ? new ReportLink[] { new("结果反馈单 Word", $"/api/v1/evaluations/{id}/reports/feedback?format=docx") } : [],
    ];

    public static IReadOnlyList<ReportLink> Batch(Guid id) =>
    [
        new("汇总报告 Word", $"/api/v1/batches/{id}/reports/summary?format=docx"),
        new("汇总报告 PDF", $"/api/v1/batches/{id}/reports/summary?format=pdf"),
        new("附件 Excel", $"/api/v1/batches/{id}/reports/summary?format=xlsx"),
        new("结果反馈单 Word", $"/api/v1/batches/{id}/reports/feedback?format=docx"),
        new("整批打包下载（zip）", $"/api/v1/batches/{id}/reports/archive"),
    ];

    /// <summary>The lists as the page filters them (same use case, same scope).</summary>
    public static IReadOnlyList<ReportLink> EvaluationList(int? year, App.Evaluations.EvaluationStatus? status) =>
        [new("清单 Excel", "/api/v1/evaluations/reports/list?format=xlsx" + Query(("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", status?.ToString())))];

    public static IReadOnlyList<ReportLink> FindingList(App.Findings.FindingStatus? status, bool overdue) =>
        [new("清单 Excel", "/api/v1/findings/reports/list?format=xlsx" + Query(("status", status?.ToString()), ("overdue", overdue ? "true" : null)))];

    public static IReadOnlyList<ReportLink> BudgetList(int? year) =>
        [new("清单 Excel", "/api/v1/department-budgets/reports/list?format=xlsx" + Query(("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture))))];

    public static IReadOnlyList<ReportLink> BatchList() => [new("批次清单 Excel", "/api/v1/batches/reports/list?format=xlsx")];

    private static string Query(params (string Name, string? Value)[] parameters) =>
        string.Concat(parameters.Where(p => p.Value is not null).Select(p => $"&{p.Name}={Uri.EscapeDataString(p.Value!)}"));
}
