using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Linting;
using Jixiao.Scoring.Tests.Totals;

namespace Jixiao.Scoring.Tests.Linting;

public sealed class TargetLinterTests
{
    private static readonly IReadOnlyList<DeclaredTarget> AketaoTargets =
        [.. SampleReportTests.Aketao.Where(r => r.L1 is "产出" or "效益").Select(r => new DeclaredTarget(r.L1, r.L2, r.Name, r.Points, r.Target))];

    [Fact]
    public void Aketao_DefectsTheReportReallyHas()
    {
        var findings = TargetLinter.Lint(AketaoTargets, new LintOptions { BudgetWanYuan = 192.05m, ExpectedTotal = 60m });

        Assert.Contains(findings, f => f.Code == LintCodes.UnitUnfitting && f.Indicator == "水费缴费月数（万元）"
            && f.Message == "“水费缴费月数（万元）”按名称应以时间（月、天等）计量，目标值单位却是“万元”");
        Assert.Contains(findings, f => f.Code == LintCodes.UnitUnfitting && f.Indicator == "电费缴费月数（万元）");
        Assert.Contains(findings, f => f.Code == LintCodes.Duplicate && f.Message == "指标“资金使用合规率”重复：出现在“产出/质量指标”与“产出/时效指标”下");
        Assert.Contains(findings, f => f.Code == LintCodes.Vague && f.Severity == Severity.Warning && f.Message.StartsWith("“提升员工办公效率”的目标值“有效强化”含“强化”，不可衡量"));
        Assert.DoesNotContain(findings, f => f.Code == LintCodes.Vague && f.Message.Contains("有效保障"));
        Assert.Contains(findings, f => f.Code == LintCodes.CostWrittenEqual && f.Severity == Severity.Info && f.Indicator == "办公费（万元）");
        Assert.DoesNotContain(findings, f => f.Code == LintCodes.CostOverBudget);
        Assert.DoesNotContain(findings, f => f.Code == LintCodes.WeightsSum);
    }

    [Fact]
    public void Costs_AboveBudget_WithYuanAndWanYuanNormalised_PerUnitExcluded()
    {
        DeclaredTarget[] targets =
        [
            new("产出", "成本指标", "办公费", 5m, "≤100万元"),
            new("产出", "成本指标", "差旅费", 3m, "≤500000元"),
            new("产出", "成本指标", "人均培训成本", 1m, "≤800元"),
            new("产出", "成本指标", "单位维护成本", 1m, "≤90万元"),
            new("产出", "成本指标", "餐费标准", 1m, "≤100元/人"),
        ];

        var finding = Assert.Single(TargetLinter.Lint(targets, new LintOptions { BudgetWanYuan = 120m, ExpectedTotal = 11m }));

        Assert.Equal(LintCodes.CostOverBudget, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith("成本指标（2项）合计 150.00万元，超过预算 120.00万元", finding.Message);
    }

    [Theory]
    [InlineData("满意度指标", "服务对象满意度", "≤95%", "满意度目标应写作“≥”，如“≥95%”")]
    [InlineData("成本指标", "办公费", "≥90万元", "成本指标越低越好，应写作“≤”")]
    [InlineData("时效指标", "完成时间", "≥12月", "")]
    public void WrongOperatorDirection(string level2, string name, string target, string advice)
    {
        var findings = TargetLinter.Lint([new DeclaredTarget("产出", level2, name, 100m, target)]);

        if (advice.Length > 0)
        {
            Assert.Contains(findings, f => f.Code == LintCodes.OperatorDirection && f.Message.EndsWith(advice));
        }
        else
        {
            Assert.DoesNotContain(findings, f => f.Code == LintCodes.OperatorDirection);
        }
    }

    [Fact]
    public void DeclaredDirection_AgainstKind_Warns()
    {
        var findings = TargetLinter.Lint([new DeclaredTarget("产出", "成本指标", "办公费", 100m, "=60万元", Jixiao.Scoring.Rules.IndicatorDirection.Positive)]);

        Assert.Contains(findings, f => f.Message == "“办公费”标为正向，但按指标类别应为反向，计分按反向");
    }

    [Fact]
    public void MissingUnit_UnreadableTarget_StrictOperator()
    {
        var findings = TargetLinter.Lint(
        [
            new("产出", "数量指标", "培训人次", 50m, "≥500"),
            new("产出", "数量指标", "车辆维护数（辆）", 20m, "=18"),
            new("产出", "质量指标", "合格率", 20m, "≥"),
            new("产出", "数量指标", "场次", 10m, ">8场"),
        ]);

        Assert.Contains(findings, f => f.Code == LintCodes.UnitMissing && f.Indicator == "培训人次");
        Assert.DoesNotContain(findings, f => f.Code == LintCodes.UnitMissing && f.Indicator == "车辆维护数（辆）");
        Assert.Contains(findings, f => f.Code == LintCodes.Unreadable && f.Severity == Severity.Error && f.Message.StartsWith("“合格率”的目标值“≥”无法识别：") );
        Assert.Contains(findings, f => f.Code == LintCodes.StrictOperator && f.Indicator == "场次");
    }

    [Fact]
    public void Weights_NotSumming_AgainstFrameworkLevels()
    {
        DeclaredTarget[] targets =
        [
            new("产出指标", "数量指标", "人数", 45m, "≥10人"),
            new("效益指标", "社会效益指标", "知晓率", 30m, "≥90%"),
            new("满意度指标", "服务对象满意度指标", "满意度", 10m, "≥90%"),
        ];

        var findings = TargetLinter.Lint(targets, new LintOptions { Framework = BuiltInFrameworks.SelfEvaluation });

        Assert.Contains(findings, f => f.Code == LintCodes.WeightsSum && f.Message == "指标分值合计 85，应为 90");
        Assert.Contains(findings, f => f.Code == LintCodes.LevelWeightsSum && f.Message == "一级指标“产出指标”分值合计 45，框架规定为 50");
    }
}
