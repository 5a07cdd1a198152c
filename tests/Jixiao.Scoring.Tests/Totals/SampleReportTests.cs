using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using Jixiao.Scoring.Totals;

namespace Jixiao.Scoring.Tests.Totals;

/// <summary>The numbers of the real reports in shared/samples.</summary>
public sealed class SampleReportTests
{
    // samples/selfeval-aketao-office-funds-2022.txt: 决策 20 + 过程 20 + 产出 40 + 效益 20 = 100, 优.
    internal static readonly (string L1, string L2, string Name, decimal Points, string? Target, string? Actual, decimal? Given)[] Aketao =
    [
        ("决策", "项目立项", "立项依据充分性", 3m, null, null, 3m),
        ("决策", "项目立项", "立项程序规范性", 2m, null, null, 2m),
        ("决策", "绩效目标", "绩效目标合理性", 3m, null, null, 3m),
        ("决策", "绩效目标", "绩效指标明确性", 2m, null, null, 2m),
        ("决策", "资金投入", "预算编制科学性", 5m, null, null, 5m),
        ("决策", "资金投入", "资金分配合理性", 5m, null, null, 5m),
        ("过程", "资金管理", "资金到位率", 5m, ">=100%", "100%", null),
        ("过程", "资金管理", "预算执行率", 5m, ">=100%", "100%", null),
        ("过程", "资金管理", "资金使用合规性", 5m, null, null, 5m),
        ("过程", "组织实施", "管理制度健全性", 2m, null, null, 2m),
        ("过程", "组织实施", "制度执行有效性", 3m, null, null, 3m),
        ("产出", "数量指标", "保障职工人数（人）", 2m, "=44人", "44人", null),
        ("产出", "数量指标", "购买办公费批次（次/年）", 2m, "=8次", "8次", null),
        ("产出", "数量指标", "电费缴费月数（月）", 1m, "=12月", "12月", null),
        ("产出", "数量指标", "支付水费月数", 1m, "=12月", "12月", null),
        ("产出", "数量指标", "出差干部人数（人）", 1m, "=20人", "20人", null),
        ("产出", "数量指标", "办公设备购置采购批次(次/年）", 1m, "=5(次/年）", "5次", null),
        ("产出", "数量指标", "车辆维护数（辆）", 1m, "=18（辆）", "18辆", null),
        ("产出", "数量指标", "支付电话费及网络费费月数（月）", 1m, "=12月", "12月", null),
        ("产出", "质量指标", "资金使用合规率（%）", 10m, "=100%", "100%", null),
        ("产出", "时效指标", "资金使用合规率（%）", 10m, ">=100%", "100%", null),
        ("产出", "成本指标", "办公费（万元）", 2m, "=68.95（万元）", "68.95万元", null),
        ("产出", "成本指标", "手续费（万元）", 0.5m, "=0.1（万元）", "0.1万元", null),
        ("产出", "成本指标", "水费缴费月数（万元）", 0.5m, "=1（万元）", "1万元", null),
        ("产出", "成本指标", "电费缴费月数（万元）", 1m, "=7（万元）", "7万元", null),
        ("产出", "成本指标", "邮电费（万元）", 1m, "=4（万元）", "4万元", null),
        ("产出", "成本指标", "差旅费（万元）", 1m, "=15（万元）", "15万元", null),
        ("产出", "成本指标", "维修(护)费（万元）", 1.5m, "=30（万元）", "30万元", null),
        ("产出", "成本指标", "生活补助（万元）", 0.5m, "=6（万元）", "6万元", null),
        ("产出", "成本指标", "公务用车运行维护费（万元）", 2m, "=60（万元）", "60万元", null),
        ("效益", "社会效益指标", "提升员工办公效率", 5m, "有效强化", "达成年度指标", 5m),
        ("效益", "可持续影响指标", "提升员工办公效率（长效）", 5m, "有效保障", "达成年度指标", 5m),
        ("效益", "满意度指标", "受益群众满意度（%）", 10m, ">=95%", "95%", null),
    ];

    [Fact]
    public void Aketao_ProjectFramework_Scores100_Excellent()
    {
        var card = Score(Aketao, BuiltInFrameworks.Project);

        Assert.All(card.Indicators, i => Assert.Empty(i.Result.Errors));
        Assert.Equal([("决策", 20m, 20m), ("过程", 20m, 20m), ("产出", 40m, 40m), ("效益", 20m, 20m)],
            card.Levels.Select(l => (l.Name, l.Points, l.Score!.Value)));
        Assert.All(card.Levels, l => Assert.Equal(1m, l.Rate));
        Assert.Equal(100m, card.Total);
        Assert.Equal("优", card.Grade.ToChinese());
        Assert.Equal(0, card.NotScoredCount);
    }

    [Fact]
    public void Aketao_CostIndicators_AreScoredReverse_AndAddUpToTheBudget()
    {
        var costs = Aketao.Where(r => r.L2 == "成本指标").Sum(r => TargetParser.Parse(r.Target).Value.Value);

        Assert.Equal(192.05m, costs);
        var card = Score(Aketao, BuiltInFrameworks.Project);
        Assert.All(card.Indicators.Where(i => i.Level2 == "成本指标"), i => Assert.Equal(ScoringMethod.Reverse, i.Result.Method));
    }

    // samples/feedback-changjiang-office-buildings-2023.txt: 评价分值 73.64, 评价结论 中.
    [Fact]
    public void Changjiang_Feedback_7364_IsFair()
    {
        (string, string, string, decimal, string?, string?, decimal?)[] rows =
        [
            ("决策", "项目立项", "立项依据充分性", 3m, null, null, 2m),
            ("决策", "绩效目标", "绩效目标合理性", 3m, null, null, 1m),
            ("决策", "绩效目标", "绩效指标明确性", 2m, null, null, 0.5m),
            ("决策", "资金投入", "预算编制科学性", 5m, null, null, 2m),
            ("决策", "资金投入", "资金分配合理性", 7m, null, null, 4m),
            ("过程", "资金管理", "资金到位率", 5m, "≥100%", "100%", null),
            ("过程", "资金管理", "资金使用合规性", 8m, null, null, 1m),
            ("过程", "组织实施", "管理制度健全性", 4m, null, null, 1.5m),
            ("过程", "组织实施", "制度执行有效性", 3m, null, null, 1.5m),
            ("产出", "产出数量", "实际完成率", 10m, "≥100%", "100%", null),
            ("产出", "产出质量", "质量达标率", 10m, "≥100%", "100%", null),
            ("产出", "产出时效", "完成及时性", 10m, "≥100%", "100%", null),
            ("产出", "产出成本", "成本节约率", 10m, "≥5%", "3.89%", null),
            ("效益", "项目效益", "社会效益", 5m, "明显", "达成年度指标", 4m),
            ("效益", "项目效益", "可持续影响", 5m, "有效保障", "部分达成年度指标并具有一定效果", 3.36m),
            ("效益", "满意度", "服务对象满意度", 10m, "≥90%", "96%", null),
        ];

        var card = Score(rows, BuiltInFrameworks.Project);

        Assert.All(card.Indicators, i => Assert.Empty(i.Result.Errors));
        Assert.Equal(7.78m, card.Indicators.Single(i => i.Name == "成本节约率").Result.Score);
        Assert.Equal(73.64m, card.Total);
        Assert.Equal(Grade.Fair, card.Grade);
        Assert.Equal("中", card.Grade.ToChinese());
    }

    [Fact]
    public void SelfEvaluation_AddsExecutionScore_AndNotScoredIsNotZero()
    {
        (string, string, string, decimal, string?, string?, decimal?)[] rows =
        [
            ("产出指标", "数量指标", "培训人次", 25m, "≥500人次", "450人次", null),
            ("产出指标", "质量指标", "合格率", 25m, "≥95%", null, null),
            ("效益指标", "社会效益指标", "群众知晓率", 30m, "≥90%", "93%", null),
            ("满意度指标", "服务对象满意度指标", "满意度", 10m, "≥90%", "93%", null),
        ];
        var settings = JurisdictionSettings.Default;
        var execution = IndicatorScorer.ScoreExecution(200m, 180m, settings.ExecutionWeight);

        var card = Score(rows, BuiltInFrameworks.SelfEvaluation, execution);

        Assert.Equal([("产出指标", 50m, 22.5m, 1), ("效益指标", 30m, 30m, 0), ("满意度指标", 10m, 10m, 0), ("预算执行率", 10m, 9m, 0)],
            card.Levels.Select(l => (l.Name, l.Points, l.Score!.Value, l.NotScoredCount)));
        Assert.Equal(0.45m, card.Levels[0].Rate);
        Assert.Equal(71.5m, card.Total);
        Assert.Equal(9m, card.ExecutionScore);
        Assert.Equal(1, card.NotScoredCount);
    }

    private static ScoreCard Score(IEnumerable<(string L1, string L2, string Name, decimal Points, string? Target, string? Actual, decimal? Given)> rows,
        Framework framework, IndicatorScore? execution = null)
    {
        var settings = JurisdictionSettings.Default;
        var scored = rows.Select(r => new ScoredIndicator(r.L1, r.L2, r.Name, IndicatorScorer.Score(new IndicatorInput
        {
            Level1 = r.L1,
            Level2 = r.L2,
            Name = r.Name,
            Points = r.Points,
            Target = r.Target is null ? null : TargetParser.Parse(r.Target).Value,
            Actual = r.Actual is null ? null : TargetParser.Parse(r.Actual).Value,
            EvaluatorScore = r.Given,
            ScoreReason = r.Given is { } g && g < r.Points ? "评价组按评分标准扣分" : null,
        }, settings))).ToList();
        return ScoreCards.Build(scored, settings, framework, execution);
    }
}
