using Jixiao.Documents.Common;

namespace Jixiao.Documents.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("9542512.37", "954.25")]
    [InlineData("450050.00", "45.01")]
    [InlineData("450049.99", "45.00")]
    [InlineData("-450050.00", "-45.01")]
    [InlineData("1234567890.12", "123,456.79")]
    public void Wan_RoundsHalvesAwayFromZeroToTwoDecimals(string yuan, string shown) =>
        Assert.Equal(shown, Money.Wan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void MoneyColumn_LinesThatRoundDown_NeedTheRoundingNote()
    {
        // 45.0049 万元 three times shows 45.00 each, but the exact total 135.0147 shows 135.01.
        var column = new MoneyColumn([450_049m, 450_049m, 450_049m]);
        Assert.Equal(135.01m, column.TotalWan);
        Assert.Equal(135.00m, column.DisplayedLinesWan);
        Assert.True(column.NeedsRoundingNote);
    }

    [Fact]
    public void MoneyColumn_LinesThatAddUp_NeedNoNote() =>
        Assert.False(new MoneyColumn([9_036_512.37m, 506_000m]).NeedsRoundingNote);

    [Fact]
    public void Points_MissingScore_IsNotScoredRatherThanZero()
    {
        Assert.Equal("未评分", Money.Points(null));
        Assert.Equal("0.00", Money.Points(0m));
        Assert.Equal("—", Money.Percent(null));
        Assert.Equal("94.10%", Money.Percent(0.941m));
    }
}
