namespace Jixiao.Cli.Tests.Scoring;

public sealed class ScoringBenchTests
{
    [Fact]
    public void BenchScoring_SmallProvince_PrintsOneJsonDocumentWithFigures()
    {
        var result = CliRunner.Run("bench", "scoring", "--projects", "200", "--indicators", "10", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(200, json.GetProperty("projects").GetInt32());
        Assert.Equal(10, json.GetProperty("indicators").GetInt32());
        Assert.Equal(4000, json.GetProperty("parses").GetInt64());
        Assert.Equal(200, json.GetProperty("grades").EnumerateObject().Sum(g => g.Value.GetInt32()));
        Assert.True(json.GetProperty("peakWorkingSetBytes").GetInt64() > 0);
        Assert.Contains("生成模拟省份", result.Stderr);
    }
}
