using System.Text.RegularExpressions;
using Jixiao.Review.Facts;
using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Checks;

/// <summary>
/// count-mismatch: "由22个三级指标构成" against the indicators the section lists, and "共11个项目"
/// against the rows of the project tables. Only items clearly of the counted kind are counted: the
/// numbered items of the section unless they name second-level categories (数量/质量…), else the
/// scored items.
/// </summary>
public sealed partial class CountCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        foreach (var count in report.Counts)
        {
            context.Budget.Step(16 + report.Scores.Count + report.Outline.Headings.Count + report.Counts.Count);
            var finding = count.Noun == "项目" ? Projects(report, count) : Indicators(report, count);
            if (finding is not null)
            {
                yield return finding;
            }
        }

        context.Budget.Step(report.Text.Lines.Count);
        foreach (var finding in GradeCounts(report))
        {
            yield return finding;
        }
    }

    /// <summary>"评价结果为：优2个，良2个，中1个" against the grade column of the score table.</summary>
    static IEnumerable<Finding> GradeCounts(ReportAnalysis report)
    {
        var table = report.Tables.FirstOrDefault(t => t.Has(ColumnRole.Grade) && t.Has(ColumnRole.Project));
        if (report.Kind != ReportKind.BatchSummary || table is null)
        {
            yield break;
        }

        foreach (var line in report.Text.Lines.Where(l => l.Number < table.HeaderLine))
        {
            var matches = GradeCount().Matches(line.Text);
            if (matches.Count < 2)
            {
                continue;
            }

            var listed = table.DataRows.GroupBy(r => Scoring.Settings.GradeText.FromChinese(table.Cell(r, ColumnRole.Grade).Text))
                .Where(g => g.Key is not null).ToDictionary(g => g.Key!.Value, g => g.Count());
            foreach (Match m in matches)
            {
                if (Scoring.Settings.GradeText.FromChinese(m.Groups["g"].Value) is not { } grade || !ChineseNumerals.TryParse(m.Groups["n"].Value, out var stated))
                {
                    continue;
                }

                var count = listed.GetValueOrDefault(grade);
                var lines = new[] { line.Number, table.HeaderLine };
                yield return count == stated
                    ? Finding.Of(FindingCodes.CountMismatch, Severity.Info, $"等级为“{m.Groups["g"].Value}”的项目：报告称 {stated} 个，评分表中也是 {count} 个（{Num.Lines(lines)}）。", lines, ("stated", stated), ("listed", count))
                    : Finding.Of(FindingCodes.CountMismatch, Severity.Warning, $"等级为“{m.Groups["g"].Value}”的项目：报告称 {stated} 个，评分表中却有 {count} 个（{Num.Lines(lines)}）。", lines, ("stated", stated), ("listed", count));
            }

            yield break;
        }
    }

    static Finding? Indicators(ReportAnalysis report, CountFact count)
    {
        if (count.Noun is not ("三级指标" or "指标" or "具体指标"))
        {
            return null;
        }

        var heading = report.Outline.Enclosing(count.Line, HeadingLevel.Section);
        if (heading is null || heading.Line == count.Line && heading.Level < HeadingLevel.Section)
        {
            return null;
        }

        var (_, end) = report.Outline.Span(heading);
        var items = report.Outline.Within(heading, HeadingLevel.SubItem).Where(h => h.Line > count.Line).ToList();
        var named = items.Where(i => !Category().IsMatch(i.Title)).ToList();
        List<int> evidence;
        int listed;
        string how;
        if (items.Count > 0 && named.Count == items.Count)
        {
            listed = named.Count;
            evidence = named.Select(i => i.Line).ToList();
            how = "逐项列出";
        }
        else
        {
            var scored = report.Scores.Where(s => s.Kind == ScoreKind.Item && s.Line > count.Line && s.Line <= end).ToList();
            if (scored.Count < 2)
            {
                return null;
            }

            listed = scored.Count;
            evidence = scored.Select(s => s.Line).ToList();
            how = "逐项评分";
        }

        var lines = evidence.Prepend(count.Line).ToList();
        var name = IndicatorExtractor.Level1Name(heading.Title);
        (string, decimal)[] numbers = [("stated", count.Count), ("listed", listed)];
        return listed == count.Count
            ? Finding.Of(FindingCodes.CountMismatch, Severity.Info, $"{name}部分称由 {count.Count} 个三级指标构成，{how}的也是 {listed} 个（{Num.Lines([count.Line])}）。", lines, numbers)
            : Finding.Of(FindingCodes.CountMismatch, Severity.Warning,
                $"{name}部分称由 {count.Count} 个三级指标构成，但其后{how}的{(listed < count.Count ? "只有" : "却有")} {listed} 个（{Num.Lines([count.Line])}；所列见{Num.Lines(evidence)}）。", lines, numbers);
    }

    static Finding? Projects(ReportAnalysis report, CountFact count)
    {
        var tables = report.Tables.Where(t => t.Has(ColumnRole.Project)).ToList();
        if (tables.Count == 0 || report.Kind != ReportKind.BatchSummary)
        {
            return null;
        }

        // The first statement of the count is the one to compare; later ones are often subsets ("其中3个项目").
        if (report.Counts.First(c => c.Noun == "项目") != count)
        {
            return null;
        }

        var rows = tables.Select(t => (Table: t, Rows: t.DataRows.Count(r => !t.Cell(r, ColumnRole.Project).IsEmpty))).ToList();
        var mismatched = rows.Where(r => r.Rows != count.Count).ToList();
        var lines = rows.Select(r => r.Table.HeaderLine).Prepend(count.Line).ToList();
        if (mismatched.Count == 0)
        {
            return Finding.Of(FindingCodes.CountMismatch, Severity.Info,
                $"报告称 {count.Count} 个项目，附表列出的项目也是 {count.Count} 个（{Num.Lines(lines)}）。", lines, ("stated", count.Count), ("listed", count.Count));
        }

        var first = mismatched[0];
        return Finding.Of(FindingCodes.CountMismatch, Severity.Warning,
            $"报告称 {count.Count} 个项目，但第{first.Table.HeaderLine}行起的附表列出 {first.Rows} 个项目（{Num.Lines(lines)}）。",
            lines, ("stated", count.Count), ("listed", first.Rows));
    }

    [GeneratedRegex(@"(?<g>优秀|良好|中等|优|良|中|差|较差)(?:等级|等次|等)?(?:的)?(?:项目)?(?<n>\d{1,3}|[一二三四五六七八九十两零]{1,3})个")]
    private static partial Regex GradeCount();

    [GeneratedRegex(@"^(对于)?[“""]?(产出|项目)?(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度|服务对象满意度|实施效益|项目效益|效益)(指标)?[”""]?")]
    private static partial Regex Category();
}
