using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Department;
using Jixiao.Documents.Feedback;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// The few LibreOffice tests: every report kind converted at once (each call has its own profile,
/// so they run concurrently), then read back with pdftotext. Set JIXIAO_REPORT_OUT to keep the PDFs.
/// </summary>
public sealed class PdfConversionTests
{
    private static readonly LibreOfficePdfConverter Converter = new(TimeSpan.FromSeconds(120));

    public static IEnumerable<(string Name, byte[] Docx, string[] Expected)> Kinds()
    {
        yield return ("project-evaluation", ProjectEvaluationWriter.Write(DemoProjectReport.Create()).ValueOrThrow(),
            [DemoProjectReport.Project.Name, "73.64", "中", "954.25"]);
        yield return ("result-feedback", FeedbackWriter.WriteBatch([DemoFeedback.Create(), DemoFeedback.Create()]).ValueOrThrow(),
            [DemoProjectReport.Project.Name, "评价分值", "73.64", "评价结论"]);
        yield return ("department-evaluation", DepartmentWriter.Write(DemoDepartmentReport.Create()).ValueOrThrow(),
            ["万载县机关事务管理中心", "91.33", "“优”", "721.83"]);
        yield return ("batch-summary", BatchSummaryWriter.Write(DemoBatchReport.Create()).ValueOrThrow(),
            ["城乡居民最低生活保障资金", "92.30", "合计", "9,675.56"]);
        yield return ("self-evaluation", SelfEvaluationWriter.Write(DemoSelfEvaluation.Create()).ValueOrThrow(),
            ["2022年度政府办公室工作经费", "98.20", "评价等级：优", "192.05"]);
    }

    [Fact]
    public async Task Convert_EveryReportKindConcurrently_PdfTextHasNameScoreAndGrade()
    {
        var kinds = Kinds().ToList();
        var results = await Task.WhenAll(kinds.Select(k => Converter.ConvertAsync(k.Docx)));
        var outDir = Environment.GetEnvironmentVariable("JIXIAO_REPORT_OUT");
        for (var i = 0; i < kinds.Count; i++)
        {
            Assert.True(results[i].Succeeded, string.Join("；", results[i].Errors));
            if (!string.IsNullOrEmpty(outDir))
            {
                Directory.CreateDirectory(outDir);
                await File.WriteAllBytesAsync(Path.Combine(outDir, kinds[i].Name + ".pdf"), results[i].Value!);
                await File.WriteAllBytesAsync(Path.Combine(outDir, kinds[i].Name + ".docx"), kinds[i].Docx);
            }

            var text = Poppler.Text(results[i].Value!).Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (var expected in kinds[i].Expected)
            {
                Assert.Contains(expected, text);
            }
        }
    }

    [Fact]
    public async Task Convert_WithoutLibreOffice_SaysWhichPackageToInstall()
    {
        var result = await new LibreOfficePdfConverter(sofficePath: "/nonexistent/soffice").ConvertAsync([1, 2, 3]);
        Assert.False(result.Succeeded);
        Assert.Contains("libreoffice-writer-nogui", result.Errors[0]);
        Assert.StartsWith("未找到 LibreOffice", result.Errors[0]);
    }

    [Fact]
    public async Task Convert_HangingConverter_IsKilledAtTheTimeoutWithAChineseMessage()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var script = Path.Combine(Path.GetTempPath(), $"jixiao-hang-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nexec sleep 60\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var result = await new LibreOfficePdfConverter(TimeSpan.FromSeconds(1), sofficePath: script).ConvertAsync([1, 2, 3]);
            Assert.False(result.Succeeded);
            Assert.Equal("LibreOffice 转换 PDF 超时（超过1秒），已终止转换进程。", result.Errors[0]);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
