using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Tests.Checks;

/// <summary>Shapes met in reports written by Jixiao's own document writer and by evaluators.</summary>
public sealed class GeneratedShapeTests
{
    [Fact]
    public void ARateCutOffInsteadOfRounded_IsAWarning_NotAnError()
    {
        var review = TestSupport.Review("某项目绩效评价报告\n一、基本情况\n项目全年预算954.25万元，实际支出946.98万元，预算执行率99.23%。");
        var finding = Assert.Single(review.Of(FindingCodes.RateRecompute));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("截尾", finding.Message);
        Assert.Contains("99.24%", finding.Message);
    }

    [Fact]
    public void SeveralScoreRatesOnOneLine_EachPairWithTheirOwnFigures()
    {
        var review = TestSupport.Review("某项目绩效评价报告\n三、综合评价\n综合得分73.64分（满分100.00分）。其中，决策类指标分值20.00分，得分13.00分，得分率65.00%；过程类指标分值20.00分，得分14.00分，得分率70.00%。");
        var rates = review.Of(FindingCodes.RateRecompute).ToList();
        Assert.Equal(2, rates.Count);
        Assert.All(rates, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void UnknownHeaderWordsAtTheEndOrBetween_AreColumns()
    {
        var tables = FlatTableReader.Read(ReportText.FromLines([
            "一级指标", "分值", "得分", "得分率", "",
            "决策", "20.00", "13.00", "65.00%", "",
            "合计", "100.00", "73.64", "",
            "三级指标", "分值", "指标内涵", "得分", "评分依据及扣分原因", "",
            "立项依据充分性", "4.00", "依据是否充分", "3.00", "立项依据存在瑕疵，扣1分。", ""]), new ReviewBudget(ReviewBudget.DefaultSteps));
        Assert.Equal(2, tables.Count);
        Assert.Equal([ColumnRole.Level1, ColumnRole.Weight, ColumnRole.Score, ColumnRole.ScoreRate], tables[0].Columns);
        Assert.Equal(13.00m, tables[0].Number(tables[0].Rows[0], ColumnRole.Score)!.Value.Value);
        Assert.Equal(5, tables[1].Columns.Count);
        Assert.Equal(3.00m, tables[1].Number(tables[1].Rows[0], ColumnRole.Score)!.Value.Value);
        Assert.Equal("立项依据存在瑕疵,扣1分。", tables[1].Cell(tables[1].Rows[0], ColumnRole.Explanation).Text);
    }

    [Fact]
    public void ASectionListingOnlyItsDeductedIndicators_IsNotSummed()
    {
        var review = TestSupport.Review(string.Join("\n",
            "某项目绩效评价报告", "四、绩效评价指标分析", "（一）项目决策情况",
            "决策类指标分值20.00分，实际得分13.00分，得分率65.00%。",
            "“立项依据充分性”分值4.00分，得3.00分，扣分原因：立项依据存在瑕疵，扣1分。",
            "“绩效目标合理性”分值3.00分，得1.50分，扣分原因：总体目标未细化，扣1.5分。"));
        Assert.Empty(review.Errors());
        Assert.Contains(review.Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Info && f.Numbers["listedPoints"] == 7m);
    }

    [Theory]
    [InlineData("有效", false)]
    [InlineData("健全", false)]
    [InlineData("有效保障", true)]
    [InlineData("明显提升", true)]
    [InlineData("进一步规范", true)]
    public void VagueTargets_AreDirectionsOrDegrees_NotLevelWords(string target, bool vague)
    {
        var review = TestSupport.Review($"某项目绩效自评报告\n一、基本情况\n“制度执行有效性”指标，预期指标值为{target}。");
        Assert.Equal(vague, review.Of(FindingCodes.VagueTarget).Any());
    }
}
