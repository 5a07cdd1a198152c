using System.Globalization;
using Spectre.Console;

namespace Jixiao.Cli.Scoring;

/// <summary>The readable terminal view of a score report (Spectre tables).</summary>
internal static class ScoreTableView
{
    public static void Render(ScoreReport report, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (console.Profile.Width < 120)
        {
            console.Profile.Width = 160;
        }
        if (report.Indicators.Count > 0)
        {
            var indicators = new Table().Title("指标得分").AddColumns("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "说明");
            foreach (var i in report.Indicators)
            {
                indicators.AddRow(E(i.Level1), E(i.Level2), E(i.Name), N(i.Points), E(i.Target), E(i.Actual), i.Score is { } s ? S(s) : "[yellow]未评分[/]", E(i.Trace));
            }
            console.Write(indicators);
        }
        if (report.Levels.Count > 0)
        {
            var levels = new Table().Title("一级指标小计").AddColumns("一级指标", "分值", "得分", "得分率");
            foreach (var l in report.Levels)
            {
                levels.AddRow(E(l.Name), N(l.Points), l.Score is { } s ? S(s) : "未评分", l.Rate is { } r ? (r * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—");
            }
            console.Write(levels);
        }
        if (report.Total is { } total)
        {
            console.MarkupLine($"总分 [bold]{S(total)}[/]，评价等级 [bold]{E(report.Grade ?? "")}[/]" + (report.ExecutionScore is { } e ? $"（其中预算执行率得分 {S(e)}）" : ""));
        }
        foreach (var w in report.Warnings)
        {
            console.MarkupLine($"[yellow]提示[/] {E(w.Message)}");
        }
        foreach (var e in report.Errors)
        {
            var where = e.Row is { } row ? $"第{row}行 {e.Column}：" : "";
            console.MarkupLine($"[red]错误[/] {E(where + e.Message)}");
        }
    }

    private static string E(string text) => Markup.Escape(text);

    private static string S(decimal score) => score.ToString("F2", CultureInfo.InvariantCulture);

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
