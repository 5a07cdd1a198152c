using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;

namespace Jixiao.Scoring.Tests.Rules;

public sealed class EvaluatorScoringTests
{
    [Theory]
    [InlineData("达成年度指标", "9", "9.00")]
    [InlineData("达成年度指标", "8", "8.00")]
    [InlineData("部分达成年度指标并具有一定效果", "6", "6.00")]
    [InlineData("部分达成年度指标并具有一定效果", "7.99", "7.99")]
    [InlineData("未达成年度指标且效果较差", "0", "0.00")]
    [InlineData("健全", "10", "10.00")]
    public void Qualitative_ScoreInsideBand_IsAccepted(string level, string given, string expected)
    {
        var result = IndicatorScorer.Score(Indicator.Of("社会效益指标", "制度建设", 10m, "健全", level, evaluatorScore: D(given)));

        Assert.Empty(result.Errors);
        Assert.Equal(D(expected), result.Score);
        Assert.Equal(ScoringMethod.Qualitative, result.Method);
    }

    [Theory]
    [InlineData("达成年度指标", "7.99", "得分 7.99 不在“达成年度指标”的得分区间 [8.00, 10.00] 内")]
    [InlineData("部分达成年度指标并具有一定效果", "8", "得分 8.00 不在“部分达成年度指标并具有一定效果”的得分区间 [6.00, 8.00) 内")]
    [InlineData("未达成年度指标且效果较差", "6", "得分 6.00 不在“未达成年度指标且效果较差”的得分区间 [0.00, 6.00) 内")]
    public void Qualitative_ScoreOutsideBand_IsAnError(string level, string given, string message)
    {
        var result = IndicatorScorer.Score(Indicator.Of("社会效益指标", "制度建设", 10m, "健全", level, evaluatorScore: D(given)));

        Assert.Null(result.Score);
        Assert.Equal(IssueCodes.ScoreOutsideBand, result.Errors.Single().Code);
        Assert.Equal(message, result.Errors[0].Message);
    }

    [Fact]
    public void Qualitative_EightyFiftyBands_AcceptFiveForPartly()
    {
        var settings = JurisdictionSettings.Default with { QualitativeBands = QualitativeBands.EightyFifty };

        var result = IndicatorScorer.Score(Indicator.Of("社会效益指标", "制度建设", 10m, "健全", "部分达成年度指标并具有一定效果", evaluatorScore: 5m), settings);

        Assert.Equal(5m, result.Score);
    }

    [Fact]
    public void Qualitative_WithoutEvaluatorScore_IsAnError()
    {
        var result = IndicatorScorer.Score(Indicator.Of("社会效益指标", "制度建设", 10m, "健全", "达成年度指标"));

        Assert.Equal(IssueCodes.QualitativeNeedsScore, result.Errors.Single().Code);
        Assert.Contains("[8.00, 10.00]", result.Errors[0].Message);
    }

    [Fact]
    public void Qualitative_ReportedAsNumber_IsMappedWithWarning()
    {
        var result = IndicatorScorer.Score(Indicator.Of("社会效益指标", "制度健全性", 10m, "健全", "95%"));

        Assert.Equal(9.50m, result.Score);
        Assert.Contains(result.Warnings, w => w.Code == IssueCodes.QualitativeAsNumber);
        Assert.Contains("按完成率 95% 计入“达成年度指标”档", result.Trace);
    }

    [Fact]
    public void Qualitative_UnclearLevel_IsAnError()
    {
        var result = IndicatorScorer.Score(Indicator.Of("社会效益指标", "影响", 10m, "有效强化", "正在推进中", evaluatorScore: 9m));

        Assert.Equal(IssueCodes.QualitativeLevelUnknown, result.Errors.Single().Code);
    }

    [Fact]
    public void Deduction_ScoreBelowWeight_NeedsReason()
    {
        var missing = IndicatorScorer.Score(Indicator.Of("绩效目标", "绩效目标合理性", 3m, null, null, evaluatorScore: 2m));
        Assert.Equal("得分 2.00 低于分值 3，须在“扣分原因”中说明扣分理由", missing.Errors.Single().Message);

        var given = IndicatorScorer.Score(Indicator.Of("绩效目标", "绩效目标合理性", 3m, null, null, evaluatorScore: 2m, reason: "指标未细化"));
        Assert.Equal(2m, given.Score);
        Assert.Equal("扣分制：满分 3，扣 1（指标未细化），得分 = 3 − 1 = 2.00", given.Trace);

        var full = IndicatorScorer.Score(Indicator.Of("项目立项", "立项依据充分性", 3m, null, null, evaluatorScore: 3m));
        Assert.Equal("按评分标准不扣分，得满分 3.00", full.Trace);
    }

    [Fact]
    public void Deduction_ItemisedWithReasons_FloorsAtZero()
    {
        var input = Indicator.Of("资金管理", "资金使用合规性", 5m, null, null) with
        {
            Deductions = [new Deduction(2m, "虚列支出"), new Deduction(4m, "借款挤占项目资金")],
        };

        var result = IndicatorScorer.Score(input);

        Assert.Equal(0m, result.Score);
        Assert.Equal("扣分制：满分 5，扣 2（虚列支出）；扣 4（借款挤占项目资金），得分 = 5 − 6 = 0.00", result.Trace);
    }

    [Fact]
    public void Deduction_ScoreAboveWeight_IsAnError()
    {
        Assert.Equal(IssueCodes.ScoreAboveWeight, IndicatorScorer.Score(Indicator.Of("项目立项", "立项依据充分性", 3m, null, null, evaluatorScore: 4m)).Errors.Single().Code);
    }

    [Fact]
    public void TextActualForNumericTarget_NeedsEvaluatorScore()
    {
        var error = IndicatorScorer.Score(Indicator.Of("数量指标", "人数", 10m, "≥5人", "基本完成"));
        Assert.Equal(IssueCodes.ActualNotNumber, error.Errors.Single().Code);

        var scored = IndicatorScorer.Score(Indicator.Of("数量指标", "人数", 10m, "≥5人", "基本完成", evaluatorScore: 8m));
        Assert.Equal(8m, scored.Score);
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
