using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>Stated counts ("由6个三级指标构成", "共11个项目") and satisfaction figures.</summary>
public static partial class SentenceFacts
{
    public static IEnumerable<CountFact> Counts(ReportLine line)
    {
        if (!line.Text.Contains('个', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match m in IndicatorCount().Matches(line.Text))
        {
            if (ChineseNumerals.TryParse(m.Groups["n"].Value, out var n))
            {
                yield return new CountFact(n, m.Groups["noun"].Value, line.Number, m.Value);
            }
        }

        foreach (Match m in ProjectCount().Matches(line.Text))
        {
            // "其中3个项目" is a subset, not the batch.
            var before = line.Text[Math.Max(0, m.Index - 3)..m.Index];
            if (before.Contains("其中", StringComparison.Ordinal))
            {
                continue;
            }

            if (ChineseNumerals.TryParse(m.Groups["n"].Value, out var n))
            {
                yield return new CountFact(n, "项目", line.Number, m.Value);
            }
        }
    }

    /// <summary>
    /// "满意度达到99%" is a result; "满意度…预期指标值为≥95%" is a target and is skipped. The subject is
    /// the words before 满意度 ("受益群众").
    /// </summary>
    public static IEnumerable<SatisfactionFact> Satisfaction(ReportLine line)
    {
        var text = line.Text;
        if (!text.Contains("满意", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var m in Percent().Matches(text).Take(64))
        {
            var sentenceStart = Math.Max(text.LastIndexOfAny(['。', ';', '；'], Math.Max(m.Index - 1, 0)) + 1, 0);
            var window = text[sentenceStart..m.Index];
            var at = window.LastIndexOf("满意", StringComparison.Ordinal);
            if (at < 0 || window.Length - at > 30)
            {
                continue;
            }

            var between = window[at..];
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 4)];
            if (TargetWords().IsMatch(between) || after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("及以上", StringComparison.Ordinal))
            {
                continue;
            }

            if (StatedNumber.TryParse(m.Groups[1].Value, out var n))
            {
                yield return new SatisfactionFact(Subject(window[..at]), n, line.Number);
            }
        }
    }

    static string Subject(string before)
    {
        var i = before.Length;
        while (i > 0 && before.Length - i < 8 && before[i - 1] is >= '\u4E00' and <= '\u9FFF')
        {
            i--;
        }

        var subject = before[i..];
        foreach (var filler in new[] { "对于", "其中", "整体", "总体" })
        {
            if (subject.StartsWith(filler, StringComparison.Ordinal))
            {
                subject = subject[filler.Length..];
            }
        }

        return subject;
    }

    [GeneratedRegex(@"(?<n>\d{1,4}|[一二三四五六七八九十两百]{1,5})\s*个\s*(?<noun>三级指标|二级指标|一级指标|具体指标|指标)")]
    private static partial Regex IndicatorCount();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,4}|[一二三四五六七八九十两百]{1,5})\s*个(?:重点)?(?:项目|专项)(?!支出|资金|经费|单位)")]
    private static partial Regex ProjectCount();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"预期|目标|指标值|不低于|≥|>=|>|≤|<|要求|计划|权重|分值|提高|提升|增长|增加|下降|上升|降低|较|同比|上年|去年|往年|以前")]
    private static partial Regex TargetWords();
}
