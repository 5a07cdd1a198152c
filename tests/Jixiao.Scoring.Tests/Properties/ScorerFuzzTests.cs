using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Monitoring;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Properties;

/// <summary>Extreme and odd values through every scoring entry point: results or messages, never exceptions.</summary>
public sealed class ScorerFuzzTests
{
    private static readonly string[] Values =
    [
        "0", "0.0000000000000000001", "9999999999999999999", "-9999999999999999999", "≥0.0000000000000000001", "≤9999999999999999999亿元",
        "=0", "≥100%", "0.5", "1.5", "90%-100%", "0-0", "健全", "达成年度指标", "部分达成", "未达成", "≤0起", "=0次", "9999999999999999999元", "0.0000000000000000001万元",
    ];

    private static readonly string[] Level2s = ["数量指标", "成本指标", "时效指标", "满意度指标", "质量指标", "社会效益指标", ""];

    [Fact]
    public void EveryCombination_ScoresOrExplains_NeverThrows()
    {
        var random = new Random(99);
        var settings = new[] { JurisdictionSettings.Default, JurisdictionSettings.Default with { ReverseRule = ReverseRule.Ratio, EqualRule = EqualRule.Exact } };
        decimal[] points = [0.01m, 1m, 10m, 9999999999999999999m];
        foreach (var target in Values)
        {
            foreach (var actual in Values)
            {
                foreach (var level2 in Level2s)
                {
                    var w = points[random.Next(points.Length)];
                    var input = new IndicatorInput
                    {
                        Level1 = "产出",
                        Level2 = level2,
                        Name = "指标",
                        Points = w,
                        Target = TargetParser.Parse(target).Value,
                        Actual = TargetParser.Parse(actual).Value,
                        EvaluatorScore = random.Next(3) == 0 ? w * random.Next(0, 120) / 100m : null,
                    };
                    foreach (var s in settings)
                    {
                        var result = IndicatorScorer.Score(input, s);
                        Assert.True(result.Score is null || (result.Score >= 0m && result.Score <= w), $"{target} / {actual}: {result.Trace}");
                        Assert.False(string.IsNullOrEmpty(result.Trace));
                        var bulk = BulkScoring.Score(LevelNames.Categorize(level2), input.Target!.Value, input.Actual!.Value, w, input.EvaluatorScore, s);
                        Assert.True(bulk is null || (bulk >= 0m && bulk <= w));
                        MonitoringLights.Indicator(level2, "指标", input.Target.Value, input.Actual, 1 + random.Next(12), s.Monitoring);
                    }
                }
                var a = TargetParser.Parse(target).Value.Value;
                var b = TargetParser.Parse(actual).Value.Value;
                IndicatorScorer.ScoreExecution(a, b, 10m);
                MonitoringLights.Execution(a, b, 1 + random.Next(12), new MonitoringThresholds());
            }
        }
    }
}
