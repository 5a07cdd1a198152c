using System.Text.RegularExpressions;
using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>
/// Third-level indicators with their targets, from indicator tables and from the sentence lists
/// reports use instead ("“车辆维护数（辆）”指标，预期指标值为 =18（辆）"), placed under the nearest
/// first- and second-level headings (（1）项目产出目标 / ①数量指标).
/// </summary>
public static partial class IndicatorExtractor
{
    public static IEnumerable<IndicatorFact> FromSentences(ReportText text, ReportOutline outline, ReviewBudget budget)
    {
        foreach (var line in text.Lines)
        {
            budget.Step();
            if (!line.Text.Contains("指标", StringComparison.Ordinal))
            {
                continue;
            }

            var m = TargetSentence().Match(line.Text);
            if (!m.Success)
            {
                continue;
            }

            var (name, unit) = SplitName(m.Groups["name"].Value);
            if (name.Length == 0)
            {
                continue;
            }

            var target = m.Groups["target"].Value.Trim().TrimEnd('。', ';', '；', ',', '，').Trim();
            var level2 = outline.Nearest(line.Number, HeadingLevel.Circled)?.Title ?? string.Empty;
            var level1 = outline.Nearest(line.Number, HeadingLevel.SubItem)?.Title ?? string.Empty;
            yield return new IndicatorFact(Level1Name(level1), level2.Trim(), name, unit, target, string.Empty,
                null, null, null, string.Empty, line.Number, 0);
        }
    }

    public static IEnumerable<IndicatorFact> FromTable(FlatTable table)
    {
        if (!table.Has(ColumnRole.Level3))
        {
            yield break;
        }

        foreach (var row in table.DataRows)
        {
            var nameCell = table.Cell(row, ColumnRole.Level3);
            if (nameCell.IsEmpty)
            {
                continue;
            }

            var (name, unit) = SplitName(nameCell.Text);
            var measure = table.Cell(row, ColumnRole.Measure).Text;
            yield return new IndicatorFact(
                Level1Name(table.Cell(row, ColumnRole.Level1).Text),
                table.Cell(row, ColumnRole.Level2).Text,
                name,
                unit.Length > 0 ? unit : measure,
                table.Cell(row, ColumnRole.Target).Text,
                table.Cell(row, ColumnRole.Actual).Text,
                table.Number(row, ColumnRole.Weight),
                table.Number(row, ColumnRole.Completion),
                table.Number(row, ColumnRole.Score),
                table.Cell(row, ColumnRole.Explanation).Text,
                row.FirstLine,
                table.HeaderLine);
        }
    }

    /// <summary>"项目产出目标" → "产出"; "产出指标" → "产出"; other names stay.</summary>
    public static string Level1Name(string title)
    {
        foreach (var level in new[] { "决策", "过程", "产出", "效益", "满意度", "投入", "效果" })
        {
            if (title.Contains(level, StringComparison.Ordinal))
            {
                return level;
            }
        }

        return title.Trim();
    }

    /// <summary>"保障职工人数（人）" → ("保障职工人数", "人"); quotes and the 指标 suffix go.</summary>
    public static (string Name, string Unit) SplitName(string raw)
    {
        var s = raw.Trim().Trim('“', '”', '"', '\'', ' ');
        var m = NameWithUnit().Match(s);
        return m.Success ? (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim()) : (s, string.Empty);
    }

    /// <summary>Indicator names compare without spaces, brackets, quotes or a trailing 指标.</summary>
    public static string Key(string name) => KeyNoise().Replace(name, string.Empty).Replace("指标", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^[“""]?(?<name>[^“”""]{1,40}?)[”""]?\s*指标\s*[,，]?\s*(?:预期|年度|计划)?(?:指标值|目标值)(?:为|是|:)\s*(?<target>.+)$")]
    private static partial Regex TargetSentence();

    [GeneratedRegex(@"^(.+?)\(([^()]{1,8})\)$")]
    private static partial Regex NameWithUnit();

    [GeneratedRegex(@"[\s“”""'()（）]")]
    private static partial Regex KeyNoise();
}
