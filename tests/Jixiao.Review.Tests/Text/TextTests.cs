using Jixiao.Review.Text;

namespace Jixiao.Review.Tests.Text;

public sealed class TextTests
{
    [Theory]
    [InlineData("预算执行率为１００．００％", "预算执行率为100.00%")]
    [InlineData("　　（一）项目概况", "(一)项目概况")]
    [InlineData("[bookmark: _GoBack]五、预算执行进度", "五、预算执行进度")]
    [InlineData("[bookmark: _Toc352416282][bookmark: _Toc361498656]（3）绩效评价报告", "(3)绩效评价报告")]
    [InlineData("合计<b>1,234.56</b>万元", "合计1234.56万元")]
    [InlineData("目标值＞＝９５％", "目标值>=95%")]
    [InlineData("第3,4项", "第3,4项")]
    [InlineData("零\u200B宽\uFEFF字符", "零宽字符")]
    public void Normalize_MakesNumbersAndMarkersMatchable(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十二", 22)]
    [InlineData("一百零五", 105)]
    [InlineData("两", 2)]
    [InlineData("22", 22)]
    public void ChineseNumerals_AreRead(string text, int value)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var n));
        Assert.Equal(value, n);
    }

    [Theory]
    [InlineData("一、基本情况", HeadingLevel.Chapter, 1)]
    [InlineData("（十二）其他", HeadingLevel.Section, 12)]
    [InlineData("(二）项目绩效目标。", HeadingLevel.Section, 2)]
    [InlineData("3.资金投入和使用情况", HeadingLevel.Item, 3)]
    [InlineData("2、严格审批程序", HeadingLevel.Item, 2)]
    [InlineData("（4）管理制度健全性：", HeadingLevel.SubItem, 4)]
    [InlineData("③时效指标", HeadingLevel.Circled, 3)]
    public void Headings_AreRecognisedWithTheirLevel(string text, HeadingLevel level, int ordinal)
    {
        var heading = Heading.TryParse(new ReportLine(1, text, TextNormalizer.Normalize(text)));
        Assert.NotNull(heading);
        Assert.Equal(level, heading.Level);
        Assert.Equal(ordinal, heading.Ordinal);
    }

    [Theory]
    [InlineData("2022年县财政预算批复")]
    [InlineData("1.5万元用于培训")]
    [InlineData("一是加强管理")]
    public void NonHeadings_AreNotHeadings(string text) =>
        Assert.Null(Heading.TryParse(new ReportLine(1, text, TextNormalizer.Normalize(text))));

    [Fact]
    public void Lines_AreNumberedFromOne_AndTabOnlyLinesAreEmptyCells()
    {
        var text = ReportText.FromString("标题\r\n\t\n\n正文\f下一页");
        Assert.Equal(5, text.Lines.Count);
        Assert.Equal("标题", text[1].Text);
        Assert.True(text[2].IsEmptyCell);
        Assert.True(text[3].IsEmpty);
        Assert.Equal("下一页", text[5].Text);
    }

    [Theory]
    [InlineData("192.05", 2, "0.005")]
    [InlineData("43", 0, "0.5")]
    [InlineData("1250.5", 1, "0.05")]
    public void StatedNumbers_KeepTheirPrecision(string text, int decimals, string halfUnit)
    {
        Assert.True(StatedNumber.TryParse(text, out var n));
        Assert.Equal(decimals, n.Decimals);
        Assert.Equal(decimal.Parse(halfUnit, System.Globalization.CultureInfo.InvariantCulture), n.HalfUnit);
    }
}
