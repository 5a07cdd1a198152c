using Jixiao.Review.Text;

namespace Jixiao.Review.Tests;

static class TestSupport
{
    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static ReviewResult ReviewSample(string name)
    {
        var result = ReportReviewer.ReviewFile(SamplePath(name));
        Assert.Null(result.Error);
        return result.Review!;
    }

    public static ReviewResult Review(string text) => ReportReviewer.Review(ReportText.FromString(text));

    public static IEnumerable<Finding> Of(this ReviewResult review, string code) => review.Findings.Where(f => f.Code == code);

    public static IEnumerable<Finding> Errors(this ReviewResult review) => review.Findings.Where(f => f.Severity == Severity.Error);

    /// <summary>A readable list for assertion messages.</summary>
    public static string Dump(this ReviewResult review) =>
        string.Join("\n", review.Findings.Select(f => $"{f.Severity} {f.Code} {f.Message}"));

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-review-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
