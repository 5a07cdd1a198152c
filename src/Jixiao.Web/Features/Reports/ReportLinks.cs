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
}
