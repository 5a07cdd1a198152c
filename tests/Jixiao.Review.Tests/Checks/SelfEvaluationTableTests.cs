using Jixiao.Review.Tests.Documents;

namespace Jixiao.Review.Tests.Checks;

public sealed class SelfEvaluationTableTests
{
    [Fact]
    public void ConsistentTable_HasNoErrors_AndVerifiesExecution()
    {
        var review = TestSupport.Review(SelfEvaluationTable.Text());
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.Contains(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Info && f.Numbers["stated"] == 96.00m);
        Assert.Contains(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Info && f.Numbers.GetValueOrDefault("recomputed") == 9.60m);
        Assert.Contains(review.Of(FindingCodes.WeightsSum), f => f.Severity == Severity.Info && f.Numbers["sum"] == 90m);
    }

    [Fact]
    public void ExecutionScoreNotFollowingTheRule_IsARateError()
    {
        var review = TestSupport.Review(SelfEvaluationTable.Text(t => t.Replace("96.00%\n9.60", "96.00%\n10", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Error);
        Assert.Equal(9.60m, finding.Numbers["recomputed"]);
        Assert.Contains("预算执行率得分应为", finding.Message);
    }

    [Fact]
    public void IndicatorScoresNotAddingToTheTotal_WithExecution_AreAScoreError()
    {
        var review = TestSupport.Review(SelfEvaluationTable.Text(t => t.Replace("98.71", "99.71", StringComparison.Ordinal)));
        Assert.Contains(review.Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Error);
    }
}

public sealed class SelfEvaluationTableTotalTests
{
    [Fact]
    public void PerfectTableTotal_BesideProblems_IsWarned_AndGradedFromTheTable()
    {
        var text = SelfEvaluationTable.Text(t => t
                .Replace("115.20\n10\n96.00%\n9.60", "120.00\n10\n100.00%\n10.00", StringComparison.Ordinal)
                .Replace("19.11", "20", StringComparison.Ordinal)
                .Replace("98.71", "100", StringComparison.Ordinal))
            + "\n自评结果为优。\n存在的问题\n一、存在的问题\n1.部分学校场地不足。";
        var review = TestSupport.Review(text);
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.Single(review.Of(FindingCodes.SelfScoreWithProblems));
        Assert.Contains(review.Of(FindingCodes.GradeBand), f => f.Severity == Severity.Info && f.Numbers["score"] == 100m);
    }
}
