using System.IO.Compression;
using Jixiao.Documents.Archive;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Archive;

public sealed class BatchArchiveTests
{
    [Fact]
    public void Create_WholeBatch_HoldsSummaryAnnexesAndEverySheetWithChineseNames()
    {
        var sheets = new[] { DemoFeedback.Create(), DemoFeedback.Create() with { Project = DemoFeedback.Create().Project with { Name = "农村公路养护资金/二期" } } };
        var zip = BatchArchive.Create(DemoBatchReport.Create(), sheets).ValueOrThrow();
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(
            ["2023年度重点绩效评价情况的报告.docx", "2023年度重点绩效评价附件.xlsx", "评价结果反馈（全部项目）.docx",
             "评价结果反馈/001-2023年度昌江区政府各办公大楼管理费项目.docx", "评价结果反馈/002-农村公路养护资金_二期.docx"],
            archive.Entries.Select(e => e.FullName));
        using var summary = new MemoryStream();
        archive.Entries[0].Open().CopyTo(summary);
        Docx.AssertValid(summary.ToArray());
    }

    [Fact]
    public void Create_WithExtraEntriesAndNotes_AddsThemAfterTheStandardOnes_AndSavesTheNotesAsText()
    {
        var zip = BatchArchive.Create(DemoBatchReport.Create(), [DemoFeedback.Create()], [new("评价报告/001-某项目.docx", [1, 2, 3])], ["说明：某项目尚未审定。"]).ValueOrThrow();
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(["评价报告/001-某项目.docx", "说明.txt"], archive.Entries.Skip(4).Select(e => e.FullName));
        using var notes = new StreamReader(archive.GetEntry("说明.txt")!.Open());
        Assert.Equal("说明：某项目尚未审定。", notes.ReadToEnd().Trim());
    }
}
