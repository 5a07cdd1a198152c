using Jixiao.Cli.Tests.Scoring;

namespace Jixiao.Cli.Tests.Shell;

/// <summary>A wrong command line, answered once in Program.cs for every command; run as the real jixiao process.</summary>
public sealed class CommandLineErrorTests
{
    [Theory]
    [InlineData("score", "table.csv", "--json", "--budget")]
    [InlineData("review", "--json")]
    [InlineData("review", "report.txt", "--bogus", "--json")]
    [InlineData("import", "projects", "--json")]
    [InlineData("import", "projects", "list.xlsx", "--json", "--no-such-option")]
    [InlineData("db", "migrate", "--bogus", "--json")]
    [InlineData("--json", "scor", "table.xlsx")]
    public void WrongCommandLine_WithJson_PrintsOnlyOneErrorsDocument_AndExits2(params string[] args)
    {
        var result = CliRunner.RunProcess(args);

        Assert.Equal(2, result.ExitCode);
        var errors = result.Json().GetProperty("errors");
        Assert.NotEqual(0, errors.GetArrayLength());
        foreach (var error in errors.EnumerateArray())
        {
            Assert.StartsWith("命令行参数有误", error.GetProperty("message").GetString());
        }
        Assert.DoesNotContain("Usage", result.Stdout);
    }

    [Fact]
    public void OptionTakingJsonAsItsValue_StillAnswersWithOneJsonDocument()
    {
        var result = CliRunner.RunProcess("score", "table.csv", "--budget", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("“--json”不是数字", result.Json().ToString());
    }

    [Fact]
    public void MissingRequiredOption_WithJson_NamesTheOption()
    {
        var result = CliRunner.RunProcess("import", "projects", "list.xlsx", "--json");

        Assert.Equal(2, result.ExitCode);
        var message = Assert.Single(result.Json().GetProperty("errors").EnumerateArray()).GetProperty("message").GetString();
        Assert.Contains("--year", message);
    }

    [Theory]
    [InlineData("import", "projects", "list.xlsx")]
    [InlineData("db", "migrate", "--bogus")]
    [InlineData("score", "--budget")]
    [InlineData("review")]
    public void WrongCommandLine_WithoutJson_WritesErrorsAndUsageToStderr_NothingToStdout(params string[] args)
    {
        var result = CliRunner.RunProcess(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("命令行参数有误", result.Stderr);
        Assert.Contains("Usage", result.Stderr);
        Assert.Contains(args[0], result.Stderr);
    }

    [Fact]
    public void Help_StillPrintsUsageOnStdout_AndExits0()
    {
        var result = CliRunner.RunProcess("review", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("复核绩效评价报告", result.Stdout);
    }
}
