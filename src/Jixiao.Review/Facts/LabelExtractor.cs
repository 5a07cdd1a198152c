using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>
/// Label–value pairs of cover pages and feedback sheets ("评价分值" on one line, "73.64" on the
/// next, or "评价项目：…" on one line), and the grade a sentence states ("绩效评级属于“优”").
/// </summary>
public static partial class LabelExtractor
{
    static readonly string[] Labels =
    [
        "项目名称", "评价项目", "项目单位名称", "项目单位", "实施单位", "项目实施主体", "预算单位", "单位名称", "部门名称",
        "项目主管部门", "主管部门", "评价组织机构", "评价机构", "评价时间", "评价日期", "评价分值", "评价得分", "综合得分",
        "总得分", "评价结论", "评价等级", "绩效等级", "项目期限", "项目合作期限", "评价类型", "主评人",
    ];

    public static List<LabeledValue> Extract(ReportText text, ReviewBudget budget)
    {
        var values = new List<LabeledValue>();
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            budget.Step();
            var t = lines[i].Text;
            if (t.Length == 0 || t.Length > 80)
            {
                continue;
            }

            var label = Labels.FirstOrDefault(l => t.StartsWith(l, StringComparison.Ordinal));
            if (label is null)
            {
                continue;
            }

            var rest = t[label.Length..].TrimStart(':', '：', ' ');
            if (rest.Length > 0 && t.Length > label.Length && t[label.Length] is ':' or '：')
            {
                values.Add(new LabeledValue(label, rest, lines[i].Number));
                continue;
            }

            if (rest.Length == 0)
            {
                var next = NextNonBlank(lines, i + 1, 2);
                if (next is not null && next.Text.Length <= 60 && !Labels.Any(l => next.Text.StartsWith(l, StringComparison.Ordinal)))
                {
                    values.Add(new LabeledValue(label, next.Text, next.Number));
                }
            }
        }

        return values;
    }

    static ReportLine? NextNonBlank(IReadOnlyList<ReportLine> lines, int from, int maxSkip)
    {
        for (var j = from; j < lines.Count && j <= from + maxSkip; j++)
        {
            if (!lines[j].IsBlank)
            {
                return lines[j];
            }
        }

        return null;
    }

    /// <summary>Grades stated in sentences: "绩效评级属于“优”", "评价结果为优", "评价等级：良".</summary>
    public static IEnumerable<(string Grade, int Line)> StatedGrades(ReportLine line)
    {
        foreach (Match m in GradeSentence().Matches(line.Text))
        {
            yield return (m.Groups["g"].Value, line.Number);
        }
    }

    /// <summary>The years a line names ("2022年", "2023年度").</summary>
    public static IEnumerable<int> Years(string text)
    {
        foreach (Match m in Year().Matches(text))
        {
            yield return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A quoted project name: “工作经费”项目.</summary>
    public static string? QuotedProject(string text)
    {
        var m = QuotedProjectName().Match(text);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"(?:绩效评级|评价等级|评价结果|评价结论|绩效等级|综合评级|评定等级|自评结果|自评等级|评定结果|评价级别|等级)(?:属于|为|是|评定为|:|确定为)\s*[“""「]?(?<g>优秀|良好|优|良|中|差|合格|不合格)(?![良中差秀好、和及与(（\d一二三四五六七八九十个])")]
    private static partial Regex GradeSentence();

    [GeneratedRegex(@"(?<!\d)(20\d{2})\s*年")]
    private static partial Regex Year();

    [GeneratedRegex(@"[“""]([^”""]{2,40})[”""]项目")]
    private static partial Regex QuotedProjectName();
}
