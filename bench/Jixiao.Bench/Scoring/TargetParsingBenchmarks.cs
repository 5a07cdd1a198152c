using BenchmarkDotNet.Attributes;
using Jixiao.Cli.Scoring;
using Jixiao.Scoring.Targets;

namespace Jixiao.Bench.Scoring;

/// <summary>Parsing 年度指标值 / 实际完成值 as units type them. (BenchmarkDotNet needs unsealed public classes.)</summary>
[MemoryDiagnoser]
public class TargetParsingBenchmarks
{
    private const int Batch = 1024;
    private readonly string[] texts = new string[Batch];

    [GlobalSetup]
    public void Setup()
    {
        var province = new SyntheticProvince(Batch, 1);
        for (var i = 0; i < Batch; i += 2)
        {
            texts[i] = province[i].Target;
            texts[i + 1] = province[i].Actual;
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ParseMixed()
    {
        var ok = 0;
        foreach (var text in texts)
        {
            ok += TargetParser.Parse(text).IsSuccess ? 1 : 0;
        }
        return ok;
    }

    [Benchmark]
    public TargetParseResult ParseFullWidth() => TargetParser.Parse("＞＝１，０００人次");

    [Benchmark]
    public TargetParseResult ParseCost() => TargetParser.Parse("=68.95（万元）");

    [Benchmark]
    public TargetParseResult ParseQualitative() => TargetParser.Parse("达成年度指标");
}
