using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Feedback;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Feedback;

public sealed class FeedbackWriterTests
{
    [Fact]
    public void Write_DemoSheet_PassesTheValidatorAndShowsScoreAndConclusion()
    {
        var docx = FeedbackWriter.Write(DemoFeedback.Create()).ValueOrThrow();
        Docx.AssertValid(docx);
        var table = Docx.Tables(docx).Single();
        Assert.Equal(["评价项目", "2023年度昌江区政府各办公大楼管理费项目"], table[0]);
        Assert.Equal(["评价分值", "73.64", "评价结论", "中"], table[4]);
        Assert.Equal("昌江区财政支出绩效评价结果反馈", Docx.Paragraphs(docx)[0]);
    }

    [Fact]
    public void Write_Problems_AreGroupedAndFollowedByRecommendations()
    {
        var docx = FeedbackWriter.Write(DemoFeedback.Create()).ValueOrThrow();
        var problems = Docx.Tables(docx).Single()[^1];
        Assert.Equal("主要问题与建议", problems[0]);
        var lines = problems[1].Split('\n');
        Assert.Equal("一、存在的问题", lines[0]);
        Assert.Equal("（一）预算、财务问题", lines[1]);
        Assert.Contains("二、相关建议", lines);
        Assert.Contains("（三）建立健全管理制度，消除可持续影响隐患", lines);
    }

    [Fact]
    public void WriteBatch_ThreeProjects_OneSheetPerPage()
    {
        var sheets = new[]
        {
            DemoFeedback.Create(),
            DemoFeedback.Create() with { Project = DemoFeedback.Create().Project with { Name = "农村公路养护资金" }, Total = 86.05m, Grade = "良" },
            DemoFeedback.Create() with { Total = null, Grade = "" },
        };
        var docx = FeedbackWriter.WriteBatch(sheets).ValueOrThrow();
        Docx.AssertValid(docx);
        var tables = Docx.Tables(docx);
        Assert.Equal(3, tables.Count);
        Assert.Equal(["评价分值", "86.05", "评价结论", "良"], tables[1][4]);
        Assert.Equal("未评分", tables[2][4][1]);
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Equal(2, document.MainDocumentPart!.Document!.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page));
    }

    [Fact]
    public void WriteBatch_WithNotes_PrintsThemOnALastPageOfTheirOwn()
    {
        var docx = FeedbackWriter.WriteBatch([DemoFeedback.Create()], notes: ["说明：以下1个项目的评价尚未审定，未列入本文件：农村公路养护（评价中）。"]).ValueOrThrow();
        Docx.AssertValid(docx);
        Assert.Equal("说明：以下1个项目的评价尚未审定，未列入本文件：农村公路养护（评价中）。", Docx.Paragraphs(docx)[^1]);
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Equal(1, document.MainDocumentPart!.Document!.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page));
    }

    [Fact]
    public void WriteBatch_NoProjects_IsAnError() =>
        Assert.Equal("没有可生成反馈的项目。", Assert.Single(FeedbackWriter.WriteBatch([]).Errors));
}
