using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;

namespace Jixiao.Scoring.Tests.Rules;

public sealed class IndicatorScorerTests
{
    private static readonly JurisdictionSettings RatioReverse = JurisdictionSettings.Default with { ReverseRule = ReverseRule.Ratio };

    [Fact]
    public void Positive_BelowTarget_ScoresProportionally_WithTrace()
    {
        var result = IndicatorScorer.Score(Indicator.Of("数量指标", "培训人次", 10m, "≥500人次", "450人次"));

        Assert.Equal(9.00m, result.Score);
        Assert.Equal(ScoringMethod.Positive, result.Method);
        Assert.Equal("实际完成值 450人次 < 目标值 ≥500人次，得分 = 450 ÷ 500 × 10 = 9.00", result.Trace);
    }

    [Fact]
    public void Positive_AtOrAboveTarget_GetsFullMarks_CappedAtWeight()
    {
        var result = IndicatorScorer.Score(Indicator.Of("质量指标", "验收合格率", 10m, "≥95%", "98%"));

        Assert.Equal(10.00m, result.Score);
        Assert.Equal("实际完成值 98% > 目标值 ≥95%，得满分 10.00", result.Trace);
    }

    [Fact]
    public void Positive_ZeroTarget_FullWhenNotNegative()
    {
        Assert.Equal(5m, IndicatorScorer.Score(Indicator.Of("数量指标", "新增数", 5m, "≥0个", "0个")).Score);
    }

    [Fact]
    public void Reverse_Linear_DefaultVariant()
    {
        var result = IndicatorScorer.Score(Indicator.Of("成本指标", "人均成本", 10m, "≤800元", "880元"));

        Assert.Equal(9.00m, result.Score);
        Assert.Equal("实际完成值 880元 > 目标值 ≤800元（反向指标），得分 = (1 − (880 − 800) ÷ 800) × 10 = 9.00", result.Trace);
    }

    [Fact]
    public void Reverse_RatioVariant_FromSettings()
    {
        var result = IndicatorScorer.Score(Indicator.Of("成本指标", "人均成本", 10m, "≤800元", "880元"), RatioReverse);

        Assert.Equal(9.09m, result.Score);
        Assert.EndsWith("得分 = 800 ÷ 880 × 10 = 9.09", result.Trace);
    }

    [Fact]
    public void Reverse_AtDoubleTargetOrMore_ScoresZero()
    {
        Assert.Equal(0m, IndicatorScorer.Score(Indicator.Of("成本指标", "办公费", 10m, "≤90万元", "180万元")).Score);
        Assert.Equal(0m, IndicatorScorer.Score(Indicator.Of("成本指标", "办公费", 10m, "≤90万元", "200万元")).Score);
    }

    [Fact]
    public void Reverse_ZeroTarget_FullOnlyWhenNone()
    {
        Assert.Equal(5m, IndicatorScorer.Score(Indicator.Of("质量指标", "安全事故", 5m, "≤0起", "0起")).Score);
        var one = IndicatorScorer.Score(Indicator.Of("质量指标", "安全事故", 5m, "≤0起", "1起"));
        Assert.Equal(0m, one.Score);
        Assert.Contains("目标值为0而实际完成值 1起 大于0，得分 = 0.00", one.Trace);
    }

    [Fact]
    public void Cost_WrittenWithEquals_IsScoredReverse()
    {
        var result = IndicatorScorer.Score(Indicator.Of("成本指标", "办公费（万元）", 10m, "=68.95（万元）", "75.845万元"));

        Assert.Equal(ScoringMethod.Reverse, result.Method);
        Assert.Equal(9.00m, result.Score);
        Assert.Contains("目标值 =68.95万元（成本指标，按反向计分）", result.Trace);
    }

    [Fact]
    public void Cost_BelowBudgetedCost_IsFullMarks_EvenThoughEqualsWasTyped()
    {
        Assert.Equal(10m, IndicatorScorer.Score(Indicator.Of("成本指标", "办公费", 10m, "=68.95万元", "60万元", explanation: "节约")).Score);
    }

    [Fact]
    public void Cost_ActualInYuan_IsConvertedToWanYuan()
    {
        var result = IndicatorScorer.Score(Indicator.Of("成本指标", "差旅费", 10m, "≤15万元", "165000元"));

        Assert.Equal(9.00m, result.Score);
        Assert.Contains("实际完成值 165000元（折合 16.5万元）", result.Trace);
    }

    [Fact]
    public void Satisfaction_WrittenWithLessOrEqual_IsStillPositive_AndWarns()
    {
        var result = IndicatorScorer.Score(Indicator.Of("服务对象满意度指标", "受益群众满意度", 10m, "≤95%", "90%"));

        Assert.Equal(ScoringMethod.Positive, result.Method);
        Assert.Equal(9.47m, result.Score);
        Assert.Contains(result.Warnings, w => w.Code == IssueCodes.OperatorDirection);
    }

    [Fact]
    public void Timeliness_DeadlineInMonths_IsReverse()
    {
        var result = IndicatorScorer.Score(Indicator.Of("时效指标", "完成时间", 10m, "=12月", "13月"));

        Assert.Equal(ScoringMethod.Reverse, result.Method);
        Assert.Equal(9.17m, result.Score);
    }

    [Fact]
    public void Equal_AsPositive_AndZeroTarget()
    {
        Assert.Equal(9.00m, IndicatorScorer.Score(Indicator.Of("数量指标", "发放手册", 10m, "=1000册", "900册")).Score);
        Assert.Equal(10m, IndicatorScorer.Score(Indicator.Of("数量指标", "发放手册", 10m, "=1000册", "1100册")).Score);
        Assert.Equal(5m, IndicatorScorer.Score(Indicator.Of("质量指标", "投诉", 5m, "=0次", "0次")).Score);
        Assert.Equal(0m, IndicatorScorer.Score(Indicator.Of("质量指标", "投诉", 5m, "=0次", "2次")).Score);
    }

    [Fact]
    public void Equal_ExactVariant_ScoresAboveAsReverse()
    {
        var exact = JurisdictionSettings.Default with { EqualRule = EqualRule.Exact };

        Assert.Equal(9.00m, IndicatorScorer.Score(Indicator.Of("数量指标", "发放手册", 10m, "=1000册", "1100册"), exact).Score);
    }

    [Fact]
    public void Range_InsideBelowAbove()
    {
        Assert.Equal(10m, IndicatorScorer.Score(Indicator.Of("质量指标", "出勤率", 10m, "90%-100%", "95%")).Score);
        var below = IndicatorScorer.Score(Indicator.Of("质量指标", "出勤率", 10m, "90%-100%", "81%"));
        Assert.Equal(9.00m, below.Score);
        Assert.Contains("低于目标区间 90%-100% 的下限", below.Trace);
        Assert.Equal(9.00m, IndicatorScorer.Score(Indicator.Of("数量指标", "人数", 10m, "10-20人", "22人")).Score);
    }

    [Fact]
    public void StrictOperator_ScoresLikeInclusive_AndWarnsWhenMetExactly()
    {
        var result = IndicatorScorer.Score(Indicator.Of("数量指标", "场次", 10m, ">8场", "8场"));

        Assert.Equal(10m, result.Score);
        Assert.Contains(result.Warnings, w => w.Code == IssueCodes.StrictTargetMetExactly);
    }

    [Fact]
    public void Rounding_IsHalfAwayFromZero_PerIndicator()
    {
        // 1/8 × 0.1 = 0.0125 → 0.01; 5/8 × 1 … choose numbers whose exact score ends in 5 at the third decimal.
        var result = IndicatorScorer.Score(Indicator.Of("数量指标", "人数", 1m, "≥8人", "5人"));

        Assert.Equal(0.63m, result.Score); // 0.625 → 0.63
    }

    [Fact]
    public void OverAchievement_NeedsExplanation_Configurable()
    {
        var warned = IndicatorScorer.Score(Indicator.Of("数量指标", "培训人次", 10m, "≥500人次", "650人次"));
        Assert.Contains(warned.Warnings, w => w.Code == IssueCodes.OverAchievement && w.Message.Contains("130%"));

        var explained = IndicatorScorer.Score(Indicator.Of("数量指标", "培训人次", 10m, "≥500人次", "650人次", explanation: "追加任务"));
        Assert.DoesNotContain(explained.Warnings, w => w.Code == IssueCodes.OverAchievement);

        var lenient = JurisdictionSettings.Default with { OverAchievement = new OverAchievementRule(PositiveRatio: 1.5m) };
        Assert.DoesNotContain(IndicatorScorer.Score(Indicator.Of("数量指标", "培训人次", 10m, "≥500人次", "650人次"), lenient).Warnings, w => w.Code == IssueCodes.OverAchievement);

        var reverse = IndicatorScorer.Score(Indicator.Of("成本指标", "办公费", 10m, "≤100万元", "70万元"));
        Assert.Contains(reverse.Warnings, w => w.Code == IssueCodes.OverAchievement);
    }

    [Fact]
    public void MissingActual_IsNotScored_NotZero()
    {
        var result = IndicatorScorer.Score(Indicator.Of("数量指标", "人数", 10m, "≥5人", null));

        Assert.Null(result.Score);
        Assert.False(result.IsScored);
        Assert.Empty(result.Errors);
        Assert.Equal("未评分：未填写实际完成值", result.Trace);
    }

    [Fact]
    public void BareFraction_AgainstPercentTarget_IsReadAsPercent_WithWarning()
    {
        var result = IndicatorScorer.Score(Indicator.Of("质量指标", "合格率", 10m, "≥95%", "0.76"));

        Assert.Equal(8.00m, result.Score);
        Assert.Equal("实际完成值 0.76（折合 76%） < 目标值 ≥95%，得分 = 76 ÷ 95 × 10 = 8.00", result.Trace);
        Assert.Contains(result.Warnings, w => w.Code == IssueCodes.ActualAsFraction);
    }

    [Fact]
    public void IncompatibleUnits_AreAnError()
    {
        var result = IndicatorScorer.Score(Indicator.Of("数量指标", "人数", 10m, "≥5人", "5次"));

        Assert.Equal(IssueCodes.UnitMismatch, result.Errors.Single().Code);
        Assert.Equal("实际完成值单位“次”与目标值单位“人”不一致，无法比较", result.Errors[0].Message);
    }

    [Fact]
    public void EvaluatorScore_DifferentWithoutReason_Warns_WithReason_IsManual()
    {
        var warned = IndicatorScorer.Score(Indicator.Of("数量指标", "培训人次", 10m, "≥500人次", "450人次", evaluatorScore: 10m));
        Assert.Equal(9m, warned.Score);
        Assert.Contains(warned.Warnings, w => w.Code == IssueCodes.ScoreMismatch);

        var manual = IndicatorScorer.Score(Indicator.Of("数量指标", "培训人次", 10m, "≥500人次", "450人次", evaluatorScore: 8m, reason: "培训质量不达标"));
        Assert.Equal(8m, manual.Score);
        Assert.Equal(ScoringMethod.Manual, manual.Method);
        Assert.StartsWith("人工评分 8.00（原因：培训质量不达标）", manual.Trace);
    }

    [Fact]
    public void Manual_RequiresReason()
    {
        Assert.Equal(IssueCodes.ManualNeedsReason, IndicatorScorer.Manual(10m, 7m, " ").Errors.Single().Code);
        Assert.Equal("人工评分 7.00（原因：资料不全）", IndicatorScorer.Manual(10m, 7m, "资料不全").Trace);
    }

    [Fact]
    public void BudgetExecution_CappedAtOne()
    {
        var result = IndicatorScorer.ScoreExecution(200m, 180m, 10m);
        Assert.Equal(9.00m, result.Score);
        Assert.Equal("预算执行率 = 180 ÷ 200 = 90%，得分 = 90% × 10 = 9.00", result.Trace);

        Assert.Equal(10m, IndicatorScorer.ScoreExecution(192.05m, 200m, 10m).Score);
        Assert.Equal(IssueCodes.InvalidBudget, IndicatorScorer.ScoreExecution(0m, 1m, 10m).Errors.Single().Code);
    }

    [Fact]
    public void ZeroPoints_IsAnError()
    {
        Assert.Equal(IssueCodes.InvalidPoints, IndicatorScorer.Score(Indicator.Of("数量指标", "人数", 0m, "≥5人", "5人")).Errors.Single().Code);
    }
}
