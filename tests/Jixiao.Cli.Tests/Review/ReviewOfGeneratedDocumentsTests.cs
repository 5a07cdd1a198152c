using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Department;
using Jixiao.Documents.Feedback;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Review;

namespace Jixiao.Cli.Tests.Review;

/// <summary>
/// Reports Jixiao writes itself are consistent by construction; the reviewer must read each of them as
/// its kind and find no arithmetic errors in them (the cross-check between the two features).
/// </summary>
public sealed class ReviewOfGeneratedDocumentsTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { "project", "project-evaluation" },
        { "batch", "batch-summary" },
        { "department", "department-evaluation" },
        { "self", "self-evaluation" },
        { "feedback", "result-feedback" },
    };

    static byte[] Write(string name) => name switch
    {
        "project" => ProjectEvaluationWriter.Write(DemoProjectReport.Create()).ValueOrThrow(),
        "batch" => BatchSummaryWriter.Write(DemoBatchReport.Create()).ValueOrThrow(),
        "department" => DepartmentWriter.Write(DemoDepartmentReport.Create()).ValueOrThrow(),
        "self" => SelfEvaluationWriter.Write(DemoSelfEvaluation.Create()).ValueOrThrow(),
        _ => FeedbackWriter.Write(DemoFeedback.Create()).ValueOrThrow(),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void DemoReport_IsReadAsItsKind_WithNoErrors(string name, string kind)
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-review", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".docx");
        File.WriteAllBytes(path, Write(name));
        var result = ReportReviewer.ReviewFile(path);
        Assert.Null(result.Error);
        var review = result.Review!;
        Assert.Equal(kind, review.KindSlug);
        var errors = review.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains(review.Findings, f => f.Severity == Severity.Info);
    }
}
