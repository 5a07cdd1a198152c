using Jixiao.Review;
using Jixiao.Review.Facts;
using Jixiao.Scoring.Settings;
using Spectre.Console;

namespace Jixiao.Cli.Review;

/// <summary>The review as a reader sees it in a terminal: summary, findings by severity with their lines, then key facts.</summary>
static class ReviewView
{
    /// <summary>The message, and for what needs attention the first evidence line as the report says it.</summary>
    static Markup Evidence(ReviewResult review, Finding finding)
    {
        var message = Markup.Escape(finding.Message);
        if (finding.Severity == Severity.Info || finding.Lines.Count == 0 || finding.Lines[0] > review.Text.Lines.Count)
        {
            return new Markup(message);
        }

        var line = review.Text[finding.Lines[0]].Text;
        var quoted = line.Length > 60 ? line[..60] + "…" : line;
        return new Markup($"{message}\n[grey]第{finding.Lines[0]}行：{Markup.Escape(quoted)}[/]");
    }

    static string Colour(Severity severity) =>
        severity == Severity.Error ? "red" : severity == Severity.Warning ? "yellow" : "green";

    public static void Render(ReviewResult review, string fileName, JurisdictionSettings settings, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (output != Console.Out)
        {
            console.Profile.Width = 120;
        }

        console.Write(new Rule($"[bold]报告复核：{Markup.Escape(fileName)}[/]").LeftJustified());
        console.MarkupLine($"报告类型：[bold]{ReportKinds.Chinese(review.Kind)}[/]（{review.KindSlug}）  等级分数线：{Markup.Escape(settings.GradeBands.Describe())}");
        console.MarkupLine($"发现：[red]错误 {review.Count(Severity.Error)}[/]，[yellow]提醒 {review.Count(Severity.Warning)}[/]，[green]已核对 {review.Count(Severity.Info)}[/]");
        console.WriteLine();

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("级别").NoWrap());
        table.AddColumn(new TableColumn("检查").NoWrap());
        table.AddColumn("说明");
        table.AddColumn(new TableColumn("行").Width(9));
        foreach (var finding in review.Findings)
        {
            table.AddRow(
                new Markup($"[{Colour(finding.Severity)}]{ReviewJson.SeverityChinese(finding.Severity)}[/]"),
                new Text(finding.Code),
                Evidence(review, finding),
                new Text(string.Join(",", finding.Lines.Take(3)) + (finding.Lines.Count > 3 ? "…" : string.Empty)));
        }

        if (review.Findings.Count > 0)
        {
            console.Write(table);
        }

        var keyFacts = review.Facts.Where(f => !f.Name.StartsWith("指标：", StringComparison.Ordinal) && f.Name is not ("存在的问题" or "建议")).Take(40).ToList();
        if (keyFacts.Count > 0)
        {
            console.WriteLine();
            var facts = new Table().Border(TableBorder.Simple).Title("主要事实（完整列表见 --json）");
            facts.AddColumn("事实");
            facts.AddColumn("值");
            facts.AddColumn("行");
            foreach (var fact in keyFacts)
            {
                facts.AddRow(new Text(fact.Name), new Text(fact.Value + (fact.Unit ?? string.Empty)), new Text(fact.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            console.Write(facts);
        }
    }
}
