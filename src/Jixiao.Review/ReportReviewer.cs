using Jixiao.Review.Checks;
using Jixiao.Review.Facts;
using Jixiao.Review.Reading;
using Jixiao.Review.Text;
using Jixiao.Scoring.Settings;

namespace Jixiao.Review;

/// <summary>The review of one report: its kind, its facts and the findings, errors first.</summary>
public sealed record ReviewResult(ReportKind Kind, IReadOnlyList<Fact> Facts, IReadOnlyList<Finding> Findings, ReportText Text)
{
    public string KindSlug => ReportKinds.Slug(Kind);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}

/// <summary>Either a review, or why the file could not be read (Chinese, for the user).</summary>
public sealed record FileReviewResult(ReviewResult? Review, string? Error);

/// <summary>
/// Reads a report and runs every check on it. Never throws on content: unreadable files are a
/// <see cref="FileReviewResult.Error"/>, and a review that runs out of steps returns what it found
/// with a <c>review-incomplete</c> finding.
/// </summary>
public static class ReportReviewer
{
    static readonly IReviewCheck[] Checks =
    [
        new PartsTotalCheck(), new RateRecomputeCheck(), new ScoreChecks(), new TableScoreChecks(), new GradeBandCheck(),
        new IndicatorChecks(), new MoneyUnitCheck(), new SameFigureCheck(), new CountCheck(), new NarrativeChecks(),
    ];

    const int MaxFindingsPerKind = 200;

    public static FileReviewResult ReviewFile(string path, JurisdictionSettings? settings = null, long maxSteps = ReviewBudget.DefaultSteps, CancellationToken cancellation = default)
    {
        var read = ReportReader.Read(path);
        return read.Ok
            ? new FileReviewResult(Review(read.Text!, settings, maxSteps, cancellation), null)
            : new FileReviewResult(null, read.Error);
    }

    public static ReviewResult Review(ReportText text, JurisdictionSettings? settings = null, long maxSteps = ReviewBudget.DefaultSteps, CancellationToken cancellation = default)
    {
        var budget = new ReviewBudget(maxSteps, cancellation);
        ReportAnalysis analysis;
        try
        {
            analysis = ReportAnalyzer.Analyze(text, budget);
        }
        catch (Exception e) when (e is ReviewBudgetExhaustedException or OperationCanceledException)
        {
            return new ReviewResult(ReportKind.Unknown, [], [Incomplete(e)], text);
        }

        var findings = new List<Finding>();
        if (analysis.Kind == ReportKind.Unknown && !KindDetector.LooksLikeReport(text.Lines.Where(l => !l.IsBlank).ToList()))
        {
            findings.Add(Finding.Of(FindingCodes.NotAReport, Severity.Warning,
                text.Lines.All(l => l.IsBlank)
                    ? "文件中没有文字内容，无法复核。"
                    : "未识别为绩效评价报告：文中缺少绩效、预算、评价、指标等报告用语（若为扫描件，请提供可复制文字的版本）。",
                []));
        }

        if (text.Truncated)
        {
            findings.Add(Finding.Of(FindingCodes.ReviewIncomplete, Severity.Warning,
                $"文件过长，只复核了前 {ReportText.MaxLines} 行（或截断了超长的行）。", []));
        }

        var context = new ReviewContext(analysis, settings ?? JurisdictionSettings.Default, budget);
        foreach (var check in Checks)
        {
            try
            {
                findings.AddRange(check.Run(context));
            }
            catch (Exception e) when (e is ReviewBudgetExhaustedException or OperationCanceledException)
            {
                findings.Add(Incomplete(e));
                break;
            }
        }

        var ordered = findings
            .DistinctBy(f => (f.Code, f.Severity, f.Message))
            // A reviewer reads dozens of findings, not thousands: past this, more of one kind adds nothing.
            .GroupBy(f => (f.Code, f.Severity))
            .SelectMany(g => g.Take(MaxFindingsPerKind))
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Lines.Count > 0 ? f.Lines[0] : int.MaxValue)
            .ToList();
        return new ReviewResult(analysis.Kind, FactList.From(analysis), ordered, text);
    }

    static Finding Incomplete(Exception e) => Finding.Of(FindingCodes.ReviewIncomplete, Severity.Warning,
        e is OperationCanceledException ? "复核已取消，以下仅为已完成部分的结果。" : "文件内容过于庞杂，复核在计算上限内未能完成，以下仅为已完成部分的结果。", []);
}
