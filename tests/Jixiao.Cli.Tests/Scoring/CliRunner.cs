using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Jixiao.Cli.Scoring;

namespace Jixiao.Cli.Tests.Scoring;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Stdout parsed as exactly one JSON document (fails the test otherwise).</summary>
    public JsonElement Json()
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(Stdout.Trim()), new JsonReaderOptions { AllowMultipleValues = false });
        return JsonElement.ParseValue(ref reader);
    }
}

/// <summary>Runs the real commands: in-process through System.CommandLine with captured writers, or the built jixiao.dll as a process.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var root = new RootCommand { ScoreCommand.Create(), new Command("bench") { ScoringBench.Create() } };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static CliResult RunProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "jixiao.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(true);
            throw new TimeoutException("jixiao did not finish");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A temporary folder owned by one test.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("jixiao-score-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
