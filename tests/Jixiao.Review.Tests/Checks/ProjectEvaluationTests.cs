using Jixiao.Review.Tests.Documents;

namespace Jixiao.Review.Tests.Checks;

public sealed class ProjectEvaluationTests
{
    static ReviewResult Review(byte[] docx)
    {
        var path = Path.Combine(TestSupport.TempDirectory(), "project.docx");
        File.WriteAllBytes(path, docx);
        return ReportReviewer.ReviewFile(path).Review!;
    }

    [Fact]
    public void ConsistentThirdPartyReport_IsProjectEvaluation_WithNoErrors()
    {
        var review = Review(ProjectEvaluationReport.Docx());
        Assert.Equal("project-evaluation", review.KindSlug);
        Assert.True(!review.Errors().Any(), review.Dump());
    }

    [Fact]
    public void ConsistentThirdPartyReport_VerifiesRatesSubtotalsTotalAndGrade()
    {
        var review = Review(ProjectEvaluationReport.Docx());
        Assert.Contains(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Info && f.Numbers["stated"] == 94.88m);
        Assert.Contains(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Info && f.Numbers["stated"] == 100m);
        Assert.Contains(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Info && f.Numbers["stated"] == 88.70m);
        Assert.Contains(review.Of(FindingCodes.WeightsSum), f => f.Severity == Severity.Info && f.Numbers["sum"] == 100m);
        Assert.Contains(review.Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 92.24m);
        Assert.Contains(review.Of(FindingCodes.GradeBand), f => f.Severity == Severity.Info && f.Numbers["score"] == 92.24m);
        Assert.Contains(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 420m);
    }

    [Fact]
    public void NoPerfectScoreWarning_WhenPointsWereDeducted() =>
        Assert.Empty(Review(ProjectEvaluationReport.Docx()).Of(FindingCodes.SelfScoreWithProblems));

    [Fact]
    public void ATableScoreChangedWithoutTheTotal_IsFound()
    {
        var rows = ProjectEvaluationReport.Rows.Select(r => r[2] == "路面优良率" ? [.. r[..5], "9", r[6]] : r).ToArray();
        var docx = new DocxBuilder().Paragraphs(ProjectEvaluationReport.Intro).Table(ProjectEvaluationReport.Headers, rows)
            .Paragraphs(ProjectEvaluationReport.Outro).Build();
        var finding = Assert.Single(Review(docx).Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Error);
        Assert.Equal(93.24m, finding.Numbers["sum"]);
        Assert.Equal(92.24m, finding.Numbers["total"]);
    }
}
