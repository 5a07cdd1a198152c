using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Review.Text;

/// <summary>
/// Cleans one line of report text so that numbers, operators and markers can be matched:
/// full-width ASCII becomes half-width, bookmarks and stray markup go, thousands separators
/// inside numbers go. Chinese punctuation outside the full-width ASCII block is kept.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string raw)
    {
        if (raw.Length == 0)
        {
            return raw;
        }

        var text = StripMarkup(raw);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsInvisible(c))
            {
                sb.Append(Map(c));
            }
        }

        var mapped = sb.ToString();
        // "1,234.56" and "1，234.56" are one number; lists such as "3,4" keep their comma.
        mapped = ThousandsSeparator().Replace(mapped, m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal));
        // "12. 5" from a PDF line break inside a number is rare; "12 .5" never: leave them.
        return mapped.Trim();
    }

    static string StripMarkup(string raw)
    {
        var text = raw;
        if (text.Contains('[', StringComparison.Ordinal))
        {
            text = Bookmark().Replace(text, string.Empty);
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = HtmlTag().Replace(text, string.Empty);
        }

        if (text.Contains('{', StringComparison.Ordinal))
        {
            text = PandocAttribute().Replace(text, string.Empty);
        }

        return text;
    }

    static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    static char Map(char c) => c switch
    {
        // Full-width ASCII block: digits, letters, ％ ＝ ＜ ＞ （ ） ： ； ， ． ＋ －.
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\t' => ' ',
        '\u2212' => '-',
        _ => c,
    };

    [GeneratedRegex(@"\[(?:bookmark|_Toc|_GoBack)[^\]\r\n]{0,200}\]", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9:]{0,20}(?:\s[^<>]{0,200})?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\{[#.][^{}\r\n]{0,200}\}")]
    private static partial Regex PandocAttribute();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")]
    private static partial Regex ThousandsSeparator();
}
