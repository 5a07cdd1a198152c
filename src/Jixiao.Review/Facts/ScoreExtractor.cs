using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>Reads the scores and weights a report states in its sentences ("得5分", "权重分为20分，实际得分20分").</summary>
public static partial class ScoreExtractor
{
    static readonly string[] LevelNames = ["决策", "过程", "产出", "效益", "满意度", "投入", "效果", "部门管理", "履职效果", "能力建设", "管理"];

    public static IEnumerable<ScoreFact> Scores(ReportLine line)
    {
        if (!line.Text.Contains('得', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match m in ScoreStatement().Matches(line.Text))
        {
            if (!StatedNumber.TryParse(m.Groups["n"].Value, out var n))
            {
                continue;
            }

            var label = m.Groups["label"].Value.Trim();
            var wording = label + m.Groups["verb"].Value;
            yield return new ScoreFact(n, Classify(wording, line.Text), label, line.Number, m.Index);
        }
    }

    public static IEnumerable<WeightFact> Weights(ReportLine line)
    {
        foreach (Match m in WeightStatement().Matches(line.Text))
        {
            if (StatedNumber.TryParse(m.Groups["n"].Value, out var n))
            {
                yield return new WeightFact(n, m.Groups["label"].Value.Trim(), line.Number, m.Index);
            }
        }
    }

    static ScoreKind Classify(string wording, string line)
    {
        // Last year's score is history, not this report's total or subtotal.
        if (wording.Contains("上年", StringComparison.Ordinal) || wording.Contains("去年", StringComparison.Ordinal)
            || wording.Contains("往年", StringComparison.Ordinal) || wording.Contains("上一年", StringComparison.Ordinal))
        {
            return ScoreKind.Item;
        }

        if (wording.Contains("合计", StringComparison.Ordinal) || wording.Contains("小计", StringComparison.Ordinal)
            || wording.Contains("共计", StringComparison.Ordinal) || wording.EndsWith("共得", StringComparison.Ordinal))
        {
            return ScoreKind.Subtotal;
        }

        if (wording.Contains('总', StringComparison.Ordinal) || wording.Contains("评价得分", StringComparison.Ordinal)
            || wording.Contains("综合得分", StringComparison.Ordinal) || wording.Contains("最终得分", StringComparison.Ordinal)
            || wording.Contains("自评得分", StringComparison.Ordinal))
        {
            return ScoreKind.Total;
        }

        if (wording.Contains("实际得分", StringComparison.Ordinal)
            && (line.Contains("权重", StringComparison.Ordinal) || line.Contains("分值", StringComparison.Ordinal)))
        {
            return ScoreKind.Section;
        }

        if (LevelNames.Any(l => wording.StartsWith(l, StringComparison.Ordinal) || wording.StartsWith("项目" + l, StringComparison.Ordinal))
            && (wording.Contains('类', StringComparison.Ordinal) || wording.Contains("指标得分", StringComparison.Ordinal)))
        {
            return ScoreKind.Level;
        }

        return ScoreKind.Item;
    }

    /// <summary>The first-level name a label starts with ("决策类指标" → "决策"), or null.</summary>
    public static string? LevelOf(string label)
    {
        var trimmed = label.StartsWith("其中", StringComparison.Ordinal) ? label[2..].TrimStart(',', '，', ':', '：') : label;
        trimmed = trimmed.StartsWith("项目", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
        return LevelNames.FirstOrDefault(l => trimmed.StartsWith(l, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<label>[^,，。;；:：、]{0,20}?)(?<verb>得分|得)(?:为|是|:)?\s*(?<n>\d+(?:\.\d+)?)\s*分(?![率值数])")]
    private static partial Regex ScoreStatement();

    [GeneratedRegex(@"(?<label>[^,，。;；:：、]{0,20}?)(?:权重分|权重|分值|满分)(?:为|是|:)?\s*(?<n>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex WeightStatement();
}
