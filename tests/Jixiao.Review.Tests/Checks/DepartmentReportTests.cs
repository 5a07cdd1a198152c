using Jixiao.Review.Tests.Documents;

namespace Jixiao.Review.Tests.Checks;

/// <summary>A consistent whole-department report raises no errors, as text or as .docx; each slip planted in it is found.</summary>
public sealed class DepartmentReportTests
{
    static ReviewResult FromDocx(Func<string?[][], string?[][]>? rows = null, string[]? outro = null)
    {
        var dir = TestSupport.TempDirectory();
        var path = new DocxBuilder()
            .Paragraphs(DepartmentReport.Intro)
            .Table(DepartmentReport.Headers, rows is null ? DepartmentReport.Rows : rows(DepartmentReport.Rows))
            .Paragraphs(outro ?? DepartmentReport.Outro)
            .Save(dir, "department.docx");
        var result = ReportReviewer.ReviewFile(path);
        Assert.Null(result.Error);
        return result.Review!;
    }

    [Fact]
    public void ConsistentText_IsDepartmentEvaluation_WithNoErrors()
    {
        var review = TestSupport.Review(DepartmentReport.Text());
        Assert.Equal("department-evaluation", review.KindSlug);
        Assert.True(!review.Errors().Any(), review.Dump());
    }

    [Fact]
    public void ConsistentText_VerifiesSumsRatesWeightsScoresAndGrade()
    {
        var review = TestSupport.Review(DepartmentReport.Text());
        Assert.Contains(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 3560.48m);
        Assert.Contains(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 1560.30m);
        Assert.Contains(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 3482.15m && f.Numbers["total"] == 3482.15m);
        Assert.Contains(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Info && f.Numbers["stated"] == 97.80m);
        Assert.Contains(review.Of(FindingCodes.WeightsSum), f => f.Severity == Severity.Info && f.Numbers["sum"] == 100m);
        Assert.Contains(review.Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 98.55m);
        Assert.Contains(review.Of(FindingCodes.GradeBand), f => f.Severity == Severity.Info && f.Numbers["score"] == 98.55m);
    }

    [Fact]
    public void ConsistentDocx_ReadsTheSameTable_WithNoErrors()
    {
        var review = FromDocx();
        Assert.Equal("department-evaluation", review.KindSlug);
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.Contains(review.Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 98.55m);
        Assert.Contains(review.Facts, f => f.Name == "指标：资金投入/项目支出预算执行率");
    }

    [Fact]
    public void ScoreAboveWeight_IsAnError()
    {
        var review = FromDocx(rows => rows.Select(r => r[2] == "资产管理规范性" ? [.. r[..7], "5.5"] : r).ToArray());
        var finding = Assert.Single(review.Of(FindingCodes.ScoreExceedsWeight), f => f.Severity == Severity.Error);
        Assert.Contains("“资产管理规范性”得分 5.5 分，超过其分值 5 分", finding.Message);
    }

    [Fact]
    public void WrongTotalRow_IsAScoreTotalError()
    {
        var review = TestSupport.Review(DepartmentReport.Text(t => t.Replace("100\n98.55", "100\n97.55", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Error);
        Assert.Equal(98.55m, finding.Numbers["sum"]);
        Assert.Equal(97.55m, finding.Numbers["total"]);
    }

    [Fact]
    public void GradeNotMatchingScore_IsAGradeBandError()
    {
        var review = TestSupport.Review(DepartmentReport.Text(t => t.Replace("评价等级为优", "评价等级为良", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.GradeBand));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("应评为“优”", finding.Message);
    }

    [Fact]
    public void FunctionalClassesNotAddingUp_IsAPartsTotalError()
    {
        var review = TestSupport.Review(DepartmentReport.Text(t => t.Replace("住房保障支出105.00万元", "住房保障支出115.00万元", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Error);
        Assert.Equal(3492.15m, finding.Numbers["sum"]);
        Assert.Equal(10m, finding.Numbers["difference"]);
    }

    [Fact]
    public void WrongExecutionRate_IsARateError()
    {
        var review = TestSupport.Review(DepartmentReport.Text(t => t.Replace("预算执行率97.80%", "预算执行率98.70%", StringComparison.Ordinal)));
        var finding = Assert.Single(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Error);
        Assert.Contains("3482.15", finding.Message);
        Assert.Contains("3560.48", finding.Message);
        Assert.Contains("97.80%", finding.Message);
    }

    [Fact]
    public void FullMarksBelowCompletion_WithoutReason_IsWarned()
    {
        var review = FromDocx(rows => rows.Select(r => r[2] == "人员培训计划执行率" ? [.. r[..7], "5"] : r)
            .Select(r => r[0] == "合计" ? [.. r[..7], "98.80"] : r).ToArray(),
            DepartmentReport.Outro.Select(l => l.Replace("98.55", "98.80", StringComparison.Ordinal)).ToArray());
        var finding = Assert.Single(review.Of(FindingCodes.ScoreWithoutCompletion));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(95m, finding.Numbers["completion"]);
        Assert.Equal(finding.Lines.Count, finding.Lines[^1] - finding.Lines[0] + 1); // the row's own cells only
        Assert.True(!review.Errors().Any(), review.Dump());
    }

    [Fact]
    public void SatisfactionTargetWrittenAtMost_IsOperatorDirection()
    {
        var review = FromDocx(rows => rows.Select(r => r[2] == "群众满意度" ? [r[0], r[1], r[2], r[3], "≤90%", .. r[5..]] : r).ToArray());
        var finding = Assert.Single(review.Of(FindingCodes.OperatorDirection));
        Assert.Contains("群众满意度", finding.Message);
        Assert.Contains("“≥”", finding.Message);
    }

    [Fact]
    public void TabSeparatedRows_AsWordSavesPlainText_HaveNoErrors()
    {
        var lines = new List<string>(DepartmentReport.Intro) { string.Join("\t", DepartmentReport.Headers) };
        lines.AddRange(DepartmentReport.Rows.Select(r => string.Join("\t", r.Select(c => c ?? string.Empty))));
        lines.AddRange(DepartmentReport.Outro);
        var review = TestSupport.Review(string.Join("\r\n", lines));
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.Contains(review.Of(FindingCodes.ScoreTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 98.55m);
        Assert.Contains(review.Of(FindingCodes.WeightsSum), f => f.Severity == Severity.Info && f.Numbers["sum"] == 100m);
    }
}
