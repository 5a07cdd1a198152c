using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Spreadsheets;
using Jixiao.Documents.Tables;

namespace Jixiao.Documents.Tests.Spreadsheets;

public sealed class XlsxWriterTests
{
    private static byte[] BatchWorkbook() => XlsxWriter.Write(StandardSheets.BatchAnnexes(DemoBatchReport.Create()));

    [Fact]
    public void Write_BatchAnnexes_PassesTheOpenXmlValidator()
    {
        using var stream = new MemoryStream(BatchWorkbook());
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => e.Description));
    }

    [Fact]
    public void Write_BatchAnnexes_HasFrozenStyledHeaderAndNumberFormats()
    {
        using var stream = new MemoryStream(BatchWorkbook());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["附件1 项目清单", "附件2 评价结果"], workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
        var sheet = workbook.WorksheetParts.First().Worksheet!;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Contains(sheet.Descendants<Column>(), c => c.Width!.Value >= 30);
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value);
        Assert.Contains("#,##0.00", formats);
    }

    [Fact]
    public void Write_ProjectListTotal_IsTheExactSumOfTheLines()
    {
        var read = TableReader.Read(BatchWorkbook(), "annex.xlsx");
        var table = read.Table!;
        var amount = table.FindColumn("预算批复金额");
        var lines = table.Rows.Where(r => r[0] != "合计").Sum(r => decimal.Parse(r[amount], System.Globalization.CultureInfo.InvariantCulture));
        var total = decimal.Parse(table.Rows.Single(r => r[0] == "合计")[amount], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(lines, total);
        Assert.Equal(9675.559877m, total);
        Assert.Equal(DemoBatchReport.Projects.Sum(p => p.BudgetYuan) / 10000m, total);
    }

    [Fact]
    public void Write_ResultsSheet_ListsScoresAndGrades()
    {
        var table = TableReader.Read(BatchWorkbook(), "annex.xlsx", new TableReadOptions { SheetName = "附件2 评价结果" }).Table!;
        Assert.Equal(["序号", "实施单位", "项目名称", "财政综合评分", "等级"], table.Header);
        Assert.Equal(["9", "昌江区市政公用事业服务中心", "城区道路照明维护经费", "58.9", "差"], table.Rows[8].Cells);
    }
}

public sealed class SelfEvaluationWorkbookTests
{
    [Fact]
    public void Workbook_FundingSheet_TotalIsTheExactSumWithTheCoreExecutionScore()
    {
        var bytes = XlsxWriter.Write(StandardSheets.SelfEvaluationWorkbook(Jixiao.Documents.Demo.DemoSelfEvaluation.Create()));
        Assert.Equal(["自评表", "项目资金"], TableReader.SheetNames(bytes));
        var funding = TableReader.Read(bytes, "自评表.xlsx", new TableReadOptions { SheetName = "项目资金" }).Table!;
        var total = funding.Rows[0];
        Assert.Equal(["年度资金总额", "192.05", "192.05", "189.543217", "10"], total.Cells.Take(5));
        Assert.StartsWith("98.69", total[5]);
        Assert.Equal("9.87", total[6]);
        Assert.Equal(["本年财政拨款", "192.05", "192.05", "189.543217"], funding.Rows[1].Cells.Take(4));
    }
}
