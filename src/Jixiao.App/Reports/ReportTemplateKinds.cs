using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Common;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Department;
using Jixiao.Documents.Feedback;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Templates;

namespace Jixiao.App.Reports;

/// <summary>A report kind a jurisdiction may adjust: its national default, the sections its writer knows, and a sample on demo data.</summary>
public sealed record ReportTemplateKind(
    string Kind, string Name, ReportTemplate Default, IReadOnlyList<string> SectionKeys, Func<ReportTemplate, DocumentResult<byte[]>> Sample);

/// <summary>The Word report kinds whose templates a jurisdiction may adjust (issue 5), in the order the page shows them.</summary>
public static class ReportTemplateKinds
{
    public static IReadOnlyList<ReportTemplateKind> All { get; } =
    [
        new(ProjectEvaluationTemplates.Kind, "项目支出绩效评价报告", ProjectEvaluationTemplates.Default, ProjectEvaluationWriter.SectionKeys,
            t => ProjectEvaluationWriter.Write(DemoProjectReport.Create(), t)),
        new(FeedbackTemplates.Kind, "评价结果反馈单", FeedbackTemplates.Default, FeedbackWriter.SectionKeys,
            t => FeedbackWriter.Write(DemoFeedback.Create(), t)),
        new(DepartmentTemplates.Kind, "部门整体支出绩效评价报告", DepartmentTemplates.Default, DepartmentWriter.SectionKeys,
            t => DepartmentWriter.Write(DemoDepartmentReport.Create(), t)),
        new(BatchSummaryTemplates.Kind, "重点绩效评价情况的报告", BatchSummaryTemplates.Default, BatchSummaryWriter.SectionKeys,
            t => BatchSummaryWriter.Write(DemoBatchReport.Create(), t)),
        new(SelfEvaluationTemplates.Kind, "项目支出绩效自评表", SelfEvaluationTemplates.Default, SelfEvaluationWriter.SectionKeys,
            t => SelfEvaluationWriter.Write(DemoSelfEvaluation.Create(), t)),
    ];

    public static ReportTemplateKind? Find(string? kind) => All.FirstOrDefault(k => k.Kind == kind);
}
