using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Jixiao.Documents.Demo;
using Jixiao.Documents.ProjectEvaluation;

namespace Jixiao.Cli.Documents;

/// <summary>The figures of one benchmark run.</summary>
internal sealed record ReportsBenchResult(
    int Count,
    bool Charts,
    double Seconds,
    double ReportsPerSecond,
    long AverageBytes,
    double PeakWorkingSetMb,
    double AllocatedMbPerReport,
    bool PinnedToOneCore);

/// <summary>
/// `jixiao bench reports`: writes project evaluation reports (.docx) from synthetic data on one
/// thread and reports reports per second and peak memory. Goals: ≥100/s without charts, ≥20/s with.
/// </summary>
internal static class ReportsBench
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "生成的报告份数", DefaultValueFactory = _ => 1000 };
        var charts = new Option<bool>("--charts") { Description = "在报告中绘制图表（一级指标得分率）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出结果" };
        var command = new Command("reports", "项目支出绩效评价报告（Word）生成速度与内存") { count, charts, json };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (n <= 0)
            {
                error.WriteLine("--count 应为正整数。");
                return 2;
            }

            var result = Run(n, parse.GetValue(charts), pinToOneCore: true);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
            }
            else
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"生成 {result.Count} 份报告（{(result.Charts ? "含图表" : "不含图表")}）：{result.Seconds:0.00} 秒，{result.ReportsPerSecond:0.0} 份/秒，平均 {result.AverageBytes / 1024.0:0.0} KB/份，峰值内存 {result.PeakWorkingSetMb:0.0} MB，每份分配 {result.AllocatedMbPerReport:0.00} MB{(result.PinnedToOneCore ? "，单核" : string.Empty)}。"));
            }

            return 0;
        });
        return command;
    }

    /// <remarks>Pinning changes the whole process's affinity, so tests run without it.</remarks>
    internal static ReportsBenchResult Run(int count, bool charts, bool pinToOneCore)
    {
        var pinned = pinToOneCore && PinToOneCore();
        var template = ProjectEvaluationTemplates.Default with { Charts = charts };
        var reports = Enumerable.Range(0, count).Select(SyntheticReports.Project).ToList();

        // Warm-up: JIT, fonts and the chart renderer, outside the measurement.
        ProjectEvaluationWriter.Write(reports[0], template).ValueOrThrow();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        foreach (var report in reports)
        {
            bytes += ProjectEvaluationWriter.Write(report, template).ValueOrThrow().Length;
        }

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ReportsBenchResult(
            count,
            charts,
            Math.Round(watch.Elapsed.TotalSeconds, 3),
            Math.Round(count / watch.Elapsed.TotalSeconds, 1),
            bytes / count,
            Math.Round(process.PeakWorkingSet64 / 1048576.0, 1),
            Math.Round(allocated / 1048576.0 / count, 3),
            pinned);
    }

    // "On one core": keep the run (GC included) on a single CPU where the OS allows it.
    private static bool PinToOneCore()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            using var process = Process.GetCurrentProcess();
            process.ProcessorAffinity = 1;
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
