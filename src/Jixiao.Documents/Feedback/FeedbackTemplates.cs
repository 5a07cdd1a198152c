using Jixiao.Documents.Templates;

namespace Jixiao.Documents.Feedback;

public static class FeedbackTemplates
{
    public const string Kind = "result-feedback";

    /// <summary>The layout of the 昌江区 feedback sheet: facts first, then three text rows.</summary>
    public static ReportTemplate Default { get; } = new(
        Kind,
        "{地区}财政支出绩效评价结果反馈",
        [
            new("facts", "评价基本信息"),
            new("basic", "项目基本情况"),
            new("performance", "主要绩效情况"),
            new("problems", "主要问题与建议"),
        ]);
}
