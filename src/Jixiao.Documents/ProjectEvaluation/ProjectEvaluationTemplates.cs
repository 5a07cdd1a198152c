using Jixiao.Documents.Templates;

namespace Jixiao.Documents.ProjectEvaluation;

/// <summary>The national default layout of a project evaluation report (财预〔2020〕10号 附件).</summary>
public static class ProjectEvaluationTemplates
{
    public const string Kind = "project-evaluation";

    public static ReportTemplate Default { get; } = new(
        Kind,
        "{项目名称}绩效评价报告",
        [
            new("basic", "基本情况"),
            new("process", "绩效评价工作开展情况"),
            new("conclusion", "综合评价情况及评价结论"),
            new("analysis", "绩效评价指标分析"),
            new("deviation", "预算执行进度与绩效指标偏差", Include: false),
            new("experience", "主要经验及做法、存在的问题及原因分析"),
            new("suggestions", "有关建议"),
            new("other", "其他需要说明的问题"),
            new("annex", "{项目名称}绩效评价评分表"),
        ])
    {
        Subtitle = "（{年度}年度 · {评价类型}）",
        Signature = ["{出具单位}", "主评人：{主评人}", "{报告日期}"],
    };
}
