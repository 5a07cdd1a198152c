namespace Jixiao.Review.Tests.Samples;

public sealed class WanzaiSampleTests
{
    static readonly ReviewResult Review = TestSupport.ReviewSample("selfeval-wanzai-affairs-center-2022.txt");

    [Fact]
    public void ProjectFundsAboveTotalIncomeBudget_IsPartsTotalWarning_NamingTheBudgetBasis()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.PartsTotal), f => f.Severity != Severity.Info);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(954.25m, finding.Numbers["part"]);
        Assert.Equal(658.53m, finding.Numbers["whole"]);
        Assert.Equal([6, 7], finding.Lines);
        Assert.Contains("年初预算", finding.Message);
        Assert.Contains("全年预算", finding.Message);
    }

    [Fact]
    public void ExecutionRate_94688Over95425_Is9923_AsInfo()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.RateRecompute));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(99.23m, finding.Numbers["stated"]);
        Assert.Contains("946.88", finding.Message);
        Assert.Contains("954.25", finding.Message);
        Assert.Contains("99.23%", finding.Message);
    }

    [Fact]
    public void PerfectSelfScore_BesideListedProblems_IsWarned()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.SelfScoreWithProblems));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal([37, 58, 59], finding.Lines);
    }

    [Fact]
    public void NoErrors_OnThisReport() => Assert.Empty(Review.Errors());
}

public sealed class ChangjiangSampleTests
{
    static readonly ReviewResult Review = TestSupport.ReviewSample("feedback-changjiang-office-buildings-2023.txt");

    [Fact]
    public void Kind_IsResultFeedback() => Assert.Equal("result-feedback", Review.KindSlug);

    [Fact]
    public void Score7364_IsFair_AsInfo()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.GradeBand));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(73.64m, finding.Numbers["score"]);
        Assert.Contains("对应等级“中”", finding.Message);
        Assert.Equal([21, 23], finding.Lines);
    }

    [Fact]
    public void CoverLabels_AreFacts()
    {
        Assert.Contains(Review.Facts, f => f.Name == "评价项目" && f.Value == "2023年度昌江区政府各办公大楼管理费项目" && f.Line == 4);
        Assert.Contains(Review.Facts, f => f.Name == "评价机构" && f.Value == "景德镇保记会计师事务所");
        Assert.Contains(Review.Facts, f => f.Name == "评价分值" && f.Value == "73.64" && f.Line == 21);
    }

    [Fact]
    public void NoErrorsOrWarnings_OnThisSheet() => Assert.DoesNotContain(Review.Findings, f => f.Severity != Severity.Info);

    [Fact]
    public void StricterBands_MakeTheSameScoreGood_AndTheStatedGradeAnError()
    {
        var settings = Scoring.Settings.JurisdictionSettings.Default with { GradeBands = new Scoring.Settings.GradeBands(80, 70, 60) };
        var review = ReportReviewer.ReviewFile(TestSupport.SamplePath("feedback-changjiang-office-buildings-2023.txt"), settings).Review!;
        var finding = Assert.Single(review.Of(FindingCodes.GradeBand));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("应评为“良”", finding.Message);
    }
}
