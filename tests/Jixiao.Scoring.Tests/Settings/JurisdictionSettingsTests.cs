using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Settings;

public sealed class JurisdictionSettingsTests
{
    [Theory]
    [InlineData("100", Grade.Excellent)]
    [InlineData("90", Grade.Excellent)]
    [InlineData("89.99", Grade.Good)]
    [InlineData("80", Grade.Good)]
    [InlineData("73.64", Grade.Fair)]
    [InlineData("60", Grade.Fair)]
    [InlineData("59.99", Grade.Poor)]
    [InlineData("0", Grade.Poor)]
    public void DefaultBands_LowerEdgeInclusive(string total, Grade grade)
    {
        Assert.Equal(grade, GradeBands.Default.GradeOf(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ProvinceBands_EightyIsExcellent()
    {
        var bands = new GradeBands(80m, 70m, 60m);

        Assert.Equal("优", bands.GradeOf(86.5m).ToChinese());
        Assert.Equal("良", GradeBands.Default.GradeOf(86.5m).ToChinese());
    }

    [Fact]
    public void Json_RoundTripsAndKeepsDefaultsForMissingProperties()
    {
        var result = SettingsJson.FromJson("""{ "name": "某省", "gradeBands": { "excellent": 80, "good": 70 }, "reverseRule": "Ratio" }""");

        Assert.True(result.IsSuccess, string.Join("；", result.Errors));
        var settings = result.Settings!;
        Assert.Equal("某省", settings.Name);
        Assert.Equal(new GradeBands(80m, 70m, 60m), settings.GradeBands);
        Assert.Equal(ReverseRule.Ratio, settings.ReverseRule);
        Assert.Equal(10m, settings.ExecutionWeight);
        Assert.Equal(QualitativeBands.Default, settings.QualitativeBands);

        var again = SettingsJson.FromJson(settings.ToJson());
        Assert.Equal(settings.GradeBands, again.Settings!.GradeBands);
        Assert.Equal(settings.Monitoring, again.Settings.Monitoring);
    }

    [Fact]
    public void Json_TheDocumentedDefaults_AreTheDefaults()
    {
        const string documented = """
            {
              "name": "默认（全国通行标准）",
              "gradeBands": { "excellent": 90, "good": 80, "fair": 60 },
              "qualitativeBands": { "achievedFrom": 0.80, "partlyFrom": 0.60 },
              "reverseRule": "LinearToZeroAtDouble",
              "equalRule": "AsPositive",
              "overAchievement": { "enabled": true, "positiveRatio": 1.30, "reverseRatio": 0.70 },
              "executionWeight": 10,
              "minOutputAndBenefitShare": 0.60,
              "monitoring": { "yellow": 0.60, "green": 0.80, "blue": 1.20 }
            }
            """;

        Assert.Equal(JurisdictionSettings.Default, SettingsJson.FromJson(documented).Settings);
        Assert.Equal(JurisdictionSettings.Default, SettingsJson.FromJson("{}").Settings);
    }

    [Fact]
    public void Json_InvalidBands_AreReportedInChinese()
    {
        var result = SettingsJson.FromJson("""{ "gradeBands": { "excellent": 70, "good": 80, "fair": 60 } }""");

        Assert.False(result.IsSuccess);
        Assert.Contains("等级分数线应满足 优 > 良 > 中 ≥ 0", result.Errors[0]);
    }

    [Fact]
    public void Json_Malformed_IsAnErrorValueNotAnException()
    {
        var result = SettingsJson.FromJson("{ \"gradeBands\": ");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("地区设置文件不是有效的JSON", result.Errors[0]);
    }

    [Fact]
    public void ValidateFields_NamesTheSettingBehindEachMessage_ParseLeavesValuesUnchecked()
    {
        var parsed = SettingsJson.Parse("""{ "executionWeight": -1, "minOutputAndBenefitShare": 1.5, "overAchievement": { "positiveRatio": 0.9 } }""");

        Assert.True(parsed.IsSuccess);
        Assert.Equal(
            [
                new SettingsProblem("executionWeight", "预算执行率分值不能为负数"),
                new SettingsProblem("overAchievement", "超额完成阈值应满足 正向 > 1、0 < 反向 < 1（如 1.3 与 0.7）"),
                new SettingsProblem("minOutputAndBenefitShare", "产出与效益指标最低占比应在 0 到 1 之间（如 0.6）"),
            ],
            parsed.Settings!.ValidateFields());
        Assert.Equal(3, SettingsJson.FromJson("""{ "executionWeight": -1, "minOutputAndBenefitShare": 1.5, "overAchievement": { "positiveRatio": 0.9 } }""").Errors.Count);
    }

    [Fact]
    public void Json_NullSection_IsAMessageNotACrash()
    {
        var result = SettingsJson.FromJson("""{ "gradeBands": null, "monitoring": null }""");

        Assert.Equal(["缺少等级分数线", "缺少监控预警阈值"], result.Errors);
    }

    [Fact]
    public void QualitativeBands_EightySixty()
    {
        var bands = QualitativeBands.Default;

        Assert.True(bands.Contains(QualitativeLevel.Achieved, 10m, 8m));
        Assert.False(bands.Contains(QualitativeLevel.PartlyAchieved, 10m, 8m));
        Assert.True(bands.Contains(QualitativeLevel.PartlyAchieved, 10m, 6m));
        Assert.True(QualitativeBands.EightyFifty.Contains(QualitativeLevel.PartlyAchieved, 10m, 5m));
        Assert.False(bands.Contains(QualitativeLevel.NotAchieved, 10m, 6m));
    }
}
