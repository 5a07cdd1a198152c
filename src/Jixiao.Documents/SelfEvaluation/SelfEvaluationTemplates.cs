using Jixiao.Documents.Templates;

namespace Jixiao.Documents.SelfEvaluation;

public static class SelfEvaluationTemplates
{
    public const string Kind = "self-evaluation";

    public static ReportTemplate Default { get; } = new(
        Kind,
        "项目支出绩效自评表",
        [
            new("project", "项目信息"),
            new("funding", "项目资金（万元）"),
            new("goal", "年度总体目标"),
            new("indicators", "绩效指标"),
        ])
    {
        Subtitle = "（{年度}年度）",
        Signature = ["填报单位（盖章）：{实施单位}"],
    };
}
