using Jixiao.Scoring.Monitoring;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Monitoring;

public sealed class MonitoringLightsTests
{
    private static readonly MonitoringThresholds Defaults = new();

    [Theory]
    [InlineData("100", "50", 6, Light.Green, "1")]
    [InlineData("100", "40", 6, Light.Green, "0.8")]
    [InlineData("100", "39", 6, Light.Yellow, "0.78")]
    [InlineData("100", "29", 6, Light.Red, "0.58")]
    public void Execution_AgainstElapsedMonths(string budget, string spent, int months, Light light, string ratio)
    {
        var result = MonitoringLights.Execution(D(budget), D(spent), months, Defaults);

        Assert.Equal(light, result.Light);
        Assert.Equal(D(ratio), result.Ratio);
    }

    [Fact]
    public void Execution_TraceIsChinese()
    {
        Assert.Equal("预算执行进度 = (35 ÷ 100) ÷ (7 ÷ 12) = 60%，黄灯", MonitoringLights.Execution(100m, 35m, 7, Defaults).Trace);
    }

    [Fact]
    public void CumulativeCount_IsProrated_RateIsNot()
    {
        var count = MonitoringLights.Indicator("数量指标", "培训人次", T("≥1200人次"), T("500人次"), 6, Defaults);
        Assert.Equal(Light.Green, count.Light);
        Assert.Equal("累计类指标：500 ÷ (1200 × 6 ÷ 12) = 83.33%，绿灯", count.Trace);

        var rate = MonitoringLights.Indicator("满意度指标", "满意度", T("≥95%"), T("70%"), 6, Defaults);
        Assert.Equal(Light.Yellow, rate.Light);
    }

    [Fact]
    public void Blue_WhenYearTargetExceededByTwentyPercent()
    {
        Assert.Equal(Light.Blue, MonitoringLights.Indicator("数量指标", "培训人次", T("≥1000人次"), T("1200人次"), 7, Defaults).Light);
    }

    [Fact]
    public void Reverse_IsTargetOverActual()
    {
        var result = MonitoringLights.Indicator("成本指标", "办公费", T("≤50万元"), T("100万元"), 7, Defaults);

        Assert.Equal(Light.Red, result.Light);
        Assert.Equal(0.5m, result.Ratio);
    }

    [Theory]
    [InlineData("达成年度指标", Light.Green)]
    [InlineData("部分达成年度指标并具有一定效果", Light.Yellow)]
    [InlineData("未达成年度指标且效果较差", Light.Red)]
    public void Qualitative_ByLevel(string actual, Light light)
    {
        var result = MonitoringLights.Indicator("社会效益指标", "制度", T("健全"), T(actual), 7, Defaults);

        Assert.Equal(light, result.Light);
        Assert.Equal(light != Light.Green, result.NeedsCause);
    }

    [Fact]
    public void BadMonth_IsAnError()
    {
        Assert.Equal("监控月份应在1到12之间，实际为 13", MonitoringLights.Execution(1m, 1m, 13, Defaults).Error);
    }

    private static TargetValue T(string s) => TargetParser.Parse(s).Value;

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
