namespace Jixiao.Review.Facts;

public enum ReportKind
{
    Unknown,
    ProjectEvaluation,
    SelfEvaluation,
    ResultFeedback,
    DepartmentEvaluation,
    BatchSummary,
}

public static class ReportKinds
{
    public static string Slug(ReportKind kind) => kind switch
    {
        ReportKind.Unknown => "unknown",
        ReportKind.ProjectEvaluation => "project-evaluation",
        ReportKind.SelfEvaluation => "self-evaluation",
        ReportKind.ResultFeedback => "result-feedback",
        ReportKind.DepartmentEvaluation => "department-evaluation",
        ReportKind.BatchSummary => "batch-summary",
    };

    public static string Chinese(ReportKind kind) => kind switch
    {
        ReportKind.Unknown => "未识别",
        ReportKind.ProjectEvaluation => "项目支出绩效评价报告",
        ReportKind.SelfEvaluation => "单位绩效自评报告",
        ReportKind.ResultFeedback => "评价结果反馈",
        ReportKind.DepartmentEvaluation => "部门整体支出绩效评价报告",
        ReportKind.BatchSummary => "重点绩效评价情况汇总报告",
    };
}
