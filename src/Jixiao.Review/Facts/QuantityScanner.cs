using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>Finds "number + unit" on a line together with the words that name it.</summary>
public static partial class QuantityScanner
{
    const string Delimiters = "，,。；;：:、“”\"（）()【】[]";

    public static IEnumerable<Quantity> Scan(ReportLine line)
    {
        if (line.Text.Length == 0)
        {
            yield break;
        }

        foreach (Match m in NumberWithUnit().Matches(line.Text))
        {
            if (!StatedNumber.TryParse(m.Groups[1].Value, out var n))
            {
                continue;
            }

            yield return new Quantity(n, m.Groups[2].Value, line.Number, m.Index, LabelBefore(line.Text, m.Index));
        }
    }

    /// <summary>The clause just before a position: "收入预算总额" in "批复收入预算总额658.53万元".</summary>
    public static string LabelBefore(string text, int position, int maxLength = 24)
    {
        var start = position;
        while (start > 0 && position - start < maxLength && !Delimiters.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var label = text[start..position].Trim();
        return TrailingFiller().Replace(label, string.Empty).Trim();
    }

    /// <summary>The clause around a position: from the previous delimiter to the next.</summary>
    public static string ClauseAt(string text, int position)
    {
        var start = position;
        while (start > 0 && !Delimiters.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var end = position;
        while (end < text.Length && !"，,。；;".Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        return text[start..end];
    }

    [GeneratedRegex(@"(?<![\d.A-Za-z])(\d+(?:\.\d+)?)\s*(万元|亿元|元(?![/／每])|%|人次|个月|人|个|项|辆|次|户|件|台|套|份|场|家|所|分(?![钟之]))")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"(?:为|是|达到|达|约|共计|共|合计|计|了|累计)$")]
    private static partial Regex TrailingFiller();
}
