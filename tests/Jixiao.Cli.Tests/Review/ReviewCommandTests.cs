using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Jixiao.Cli.Review;

namespace Jixiao.Cli.Tests.Review;

public sealed class ReviewCommandTests
{
    const string Report = """
        2022年度某中心项目支出绩效自评报告
        一、基本情况
        2022年县财政预算批复收入预算总额658.53万元。
        （1）项目资金到位情况：2022年县财政安排项目经费954.25万元，当年全部到位。
        （2）项目资金使用情况：项目预算支出954.25万元，实际支出946.88万元，预算支出完成率99.23%。
        三、综合评价情况及评价结论
        经自评，评价得分为100分，评价结果为优。
        五、存在的问题及原因分析
        1.绩效专业管理人员配备较为薄弱。
        六、有关建议
        1.加强培训。
        """;

    static string WriteReport(string text = Report, string name = "report.txt")
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-review", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    static (int Code, string Out, string Err) Run(string path, bool json, string? settings = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ReviewCommand.Run(path, json, settings, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_IsOneObject_WithKindFactsAndFindings()
    {
        var (code, output, error) = Run(WriteReport(), json: true);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["kind", "facts", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("self-evaluation", root.GetProperty("kind").GetString());
        var fact = root.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("name").GetString() == "执行数");
        Assert.Equal(["name", "value", "unit", "line"], fact.EnumerateObject().Select(p => p.Name));
        Assert.Equal("946.88", fact.GetProperty("value").GetString());
        Assert.Equal("万元", fact.GetProperty("unit").GetString());
        Assert.Equal(5, fact.GetProperty("line").GetInt32());
        var warning = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "parts-total");
        Assert.Equal(["code", "severity", "message", "lines", "numbers"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal([3, 4], warning.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Equal(954.25m, warning.GetProperty("numbers").GetProperty("part").GetDecimal());
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "self-score-with-problems");
    }

    [Fact]
    public void Terminal_ShowsAChineseReview()
    {
        var (code, output, _) = Run(WriteReport(), json: false);
        Assert.Equal(0, code);
        Assert.Contains("报告类型：单位绩效自评报告", output);
        Assert.Contains("self-score-with-problems", output);
        Assert.Contains("提醒", output);
        Assert.Contains("已核对", output);
    }

    [Fact]
    public void MissingFile_ExitsNonZero_WithAChineseMessageOnStderr()
    {
        var (code, output, error) = Run(Path.Combine(Path.GetTempPath(), "no-such-report.docx"), json: true);
        Assert.Equal(ReviewCommand.Unreadable, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("找不到文件", error);
    }

    [Fact]
    public void NotADocx_ExitsNonZero()
    {
        var (code, _, error) = Run(WriteReport("plain text, not a zip", "fake.docx"), json: false);
        Assert.Equal(ReviewCommand.Unreadable, code);
        Assert.Contains("Word", error);
    }

    [Fact]
    public void ReadableTextThatIsNotAReport_StillExitsZero_WithAFinding()
    {
        var (code, output, _) = Run(WriteReport("hello world"), json: true);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("unknown", doc.RootElement.GetProperty("kind").GetString());
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "not-a-report");
    }

    [Fact]
    public void Settings_ChangeTheGradeBands()
    {
        var report = WriteReport(Report.Replace("评价得分为100分，评价结果为优", "评价得分为85分，评价结果为良", StringComparison.Ordinal));
        var settings = WriteReport("""{ "gradeBands": { "excellent": 80, "good": 70, "fair": 60 } }""", "settings.json");
        var (code, output, _) = Run(report, json: true, settings);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var grade = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "grade-band");
        Assert.Equal("error", grade.GetProperty("severity").GetString());
        Assert.Contains("应评为“优”", grade.GetProperty("message").GetString());
    }

    [Fact]
    public void UnreadableSettings_ExitNonZero()
    {
        var settings = WriteReport("{ not json", "bad.json");
        var (code, _, error) = Run(WriteReport(), json: true, settings);
        Assert.Equal(ReviewCommand.Unreadable, code);
        Assert.Contains("设置文件", error);
    }

    [Fact]
    public void Command_ParsesFileJsonAndSettings()
    {
        var root = new RootCommand { ReviewCommand.Create() };
        var parse = root.Parse(["review", "a.docx", "--json", "--settings", "s.json"]);
        Assert.Empty(parse.Errors);
        Assert.Equal("review", parse.CommandResult.Command.Name);
    }

    [Fact]
    public void Executable_PrintsExactlyOneJsonDocumentOnStdout()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "jixiao.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "review", WriteReport(), "--json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("self-evaluation", doc.RootElement.GetProperty("kind").GetString());
    }
}
