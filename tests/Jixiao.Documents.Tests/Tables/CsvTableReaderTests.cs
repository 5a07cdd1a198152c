using System.Text;
using Jixiao.Documents.Tables;

namespace Jixiao.Documents.Tests.Tables;

public sealed class CsvTableReaderTests
{
    private const string Csv = "一级指标,二级指标,三级指标,分值,年度指标值,实际完成值\r\n产出指标,数量指标,保障职工人数,2,=44人,44人\r\n\r\n产出指标,\"质量指标\",\"资金使用合规率, 全部\",10,>=100%,100%\r\n";

    static CsvTableReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_DetectsEncoding_AndKeepsSpreadsheetRowNumbers(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Csv),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv)],
            _ => Encoding.GetEncoding(54936).GetBytes(Csv),
        };

        var result = TableReader.Read(bytes, "指标.csv");

        Assert.True(result.IsSuccess, result.Error);
        var table = result.Table!;
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(2, table.Rows[0].RowNumber);
        Assert.Equal("保障职工人数", table.Rows[0][2]);
        Assert.Equal(4, table.Rows[1].RowNumber);
        Assert.Equal("资金使用合规率, 全部", table.Rows[1][2]);
        Assert.Equal(">=100%", table.Rows[1][4]);
    }

    [Fact]
    public void Read_QuotedCellWithLineBreak_CountsRowsAsExcelDoes()
    {
        var bytes = Encoding.UTF8.GetBytes("名称,说明\n甲,\"第一行\n第二行\"\n乙,短\n");

        var table = TableReader.Read(bytes, "a.csv").Table!;

        Assert.Equal("第一行\n第二行", table.Rows[0][1]);
        Assert.Equal(2, table.Rows[0].RowNumber);
        Assert.Equal(4, table.Rows[1].RowNumber);
    }

    [Fact]
    public void Read_EmptyFile_IsAChineseError()
    {
        Assert.Equal("文件“空.csv”是空的", TableReader.Read([], "空.csv").Error);
        Assert.Equal("文件“空白.csv”中没有数据", TableReader.Read(Encoding.UTF8.GetBytes(" , \r\n\r\n"), "空白.csv").Error);
    }

    [Fact]
    public void Read_MissingFileOrUnknownType_IsAChineseError()
    {
        Assert.StartsWith("找不到文件：", TableReader.Read("/nonexistent/x.csv").Error);
        Assert.Equal("不支持的文件类型“.pdf”：请使用.xlsx或.csv", TableReader.Read([1, 2, 3], "a.pdf").Error);
    }

    [Fact]
    public void FindColumn_AcceptsAlternativeNamesAndUnitsInBrackets()
    {
        var table = TableReader.Read(Encoding.UTF8.GetBytes("三级指标,分值（分）,目标值\n甲,5,≥1\n"), "a.csv").Table!;

        Assert.Equal(1, table.FindColumn("权重", "分值"));
        Assert.Equal(2, table.FindColumn("年度指标值", "目标值", "指标值"));
        Assert.Equal(-1, table.FindColumn("得分"));
        Assert.Equal("", table.Rows[0][table.FindColumn("得分")]);
    }

    [Fact]
    public void Read_HeaderHints_SkipTitleRows()
    {
        var bytes = Encoding.UTF8.GetBytes("项目支出绩效自评表,,\n（2022年度）,,\n一级指标,三级指标,分值\n产出,人数,5\n");

        var table = TableReader.Read(bytes, "a.csv", new TableReadOptions { HeaderHints = ["一级指标"] }).Table!;

        Assert.Equal(3, table.HeaderRowNumber);
        Assert.Equal(4, table.Rows[0].RowNumber);
        Assert.Equal("人数", table.Rows[0][1]);
    }

    [Theory]
    [InlineData("名称\t分值\n甲\t5\n")]
    [InlineData("名称;分值\n甲;5\n")]
    public void Read_TabOrSemicolonSeparated(string csv)
    {
        var table = TableReader.Read(Encoding.UTF8.GetBytes(csv), "a.csv").Table!;

        Assert.Equal(["名称", "分值"], table.Header);
        Assert.Equal("5", table.Rows[0][1]);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    public void ColumnLetter_IsExcelStyle(int index, string letter) => Assert.Equal(letter, Table.ColumnLetter(index));
}
