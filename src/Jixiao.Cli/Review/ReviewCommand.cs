using System.CommandLine;
using System.Text;
using Jixiao.Review;
using Jixiao.Scoring.Settings;

namespace Jixiao.Cli.Review;

/// <summary>
/// <c>jixiao review FILE [--json] [--settings FILE.json]</c>: reads a report (.docx/.txt/.pdf) and prints
/// its kind, facts and findings. Exit 0 whenever the review ran; 2 when the file (or the settings)
/// could not be read. Never opens a database.
/// </summary>
public static class ReviewCommand
{
    public const int Unreadable = 2;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "要复核的报告（.docx、.txt 或 .pdf）" };
        var json = new Option<bool>("--json") { Description = "只在标准输出打印一个 JSON 对象" };
        var settings = new Option<FileInfo?>("--settings") { Description = "辖区设置 JSON（等级分数线等）" };
        var command = new Command("review", "复核绩效评价报告：提取事实，核对数字与表述") { file, json, settings };
        command.SetAction(parse =>
        {
            UseUtf8Console();
            return Run(parse.GetValue(file)!.FullName, parse.GetValue(json), parse.GetValue(settings)?.FullName, Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(string path, bool json, string? settingsPath, TextWriter stdout, TextWriter stderr)
    {
        var settings = JurisdictionSettings.Default;
        if (settingsPath is not null)
        {
            var loaded = SettingsJson.FromFile(settingsPath);
            if (!loaded.IsSuccess)
            {
                stderr.WriteLine($"无法读取设置文件 {settingsPath}：{string.Join("；", loaded.Errors)}");
                return Unreadable;
            }

            settings = loaded.Settings!;
        }

        var result = ReportReviewer.ReviewFile(path, settings);
        if (result.Review is null)
        {
            stderr.WriteLine(result.Error);
            return Unreadable;
        }

        if (json)
        {
            stdout.WriteLine(ReviewJson.Serialize(result.Review));
        }
        else
        {
            ReviewView.Render(result.Review, Path.GetFileName(path), settings, stdout);
        }

        return 0;
    }

    /// <summary>Chinese must reach the terminal as UTF-8 whatever the locale says.</summary>
    public static void UseUtf8Console() => Console.OutputEncoding = Encoding.UTF8;
}
