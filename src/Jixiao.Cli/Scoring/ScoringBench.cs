using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Cli.Scoring;

/// <summary>
/// <c>jixiao bench scoring [--projects N --indicators M]</c>: parse throughput, scoring throughput and the end-to-end
/// time and peak memory of parsing and scoring a synthetic province on one thread. A benchmark, not a test.
/// </summary>
public static class ScoringBench
{
    /// <summary>
    /// Rates per wall-clock second and per CPU second of this process: on a shared machine the wall clock also
    /// counts time the scheduler gave to others, the CPU clock does not.
    /// </summary>
    public sealed record Figures(
        int Projects, int Indicators, long Parses, double ParsesPerSecond, double ParsesPerCpuSecond, long Scores, double ScoresPerSecond, double ScoresPerCpuSecond,
        double EndToEndSeconds, double EndToEndCpuSeconds, double EndToEndIndicatorsPerSecond, long PeakWorkingSetBytes, decimal AverageTotal, IReadOnlyDictionary<string, int> Grades);

    public static Command Create()
    {
        var projects = new Option<int>("--projects") { Description = "项目数", DefaultValueFactory = _ => 100_000 };
        var indicators = new Option<int>("--indicators") { Description = "每个项目的三级指标数", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "只在标准输出打印一个JSON文档" };
        var command = new Command("scoring", "评分核心基准：指标值解析、评分吞吐量、全省端到端耗时与内存峰值") { projects, indicators, json };
        command.SetAction(parseResult =>
        {
            var p = parseResult.GetValue(projects);
            var m = parseResult.GetValue(indicators);
            if (p <= 0 || m <= 0)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("--projects 与 --indicators 应为正整数");
                return 2;
            }
            parseResult.InvocationConfiguration.Error.WriteLine($"生成模拟省份：{p} 个项目 × {m} 个指标 …");
            var figures = Run(p, m);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(figures, ScoreCommand.JsonOptions));
            }
            else
            {
                Print(figures, stdout);
            }
            return 0;
        });
        return command;
    }

    public static Figures Run(int projects, int indicators)
    {
        var province = new SyntheticProvince(projects, indicators);
        var settings = JurisdictionSettings.Default;
        var cpu = Cpu();
        var (parses, parseSeconds) = MeasureParsing(province);
        var parseCpu = Cpu() - cpu;
        cpu = Cpu();
        var (scores, scoreSeconds) = MeasureScoring(province, settings);
        var scoreCpu = Cpu() - cpu;
        GC.Collect();
        cpu = Cpu();
        var stopwatch = Stopwatch.StartNew();
        var (average, grades) = EndToEnd(province, settings);
        stopwatch.Stop();
        var endToEndCpu = Cpu() - cpu;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new Figures(projects, indicators, parses, parses / parseSeconds, parses / parseCpu, scores, scores / scoreSeconds, scores / scoreCpu,
            stopwatch.Elapsed.TotalSeconds, endToEndCpu, province.Count / stopwatch.Elapsed.TotalSeconds, process.PeakWorkingSet64, average, grades);
    }

    private static double Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return Math.Max(process.TotalProcessorTime.TotalSeconds, 1e-9);
    }

    private static (long Count, double Seconds) MeasureParsing(SyntheticProvince province)
    {
        var count = Math.Min(province.Count, 1_000_000L) * 2;
        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        for (long i = 0; i < count / 2; i++)
        {
            ref readonly var indicator = ref province[i];
            failures += TargetParser.Parse(indicator.Target).IsSuccess ? 0 : 1;
            failures += TargetParser.Parse(indicator.Actual).IsSuccess ? 0 : 1;
        }
        stopwatch.Stop();
        return failures == 0 ? (count, stopwatch.Elapsed.TotalSeconds) : throw new InvalidOperationException($"synthetic data did not parse ({failures})");
    }

    private static (long Count, double Seconds) MeasureScoring(SyntheticProvince province, JurisdictionSettings settings)
    {
        const int Distinct = 4096;
        var parsed = new (SyntheticIndicator Source, TargetValue Target, TargetValue Actual)[Distinct];
        for (var i = 0; i < Distinct; i++)
        {
            var source = province[i];
            parsed[i] = (source, TargetParser.Parse(source.Target).Value, TargetParser.Parse(source.Actual).Value);
        }
        const long Count = 10_000_000;
        var sum = 0m;
        var stopwatch = Stopwatch.StartNew();
        for (long i = 0; i < Count; i++)
        {
            ref readonly var item = ref parsed[i & (Distinct - 1)];
            sum += BulkScoring.Score(item.Source.Category, item.Target, item.Actual, item.Source.Points, item.Source.EvaluatorScore, settings) ?? 0m;
        }
        stopwatch.Stop();
        return sum >= 0m ? (Count, stopwatch.Elapsed.TotalSeconds) : (0, 1);
    }

    // Parse both cells, score, sum per project (rounded per indicator), grade: what importing a province's tables costs.
    private static (decimal Average, Dictionary<string, int> Grades) EndToEnd(SyntheticProvince province, JurisdictionSettings settings)
    {
        var grades = new int[4];
        var grandTotal = 0m;
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
            grades[(int)settings.GradeBands.GradeOf(total)]++;
            grandTotal += total;
        }
        var byGrade = Enum.GetValues<Grade>().ToDictionary(g => g.ToChinese(), g => grades[(int)g]);
        return (Math.Round(grandTotal / province.Projects, 2, MidpointRounding.AwayFromZero), byGrade);
    }

    private static void Print(Figures f, TextWriter writer)
    {
        string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
        writer.WriteLine($"模拟省份：{f.Projects} 个项目 × {f.Indicators} 个指标（单线程）");
        writer.WriteLine($"指标值解析：{f.Parses} 次，{N(f.ParsesPerSecond / 1e6, "0.00")} 百万次/秒（按CPU时间 {N(f.ParsesPerCpuSecond / 1e6, "0.00")}；目标 ≥ 1）");
        writer.WriteLine($"指标评分：{f.Scores} 次，{N(f.ScoresPerSecond / 1e6, "0.00")} 百万次/秒（按CPU时间 {N(f.ScoresPerCpuSecond / 1e6, "0.00")}；目标 ≥ 5）");
        writer.WriteLine($"端到端（解析 + 评分 + 汇总 + 定级）：{N(f.EndToEndSeconds, "0.00")} 秒（CPU {N(f.EndToEndCpuSeconds, "0.00")} 秒），{N(f.EndToEndIndicatorsPerSecond / 1e6, "0.00")} 百万指标/秒（目标 100000×20 < 3 秒）");
        writer.WriteLine($"进程内存峰值：{N(f.PeakWorkingSetBytes / 1024d / 1024d, "0")} MB（目标 < 1024 MB）");
        writer.WriteLine($"平均总分 {f.AverageTotal.ToString("0.00", CultureInfo.InvariantCulture)}；等级分布：{string.Join("，", f.Grades.Select(g => $"{g.Key} {g.Value}"))}");
    }
}
