using Jixiao.Review.Tests.Documents;

namespace Jixiao.Review.Tests.Checks;

/// <summary>A bureau's batch summary with annex tables: consistent → no errors; planted slips → found.</summary>
public sealed class BatchSummaryTests
{
    [Fact]
    public void ConsistentText_IsBatchSummary_WithNoErrorsOrWarningsOnFigures()
    {
        var review = TestSupport.Review(BatchSummaryReport.Text());
        Assert.Equal("batch-summary", review.KindSlug);
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.DoesNotContain(review.Findings, f => f.Severity == Severity.Warning && f.Code is FindingCodes.CountMismatch or FindingCodes.PartsTotal);
    }

    [Fact]
    public void ConsistentText_VerifiesAnnexTotalCountsAndGrades()
    {
        var review = TestSupport.Review(BatchSummaryReport.Text());
        Assert.Contains(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 2860.50m && f.Numbers.GetValueOrDefault("rows") == 5m);
        Assert.Contains(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Info && f.Numbers["total"] == 2860.50m && f.Numbers["sum"] == 2860.50m && !f.Numbers.ContainsKey("rows"));
        Assert.Contains(review.Of(FindingCodes.CountMismatch), f => f.Severity == Severity.Info && f.Numbers["stated"] == 5m);
        Assert.Contains(review.Of(FindingCodes.GradeBand), f => f.Severity == Severity.Info && f.Numbers["rows"] == 5m);
        Assert.Equal(4, review.Of(FindingCodes.CountMismatch).Count(f => f.Message.StartsWith("等级为", StringComparison.Ordinal)));
    }

    [Fact]
    public void ConsistentDocx_HasNoErrors()
    {
        var dir = TestSupport.TempDirectory();
        var path = new DocxBuilder()
            .Paragraphs(BatchSummaryReport.Body)
            .Table(BatchSummaryReport.ListHeaders, BatchSummaryReport.ListRows)
            .Paragraphs(["附件2", "2023年度重点绩效评价项目评分结果"])
            .Table(BatchSummaryReport.ScoreHeaders, BatchSummaryReport.ScoreRows)
            .Save(dir, "batch.docx");
        var review = ReportReviewer.ReviewFile(path).Review!;
        Assert.Equal("batch-summary", review.KindSlug);
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.Contains(review.Of(FindingCodes.GradeBand), f => f.Severity == Severity.Info && f.Numbers["rows"] == 5m);
    }

    [Fact]
    public void AnnexTotalRowOff_IsAPartsTotalError()
    {
        var review = TestSupport.Review(BatchSummaryReport.Text(t => t.Replace("合计\n2860.50", "合计\n2870.50", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Error);
        Assert.Equal(2860.50m, finding.Numbers["sum"]);
        Assert.Equal(2870.50m, finding.Numbers["total"]);
        Assert.Contains("预算批复金额", finding.Message);
    }

    [Fact]
    public void ProjectGradedAgainstItsScore_IsAGradeBandError()
    {
        var review = TestSupport.Review(BatchSummaryReport.Text(t => t.Replace("78.60\n中", "78.60\n良", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.GradeBand), f => f.Severity == Severity.Error);
        Assert.Contains("农村公路养护", finding.Message);
        Assert.Contains("应评为“中”", finding.Message);
    }

    [Fact]
    public void StatedProjectCountNotMatchingAnnex_IsCountMismatch()
    {
        var review = TestSupport.Review(BatchSummaryReport.Text(t => t.Replace("共选取5个项目", "共选取6个项目", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.CountMismatch), f => f.Severity == Severity.Warning);
        Assert.Equal(6m, finding.Numbers["stated"]);
        Assert.Equal(5m, finding.Numbers["listed"]);
    }

    [Fact]
    public void StatedGradeCountsNotMatchingAnnex_IsCountMismatch()
    {
        var review = TestSupport.Review(BatchSummaryReport.Text(t => t.Replace("优2个，良2个", "优3个，良1个", StringComparison.Ordinal)));
        var warnings = review.Of(FindingCodes.CountMismatch).Where(f => f.Severity == Severity.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, f => f.Message.Contains("“优”") && f.Numbers["stated"] == 3m && f.Numbers["listed"] == 2m);
    }

    [Fact]
    public void FundsBySourceNotAddingUp_IsAPartsTotalError()
    {
        var review = TestSupport.Review(BatchSummaryReport.Text(t => t.Replace("政府性基金预算资金400.00万元", "政府性基金预算资金410.00万元", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Error);
        Assert.Equal(10m, finding.Numbers["difference"]);
    }
}
