namespace Jixiao.Scoring.Targets;

// Characters and units: full-width folding, spaces, brackets around units, what a unit may contain.
public static partial class TargetParser
{
    // A unit is a word: letters, '/', '·' and a few measure signs. Anything else means the cell holds more than one value.
    private static TargetParseResult? CheckUnit(ReadOnlySpan<char> unit, int pos)
    {
        foreach (var raw in unit)
        {
            var c = Norm(raw);
            if (char.IsAsciiDigit(c))
            {
                return TargetParseResult.Fail(TargetErrorCode.UnitContainsDigits, pos, $"第{pos + 1}个字符：单位“{unit.ToString()}”中不应含有数字，一个单元格只能填一个数值");
            }
            if (!(char.IsLetter(c) || c is '/' or '·' or '‰' or '²' or '³' or '㎡' or '°'))
            {
                return TargetParseResult.Fail(TargetErrorCode.BadUnit, pos, $"第{pos + 1}个字符：单位“{unit.ToString()}”中含有无法识别的符号“{raw}”");
            }
        }
        return null;
    }

    private static string NormalizeUnit(ReadOnlySpan<char> unit)
    {
        Span<char> buffer = stackalloc char[unit.Length];
        var n = 0;
        foreach (var ch in unit)
        {
            var c = Norm(ch);
            if (c != ' ')
            {
                buffer[n++] = c;
            }
        }
        return Units.Intern(buffer[..n]);
    }

    private static ReadOnlySpan<char> StripBrackets(ReadOnlySpan<char> unit)
    {
        unit = unit.Trim();
        while (unit.Length >= 2 && Norm(unit[0]) == '(' && Norm(unit[^1]) == ')')
        {
            unit = unit[1..^1].Trim();
        }
        if (unit.Length >= 1 && Norm(unit[0]) == '(' && unit.IndexOfAny(')', '）') < 0)
        {
            unit = unit[1..].Trim();
        }
        return unit;
    }

    private static bool StartsNumber(ReadOnlySpan<char> s, int pos)
    {
        var c = Norm(s[pos]);
        if (char.IsAsciiDigit(c))
        {
            return true;
        }
        if (c is '-' or '+' or '.')
        {
            return pos + 1 < s.Length && char.IsAsciiDigit(Norm(s[pos + 1]));
        }
        return false;
    }

    private static bool NumberFollows(ReadOnlySpan<char> s, int pos)
    {
        SkipSpaces(s, ref pos);
        return pos < s.Length && char.IsAsciiDigit(Norm(s[pos]));
    }

    private static bool IsRangeSeparator(ReadOnlySpan<char> s, int pos, out int length)
    {
        length = 1;
        var c = Norm(s[pos]);
        return c is '-' or '~' or '—' or '–' or '至' or '到' or '〜';
    }

    internal static void SkipSpaces(ReadOnlySpan<char> s, ref int pos)
    {
        while (pos < s.Length && IsSpace(s[pos]))
        {
            pos++;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n';

    /// <summary>Full-width ASCII (！–～) and look-alike symbols folded to one form.</summary>
    internal static char Norm(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '≧' or '⩾' => '≥',
        '≦' or '⩽' => '≤',
        '。' => '.',
        _ => c,
    };
}
