using Jixiao.Documents.Templates;

namespace Jixiao.Documents.BatchSummary;

public static class BatchSummaryTemplates
{
    public const string Kind = "batch-summary";

    public static ReportTemplate Default { get; } = new(
        Kind,
        "关于{年度}年度重点绩效评价情况的报告",
        [
            new("basic", "基本情况"),
            new("problems", "评价发现的主要问题"),
            new("recommendations", "整改建议"),
            new("achievements", "评价工作取得的成效"),
            new("next", "下一步工作"),
            new("annex1", "{年度}年度重点绩效评价项目清单"),
            new("annex2", "{年度}年度重点绩效评价结果"),
        ])
    {
        Signature = ["{发文单位}", "{报告日期}"],
    };
}
