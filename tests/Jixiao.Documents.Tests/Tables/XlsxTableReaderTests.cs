using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Tables;

namespace Jixiao.Documents.Tests.Tables;

public sealed class XlsxTableReaderTests
{
    private static readonly string[] Header = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值"];

    [Fact]
    public void WrittenWorkbook_ReadsBackWithNumbersAndRowNumbers()
    {
        var bytes = Write(Header, [["产出指标", "数量指标", "车辆维护数", "1", "=18（辆）", "18"], ["效益指标", "社会效益指标", "提升公共服务水平", "5", "有效强化", "达成年度指标"]]);

        var result = TableReader.Read(bytes, "表.xlsx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Sheet1", result.Table!.SheetName);
        Assert.Equal(Header, result.Table.Header);
        Assert.Equal(2, result.Table.Rows[0].RowNumber);
        Assert.Equal("18", result.Table.Rows[0][5]);
        Assert.Equal("=18（辆）", result.Table.Rows[0][4]);
        Assert.Equal("达成年度指标", result.Table.Rows[1][5]);
    }

    [Fact]
    public void WrittenWorkbook_PassesOpenXmlValidation()
    {
        var bytes = Write(Header, [["产出", "数量", "人数", "2", "=44人", "44"]]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void NamedSheet_IsRead_AndAMissingSheetNamesTheOnesThatExist()
    {
        var bytes = Write(Header, [["产出", "数量", "人数", "2", "=44人", "44"]], "评分表");

        Assert.True(TableReader.Read(bytes, "a.xlsx", new TableReadOptions { SheetName = "评分表" }).IsSuccess);
        Assert.Equal("“a.xlsx”中没有名为“汇总”的工作表；现有工作表：“评分表”",
            TableReader.Read(bytes, "a.xlsx", new TableReadOptions { SheetName = "汇总" }).Error);
    }

    [Fact]
    public void NonExcelFileRenamedXlsx_IsAChineseErrorNotAnException()
    {
        var error = TableReader.Read("这不是表格"u8.ToArray(), "假的.xlsx").Error;

        Assert.Equal("“假的.xlsx”不是有效的Excel工作簿（.xlsx）：文件内容不是xlsx格式，可能是改了扩展名的其他文件", error);
    }

    [Fact]
    public void ZipThatIsNotAWorkbook_IsAChineseError()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var error = TableReader.Read(zip.ToArray(), "压缩包.xlsx").Error;

        Assert.StartsWith("“压缩包.xlsx”不是有效的Excel工作簿（.xlsx），无法打开", error);
    }

    [Fact]
    public void DamagedWorkbooks_GiveMessagesNeverExceptions()
    {
        var good = Write(Header, [["产出", "数量", "人数", "2", "=44人", "44"]]);
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])good.Clone();
            var cut = i % 3 == 0 ? random.Next(4, bytes.Length) : bytes.Length;
            for (var k = 0; k < 1 + i % 8; k++)
            {
                bytes[random.Next(4, bytes.Length)] = (byte)random.Next(256);
            }

            var result = TableReader.Read(bytes[..cut], "坏.xlsx");

            Assert.True(result.IsSuccess || result.Error!.Length > 0);
        }
    }

    [Fact]
    public void OldBinaryXls_AsksToSaveAsXlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];

        Assert.Contains("旧版Excel（.xls）", TableReader.Read(ole, "a.xlsx").Error);
        Assert.Contains("另存为.xlsx或.csv", TableReader.Read(ole, "a.xls").Error);
    }

    [Fact]
    public void MergedCells_PercentFormatsAndSharedStrings_ReadAsPeopleSeeThem()
    {
        var bytes = BuildWorkbookByHand();

        var table = TableReader.Read(bytes, "合并.xlsx").Table!;

        Assert.Equal(["一级指标", "三级指标", "实际完成值"], table.Header);
        Assert.Equal("产出指标", table.Rows[0][0]);
        Assert.Equal("产出指标", table.Rows[1][0]);
        Assert.Equal("95%", table.Rows[0][2]);
        Assert.Equal("73.64", table.Rows[1][2]);
        Assert.Equal(3, table.Rows[1].RowNumber);
    }

    [Fact]
    public void WithColumns_FillsExistingColumnAndAppendsMissingOne()
    {
        var table = TableReader.Read(Write(["三级指标", "得分"], [["人数", ""]]), "a.xlsx").Table!;

        var (header, rows) = TableWriter.WithColumns(table, ["得分", "说明"], (_, column) => column == "得分" ? "9.5" : "按比例得分");

        Assert.Equal(["三级指标", "得分", "说明"], header);
        Assert.Equal(["人数", "9.5", "按比例得分"], rows[0]);
    }

    private static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string sheet = "Sheet1")
    {
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(stream, header, rows, sheet);
        return stream.ToArray();
    }

    // A workbook the way Excel saves one: shared strings, a merged 一级指标 column and a percent-formatted number.
    private static byte[] BuildWorkbookByHand()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("一级指标")), new SharedStringItem(new Text("三级指标")), new SharedStringItem(new Text("实际完成值")),
                new SharedStringItem(new Text("产出指标")), new SharedStringItem(new Text("合格率")), new SharedStringItem(new Text("得分")));
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }) { Count = 2 });
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData(
                new Row(S("A1", 0), S("B1", 1), S("C1", 2)) { RowIndex = 1 },
                new Row(S("A2", 3), S("B2", 4), new Cell { CellReference = "C2", CellValue = new CellValue("0.95"), StyleIndex = 1 }) { RowIndex = 2 },
                new Row(S("B3", 5), new Cell { CellReference = "C3", CellValue = new CellValue("73.640000000000001") }) { RowIndex = 3 });
            sheetPart.Worksheet = new Worksheet(data, new MergeCells(new MergeCell { Reference = "A2:A3" }) { Count = 1 });
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "表1" }));
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Cell S(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
}
