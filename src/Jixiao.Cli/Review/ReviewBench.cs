using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Jixiao.Review;
using Jixiao.Review.Text;

namespace Jixiao.Cli.Review;

/// <summary>
/// <c>jixiao bench review [FILE…] [--repeat N] [--json]</c>: time per review of the given reports, or of
/// generated scoring-table reports of growing size. A benchmark, not a test.
/// </summary>
public static class ReviewBench
{
    public sealed record Figure(string Document, int Lines, int Findings, double MillisecondsPerReview, bool Complete);

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "要计时的报告（缺省时使用生成的报告）", Arity = ArgumentArity.ZeroOrMore };
        var repeat = new Option<int>("--repeat") { Description = "每份报告复核次数", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "只在标准输出打印一个JSON文档" };
        var command = new Command("review", "报告复核基准：每份报告的复核耗时") { files, repeat, json };
        command.SetAction(parse =>
        {
            var n = Math.Max(1, parse.GetValue(repeat));
            var documents = parse.GetValue(files) is { Length: > 0 } given
                ? given.Select(f => (f.Name, Text: ReadOrEmpty(f.FullName))).ToList()
                : [.. new[] { 20, 400, 4000 }.Select(rows => ($"generated-{rows}-rows", Generated(rows)))];
            var figures = documents.Select(d => Measure(d.Item1, d.Item2, n)).ToList();
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(figures));
            }
            else
            {
                foreach (var f in figures)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{f.Document}: {f.Lines} 行，{f.Findings} 条发现，每次复核 {f.MillisecondsPerReview:F2} ms{(f.Complete ? string.Empty : "（未在步数上限内完成）")}"));
                }
            }

            return 0;
        });
        return command;
    }

    static ReportText ReadOrEmpty(string path) => Jixiao.Review.Reading.ReportReader.Read(path).Text ?? ReportText.FromString(string.Empty);

    public static Figure Measure(string name, ReportText text, int repeat)
    {
        var review = ReportReviewer.Review(text);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            review = ReportReviewer.Review(text);
        }

        stopwatch.Stop();
        return new Figure(name, text.Lines.Count, review.Findings.Count, stopwatch.Elapsed.TotalMilliseconds / repeat,
            !review.Findings.Any(f => f.Code == FindingCodes.ReviewIncomplete));
    }

    /// <summary>A consistent department-style report whose scoring table has the given number of rows.</summary>
    public static ReportText Generated(int rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("某局2023年度部门整体支出绩效自评报告").AppendLine("一、部门概况");
        sb.AppendLine("2023年度部门收入预算总额1000.00万元，其中：一般公共预算拨款900.00万元，上年结转100.00万元。");
        sb.AppendLine("二、评价情况").AppendLine("三级指标").AppendLine("权重").AppendLine("得分").AppendLine();
        var weight = 100m / rows;
        for (var i = 0; i < rows; i++)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"指标{i + 1}").AppendLine(weight.ToString("0.####", CultureInfo.InvariantCulture))
                .AppendLine(weight.ToString("0.####", CultureInfo.InvariantCulture)).AppendLine();
        }

        sb.AppendLine("三、存在的问题").AppendLine("1.部分指标未量化。");
        return ReportText.FromString(sb.ToString());
    }
}
