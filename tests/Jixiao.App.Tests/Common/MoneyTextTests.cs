using Jixiao.App.Common;

namespace Jixiao.App.Tests.Common;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("1305000", "1305000")]
    [InlineData("1,305,000.00", "1305000.00")]
    [InlineData("１２３．４５", "123.45")]
    [InlineData("1，305，000", "1305000")]
    [InlineData(" 88.5元 ", "88.5")]
    [InlineData("-20", "-20")]
    public void TryParse_ReadsWhatClerksType(string text, string expected)
    {
        Assert.True(MoneyText.TryParse(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1,0,0")]
    [InlineData("1e3")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("12,34.5")]
    public void TryParse_RefusesWhatTheInvariantParserWouldMisread(string text)
    {
        Assert.False(MoneyText.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_EmptyIsNoAmount_NotZero()
    {
        Assert.True(MoneyText.TryParse("  ", out var amount));
        Assert.Null(amount);
    }
}
