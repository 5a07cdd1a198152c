using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Targets;

public sealed class TargetParserTests
{
    [Theory]
    [InlineData("=44人", TargetOperator.Equal, "44", "人")]
    [InlineData("=12月", TargetOperator.Equal, "12", "月")]
    [InlineData("≥95%", TargetOperator.AtLeast, "95", "%")]
    [InlineData(">=100%", TargetOperator.AtLeast, "100", "%")]
    [InlineData("≤90万元", TargetOperator.AtMost, "90", "万元")]
    [InlineData("<5天", TargetOperator.LessThan, "5", "天")]
    [InlineData("≥50个", TargetOperator.AtLeast, "50", "个")]
    [InlineData("=68.95（万元）", TargetOperator.Equal, "68.95", "万元")]
    [InlineData("=5(次/年）", TargetOperator.Equal, "5", "次/年")]
    [InlineData("=18（辆）", TargetOperator.Equal, "18", "辆")]
    [InlineData(" =0.1（万元） ", TargetOperator.Equal, "0.1", "万元")]
    [InlineData("450人次", TargetOperator.None, "450", "人次")]
    [InlineData("≧30批次", TargetOperator.AtLeast, "30", "批次")]
    [InlineData("＞＝１，０００人次", TargetOperator.AtLeast, "1000", "人次")]
    [InlineData("＞８", TargetOperator.GreaterThan, "8", "")]
    [InlineData("＜３天", TargetOperator.LessThan, "3", "天")]
    [InlineData("≥９５％", TargetOperator.AtLeast, "95", "%")]
    [InlineData("1,234,567.5元", TargetOperator.None, "1234567.5", "元")]
    [InlineData("不低于500人", TargetOperator.AtLeast, "500", "人")]
    [InlineData("不少于 12 次", TargetOperator.AtLeast, "12", "次")]
    [InlineData("不超过90万元", TargetOperator.AtMost, "90", "万元")]
    [InlineData("不高于5%", TargetOperator.AtMost, "5", "%")]
    [InlineData("达到100%", TargetOperator.AtLeast, "100", "%")]
    [InlineData("大于等于3个", TargetOperator.AtLeast, "3", "个")]
    [InlineData("小于10天", TargetOperator.LessThan, "10", "天")]
    [InlineData("95%以上", TargetOperator.AtLeast, "95", "%")]
    [InlineData("控制在90万元以内", TargetOperator.AtMost, "90", "万元")]
    [InlineData("3天以内", TargetOperator.AtMost, "3", "天")]
    [InlineData("=<12月", TargetOperator.AtMost, "12", "月")]
    [InlineData("=>80%", TargetOperator.AtLeast, "80", "%")]
    [InlineData("==0次", TargetOperator.Equal, "0", "次")]
    [InlineData("-5%", TargetOperator.None, "-5", "%")]
    [InlineData("0.05", TargetOperator.None, "0.05", "")]
    [InlineData("≥ 95 %", TargetOperator.AtLeast, "95", "%")]
    public void Parse_ReadsOperatorNumberAndUnit(string text, TargetOperator op, string value, string unit)
    {
        var result = TargetParser.Parse(text);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(TargetKind.Number, result.Value.Kind);
        Assert.Equal(op, result.Value.Operator);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), result.Value.Value);
        Assert.Equal(unit, result.Value.Unit);
    }

    [Theory]
    [InlineData("90%-100%", "90", "100", "%")]
    [InlineData("90-100%", "90", "100", "%")]
    [InlineData("９０％～１００％", "90", "100", "%")]
    [InlineData("3至5天", "3", "5", "天")]
    [InlineData("10~20人", "10", "20", "人")]
    public void Parse_ReadsRanges(string text, string low, string high, string unit)
    {
        var result = TargetParser.Parse(text);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(TargetKind.Range, result.Value.Kind);
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), result.Value.Value);
        Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), result.Value.High);
        Assert.Equal(unit, result.Value.Unit);
    }

    [Theory]
    [InlineData("健全", QualitativeLevel.Achieved)]
    [InlineData("规范", QualitativeLevel.Achieved)]
    [InlineData("有效保障", QualitativeLevel.Achieved)]
    [InlineData("达成年度指标", QualitativeLevel.Achieved)]
    [InlineData("部分达成年度指标并具有一定效果", QualitativeLevel.PartlyAchieved)]
    [InlineData("未达成年度指标且效果较差", QualitativeLevel.NotAchieved)]
    [InlineData("效果明显", QualitativeLevel.Achieved)]
    [InlineData("达到预期目标", QualitativeLevel.Achieved)]
    [InlineData("高于上年水平", null)]
    public void Parse_ReadsQualitativeLevels(string text, QualitativeLevel? level)
    {
        var result = TargetParser.Parse(text);

        Assert.True(result.IsSuccess);
        Assert.Equal(TargetKind.Qualitative, result.Value.Kind);
        Assert.Equal(text, result.Value.Text);
        Assert.Equal(level, result.Value.Level);
    }

    [Theory]
    [InlineData("", TargetErrorCode.Empty, "值为空")]
    [InlineData("   ", TargetErrorCode.Empty, "值为空")]
    [InlineData("≥", TargetErrorCode.ExpectedNumber, "比较符号“≥”之后应为数字")]
    [InlineData("≥abc", TargetErrorCode.ExpectedNumber, "第2个字符：比较符号“≥”之后应为数字，实际为“a”")]
    [InlineData("不低于", TargetErrorCode.ExpectedNumber, "比较符号“≥”之后应为数字")]
    [InlineData("1,00人", TargetErrorCode.BadThousandsSeparator, "千分位分隔符")]
    [InlineData("12.3.4", TargetErrorCode.BadDecimal, "第二个小数点")]
    [InlineData("5.人", TargetErrorCode.BadDecimal, "小数点之后应为数字")]
    [InlineData("1e309", TargetErrorCode.ExponentNotSupported, "科学计数法")]
    [InlineData("12月31日", TargetErrorCode.UnitContainsDigits, "单位“月31日”中不应含有数字")]
    [InlineData("≥90%-100%", TargetErrorCode.RangeWithOperator, "区间值")]
    [InlineData("100%-90%", TargetErrorCode.RangeInverted, "区间下限100大于上限90")]
    [InlineData("95%合格", TargetErrorCode.TextAfterPercent, "“%”之后不应再有文字“合格”")]
    [InlineData("99999999999999999999999", TargetErrorCode.NumberTooLarge, "数值过大")]
    public void Parse_UnreadableValue_GivesTypedErrorWithChineseMessage(string text, TargetErrorCode code, string message)
    {
        var result = TargetParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
        Assert.Contains(message, result.Error.Message);
    }

    [Fact]
    public void Parse_NullIsEmptyError()
    {
        Assert.Equal(TargetErrorCode.Empty, TargetParser.Parse((string?)null).Error!.Code);
    }

    [Theory]
    [InlineData("＞＝１，０００人次", "≥1000人次")]
    [InlineData("=68.95（万元）", "=68.95万元")]
    [InlineData("90-100%", "90%-100%")]
    [InlineData("健全", "健全")]
    public void ToString_PrintsCanonicalForm(string text, string canonical)
    {
        Assert.Equal(canonical, TargetParser.Parse(text).Value.ToString());
    }
}
