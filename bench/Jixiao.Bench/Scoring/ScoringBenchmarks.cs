using BenchmarkDotNet.Attributes;
using Jixiao.Cli.Scoring;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Bench.Scoring;

/// <summary>Scoring pre-parsed indicators: the bulk path (no trace) and the full path with a Chinese trace.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Batch = 1024;
    private readonly (SyntheticIndicator Source, TargetValue Target, TargetValue Actual)[] items = new (SyntheticIndicator, TargetValue, TargetValue)[Batch];
    private readonly IndicatorInput[] inputs = new IndicatorInput[Batch];
    private readonly JurisdictionSettings settings = JurisdictionSettings.Default;

    [GlobalSetup]
    public void Setup()
    {
        var province = new SyntheticProvince(Batch, 1);
        for (var i = 0; i < Batch; i++)
        {
            var source = province[i];
            items[i] = (source, TargetParser.Parse(source.Target).Value, TargetParser.Parse(source.Actual).Value);
            inputs[i] = new IndicatorInput
            {
                Level1 = "产出",
                Level2 = source.Category.ToString(),
                Name = "指标",
                Points = source.Points,
                Target = items[i].Item2,
                Actual = items[i].Item3,
                EvaluatorScore = source.EvaluatorScore,
            };
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public decimal BulkScore()
    {
        var sum = 0m;
        foreach (ref readonly var item in items.AsSpan())
        {
            sum += BulkScoring.Score(item.Source.Category, item.Target, item.Actual, item.Source.Points, item.Source.EvaluatorScore, settings) ?? 0m;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public decimal ScoreWithTrace()
    {
        var sum = 0m;
        foreach (var input in inputs)
        {
            sum += IndicatorScorer.Score(input, settings).Score ?? 0m;
        }
        return sum;
    }
}
