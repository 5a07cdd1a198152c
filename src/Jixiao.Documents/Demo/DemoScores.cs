using Jixiao.Documents.Scores;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;

namespace Jixiao.Documents.Demo;

/// <summary>
/// The scored table of the demo project (the 昌江区 office-buildings evaluation, 73.64 分, 中), scored
/// by the core: quantitative rows by rule, 定性 rows by the evaluator inside their band, the rest by deductions.
/// </summary>
internal static class DemoScores
{
    public static IReadOnlyList<IndicatorInput> Indicators { get; } =
    [
        Deducted("决策", "项目立项", "立项依据充分性", 4m, "依据充分", "立项依据金额与预算金额相差较大", (1m, "立项依据存在瑕疵")),
        DemoSelfEvaluation.Row("决策", "项目立项", "立项程序规范性", 4m, "达成年度指标", "达成年度指标") with { EvaluatorScore = 4m, ScoreReason = "经常务会议研究，程序规范。" },
        Deducted("决策", "绩效目标", "绩效目标合理性", 3m, "目标合理", "未细化分解", (1.5m, "总体目标未细化为具体指标")),
        Deducted("决策", "绩效目标", "绩效指标明确性", 3m, "清晰可衡量", "无可衡量指标值", (2m, "指标未量化")),
        Deducted("决策", "资金投入", "预算编制科学性", 3m, "编制科学", "编制不够精细", (1.5m, "预算未细化到明细构成")),
        Deducted("决策", "资金投入", "资金分配合理性", 3m, "分配合理", "与任务基本匹配", (1m, "部分资金分配依据不足")),
        DemoSelfEvaluation.Row("过程", "资金管理", "资金到位率", 3m, "100%", "100%"),
        DemoSelfEvaluation.Row("过程", "资金管理", "预算执行率", 4m, "100%", "99.24%"),
        Deducted("过程", "资金管理", "资金使用合规性", 5m, "合规", "存在虚列、挤占", (2.47m, "虚列、借款挤占项目资金")),
        Deducted("过程", "组织实施", "管理制度健全性", 4m, "健全", "服务登记制度缺失", (2m, "缺少服务事项登记、跟踪检查制度")),
        Deducted("过程", "组织实施", "制度执行有效性", 4m, "有效", "合同责任不明确", (1.5m, "合同费用承担不明确")),
        DemoSelfEvaluation.Row("产出", "产出数量", "实际完成率", 12m, "≥100%", "100%"),
        DemoSelfEvaluation.Row("产出", "产出质量", "质量达标率", 10m, "≥95%", "98%"),
        DemoSelfEvaluation.Row("产出", "产出时效", "完成及时性", 8m, "≤12月", "12月"),
        DemoSelfEvaluation.Row("产出", "产出成本", "成本节约率", 10m, "≥5%", "3.82%") with { Explanation = "成本节约率低于目标，按比例得分。" },
        DemoSelfEvaluation.Row("效益", "项目效益", "社会效益", 6m, "达成年度指标", "部分达成年度指标并具有一定效果") with { EvaluatorScore = 4m, ScoreReason = "停车、餐饮服务效果较好，绩效目标不明确。" },
        DemoSelfEvaluation.Row("效益", "项目效益", "可持续影响", 6m, "达成年度指标", "未达成年度指标且效果较差") with { EvaluatorScore = 1.5m, ScoreReason = "业务管理制度不健全，缺少年度计划和总结。" },
        Deducted("效益", "满意度", "服务对象满意度", 8m, "≥95%", "未开展满意度调查", (4.5m, "未提供满意度调查资料，按访谈结果得分")),
    ];

    public static ScoreSummary OfficeBuildings() => CoreScores.Score(Indicators, framework: BuiltInFrameworks.Project);

    private static IndicatorInput Deducted(string level1, string level2, string name, decimal points, string target, string actual, params (decimal Points, string Reason)[] deductions) =>
        DemoSelfEvaluation.Row(level1, level2, name, points, target, actual) with
        {
            Deductions = [.. deductions.Select(d => new Deduction(d.Points, d.Reason))],
        };
}
