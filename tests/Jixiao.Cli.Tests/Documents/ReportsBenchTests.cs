using System.CommandLine;
using Jixiao.Cli.Documents;

namespace Jixiao.Cli.Tests.Documents;

public sealed class ReportsBenchTests
{
    [Fact]
    public void Run_WithCharts_WritesEveryReportAndMeasuresMemory()
    {
        var result = ReportsBench.Run(3, charts: true, pinToOneCore: false);
        Assert.Equal(3, result.Count);
        Assert.True(result.Charts);
        Assert.True(result.AverageBytes > 20_000, $"a report with a chart PNG should be over 20 KB, was {result.AverageBytes}");
        Assert.True(result.PeakWorkingSetMb > 0);
        Assert.False(result.PinnedToOneCore);
    }

    [Fact]
    public void Command_NonPositiveCount_ExitsWithAChineseMessage()
    {
        var root = new RootCommand { ReportsBench.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["reports", "--count", "0", "--json"]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.Equal("--count 应为正整数。", error.ToString().Trim());
    }
}
