using Jixiao.Documents.Demo;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.ProjectEvaluation;
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
            var text = Poppler.Text(results[i].Value!);
            foreach (var expected in kinds[i].Expected)
            {
                Assert.Contains(expected, text.Replace(" ", string.Empty, StringComparison.Ordinal));
            }

            if (!string.IsNullOrEmpty(outDir))
            {
                Directory.CreateDirectory(outDir);
                await File.WriteAllBytesAsync(Path.Combine(outDir, kinds[i].Name + ".pdf"), results[i].Value!);
                await File.WriteAllBytesAsync(Path.Combine(outDir, kinds[i].Name + ".docx"), kinds[i].Docx);
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
}
