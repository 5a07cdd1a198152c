using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Targets;

public sealed class UnitsTests
{
    [Theory]
    [InlineData("68.95", "万元", "元", "689500")]
    [InlineData("689500", "元", "万元", "68.95")]
    [InlineData("1.5", "亿元", "万元", "15000")]
    [InlineData("3", "日", "天", "3")]
    [InlineData("5", "次", "次/年", "5")]
    public void TryConvert_ConvertsWithinAFamily(string value, string from, string to, string expected)
    {
        Assert.True(Units.TryConvert(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), from, to, out var result));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Theory]
    [InlineData("人", "次")]
    [InlineData("万元", "月")]
    [InlineData("%", "人")]
    public void TryConvert_RefusesDifferentThings(string from, string to)
    {
        Assert.False(Units.TryConvert(1m, from, to, out _));
    }

    [Fact]
    public void PerUnitCost_IsNotAMoneyTotal()
    {
        Assert.False(Units.IsMoney("元/人"));
        Assert.True(Units.IsMoney("万元"));
    }
}
