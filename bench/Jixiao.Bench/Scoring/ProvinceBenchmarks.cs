using BenchmarkDotNet.Attributes;
using Jixiao.Cli.Scoring;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Bench.Scoring;

/// <summary>Parse, score, total and grade a synthetic province (the CLI's `bench scoring` measures 100 000 × 20).</summary>
[MemoryDiagnoser]
public class ProvinceBenchmarks
{
    private SyntheticProvince province = null!;
    private readonly JurisdictionSettings settings = JurisdictionSettings.Default;

    [Params(10_000)]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup() => province = new SyntheticProvince(Projects, 20);

    [Benchmark]
    public int ParseAndScore()
    {
        var excellent = 0;
        long index = 0;
        for (var p = 0; p < province.Projects; p++)
        {
            var total = 0m;
            for (var k = 0; k < province.IndicatorsPerProject; k++, index++)
            {
                ref readonly var indicator = ref province[index];
                var target = TargetParser.Parse(indicator.Target);
                var actual = TargetParser.Parse(indicator.Actual);
                if (target.IsSuccess && actual.IsSuccess)
                {
                    total += BulkScoring.Score(indicator.Category, target.Value, actual.Value, indicator.Points, indicator.EvaluatorScore, settings) ?? 0m;
                }
            }
            excellent += settings.GradeBands.GradeOf(total) == Grade.Excellent ? 1 : 0;
        }
        return excellent;
    }
}
