using Jixiao.Documents.Common;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;

namespace Jixiao.Documents.Demo;

/// <summary>
/// A self-evaluation modelled on the 阿克陶县政府办公室 2022 工作经费 (samples/), with actuals
/// that miss a target; scored by the core.
/// </summary>
public static class DemoSelfEvaluation
{
    public static IReadOnlyList<IndicatorInput> Indicators { get; } =
    [
        Row("产出指标", "数量指标", "保障职工人数", 8m, "=44人", "44人"),
        Row("产出指标", "数量指标", "购买办公用品批次", 6m, "=8次", "8次"),
        Row("产出指标", "数量指标", "车辆维护数", 6m, "=18辆", "16辆") with { Explanation = "2辆车辆报废停用，未再维护；下年度按在用车辆数设置目标。" },
        Row("产出指标", "质量指标", "资金使用合规率", 10m, "=100%", "100%"),
        Row("产出指标", "时效指标", "任务完成时间", 10m, "≤12月", "12月"),
        Row("产出指标", "成本指标", "办公费", 10m, "≤68.95万元", "68.90万元"),
        Row("效益指标", "社会效益指标", "提升公共服务水平", 15m, "达成年度指标", "达成年度指标") with { EvaluatorScore = 14m, Explanation = "部分服务事项办理时限仍偏长。" },
        Row("效益指标", "可持续影响指标", "保障机关正常运转", 15m, "达成年度指标", "达成年度指标") with { EvaluatorScore = 15m },
        Row("满意度指标", "服务对象满意度指标", "受益群众满意度", 10m, "≥95%", "96%"),
    ];

    public static SelfEvaluationTable Create() => SelfEvaluationScoring.Build(
        new ProjectFacts("2022年度政府办公室工作经费", 2022, "阿克陶县人民政府办公室", "阿克陶县人民政府办公室", "101001", "2022年1月—2022年12月"),
        [
            new("本年财政拨款", 1_920_500.00m, 1_920_500.00m, 1_895_432.17m),
            new("上年结转资金", 0m, 0m, 0m),
            new("其他资金", 0m, 0m, 0m),
        ],
        "保障政府办公室办公楼正常运行，保障电子政务外网维护、门户网站监管、应急视频会议系统终端管理及公务用车运行维护，提升办事效率和服务保障能力。",
        "全年保障职工44人，完成办公用品采购8批次、车辆维护16辆，电子政务外网和应急视频会议系统运行正常，资金使用合规。",
        Indicators);

    internal static IndicatorInput Row(string level1, string level2, string name, decimal points, string target, string actual) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Points = points,
        Target = TargetParser.Parse(target).Value,
        Actual = TargetParser.Parse(actual).Value,
    };
}
