using System.Text.RegularExpressions;

namespace Jixiao.Review.Text;

/// <summary>The numbering styles of Chinese official documents, outermost first.</summary>
public enum HeadingLevel
{
    /// <summary>一、</summary>
    Chapter = 1,

    /// <summary>（一）</summary>
    Section = 2,

    /// <summary>1. or 1、</summary>
    Item = 3,

    /// <summary>（1）</summary>
    SubItem = 4,

    /// <summary>① or 一是</summary>
    Circled = 5,
}

/// <summary>A numbered heading or list item found at the start of a line.</summary>
public sealed partial record Heading(HeadingLevel Level, int Ordinal, string Title, int Line)
{
    public static Heading? TryParse(ReportLine line)
    {
        var text = line.Text;
        if (text.Length < 2)
        {
            return null;
        }

        var m = Chapter().Match(text);
        if (m.Success && ChineseNumerals.TryParse(m.Groups[1].Value, out var n))
        {
            return new Heading(HeadingLevel.Chapter, n, m.Groups[2].Value.Trim(), line.Number);
        }

        m = Section().Match(text);
        if (m.Success && ChineseNumerals.TryParse(m.Groups[1].Value, out n))
        {
            return new Heading(HeadingLevel.Section, n, m.Groups[2].Value.Trim(), line.Number);
        }

        m = SubItem().Match(text);
        if (m.Success && ChineseNumerals.TryParse(m.Groups[1].Value, out n))
        {
            return new Heading(HeadingLevel.SubItem, n, m.Groups[2].Value.Trim(), line.Number);
        }

        m = Item().Match(text);
        if (m.Success && ChineseNumerals.TryParse(m.Groups[1].Value, out n))
        {
            return new Heading(HeadingLevel.Item, n, m.Groups[2].Value.Trim(), line.Number);
        }

        m = Circled().Match(text);
        if (m.Success)
        {
            return new Heading(HeadingLevel.Circled, m.Groups[1].Value[0] - '①' + 1, m.Groups[2].Value.Trim(), line.Number);
        }

        return null;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[、.]\s*(.*)$")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^\(([一二三四五六七八九十]{1,3})\)\s*(.*)$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^(\d{1,2})[.、](?!\d)\s*(.*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^\((\d{1,2})\)\s*(.*)$")]
    private static partial Regex SubItem();

    [GeneratedRegex(@"^([①-⑳])\s*(.*)$")]
    private static partial Regex Circled();
}
