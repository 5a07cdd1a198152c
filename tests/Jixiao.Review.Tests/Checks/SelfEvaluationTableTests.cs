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
