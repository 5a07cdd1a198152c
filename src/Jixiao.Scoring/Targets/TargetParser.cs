namespace Jixiao.Scoring.Targets;

/// <summary>
/// Reads what people really type as 年度指标值 / 实际完成值: "≥95%", "＞＝１，０００人次", "不低于500人",
/// "=68.95（万元）", "90%-100%", "95%以上", "健全". Hand-written over spans (no regex): it runs a million
/// times per second on one core and never throws — unreadable input gives a <see cref="TargetParseError"/>.
/// </summary>
public static partial class TargetParser
{
    /// <summary>Inputs longer than this are refused rather than scanned (a cell, not a document).</summary>
    public const int MaxLength = 200;

    public static TargetParseResult Parse(string? text) => Parse(text.AsSpan(), text);

    public static TargetParseResult Parse(ReadOnlySpan<char> text) => Parse(text, null);

    private static TargetParseResult Parse(ReadOnlySpan<char> raw, string? original)
    {
        var start = 0;
        var end = raw.Length;
        while (start < end && IsSpace(raw[start]))
        {
            start++;
        }
        while (end > start && IsSpace(raw[end - 1]))
        {
            end--;
        }
        if (start == end)
        {
            return TargetParseResult.Fail(TargetErrorCode.Empty, 0, "值为空：应填写如“≥95%”“=12月”“健全”的指标值");
        }
        if (end - start > MaxLength)
        {
            return TargetParseResult.Fail(TargetErrorCode.TooLong, MaxLength, $"值过长（超过{MaxLength}个字符），无法识别为指标值");
        }
        var s = raw[..end];
        var pos = start;
        var op = ReadOperator(s, ref pos, out var isWord);
        SkipSpaces(s, ref pos);
        if (pos >= s.Length || !StartsNumber(s, pos))
        {
            // "达到预期", "高于上年水平" are qualitative texts that happen to start with an operator word.
            if (op != TargetOperator.None && !(isWord && pos < s.Length))
            {
                return ExpectedNumber(s, pos, $"比较符号“{op.Symbol()}”之后应为数字");
            }
            var qualitative = original is not null && start == 0 && end == original.Length ? original : s[start..].ToString();
            return TargetParseResult.Ok(TargetValue.Qualitative(qualitative));
        }
        var first = ReadNumber(s, ref pos, out var low);
        if (first is not null)
        {
            return first.Value;
        }
        SkipSpaces(s, ref pos);
        var unitStart = pos;
        if (pos < s.Length && IsRangeSeparator(s, pos, out var sepLength) && NumberFollows(s, pos + sepLength))
        {
            return ReadRange(s, pos + sepLength, op, low, "", unitStart);
        }
        if (pos < s.Length && Norm(s[pos]) == '%')
        {
            pos++;
            SkipSpaces(s, ref pos);
            if (pos < s.Length && IsRangeSeparator(s, pos, out sepLength) && NumberFollows(s, pos + sepLength))
            {
                return ReadRange(s, pos + sepLength, op, low, Units.Percent, unitStart);
            }
            var suffixOp = ReadSuffixOperator(s[pos..], out var rest);
            if (!rest.IsEmpty)
            {
                return TargetParseResult.Fail(TargetErrorCode.TextAfterPercent, pos, $"第{pos + 1}个字符：“%”之后不应再有文字“{rest.ToString()}”");
            }
            return TargetParseResult.Ok(TargetValue.Number(low, Units.Percent, Combine(op, suffixOp)));
        }
        return ReadUnit(s, pos, op, low);
    }

    private static TargetParseResult ReadUnit(ReadOnlySpan<char> s, int pos, TargetOperator op, decimal value)
    {
        if (pos < s.Length && (s[pos] is 'e' or 'E') && pos + 1 < s.Length && (char.IsAsciiDigit(Norm(s[pos + 1])) || Norm(s[pos + 1]) is '+' or '-'))
        {
            return TargetParseResult.Fail(TargetErrorCode.ExponentNotSupported, pos, $"第{pos + 1}个字符：不支持科学计数法，请直接写出数字");
        }
        var suffixOp = ReadSuffixOperator(s[pos..], out var unitSpan);
        unitSpan = StripBrackets(unitSpan);
        if (CheckUnit(unitSpan, pos) is { } bad)
        {
            return bad;
        }
        var unit = NormalizeUnit(unitSpan);
        return TargetParseResult.Ok(TargetValue.Number(value, unit, Combine(op, suffixOp)));
    }

    private static TargetParseResult ReadRange(ReadOnlySpan<char> s, int pos, TargetOperator op, decimal low, string lowUnit, int sepPos)
    {
        if (op != TargetOperator.None)
        {
            return TargetParseResult.Fail(TargetErrorCode.RangeWithOperator, sepPos, $"第{sepPos + 1}个字符：区间值（如“90%-100%”）前不能再加比较符号“{op.Symbol()}”");
        }
        SkipSpaces(s, ref pos);
        var error = ReadNumber(s, ref pos, out var high);
        if (error is not null)
        {
            return error.Value;
        }
        SkipSpaces(s, ref pos);
        var unitSpan = StripBrackets(s[pos..]);
        if (unitSpan.Length == 1 && Norm(unitSpan[0]) == '%')
        {
            unitSpan = "%";
        }
        else if (CheckUnit(unitSpan, pos) is { } bad)
        {
            return bad;
        }
        var highUnit = NormalizeUnit(unitSpan);
        var unit = highUnit.Length > 0 ? highUnit : lowUnit;
        if (lowUnit.Length > 0 && highUnit.Length > 0 && lowUnit != highUnit)
        {
            return TargetParseResult.Fail(TargetErrorCode.RangeUnitsDiffer, pos, $"区间两端单位不同（“{lowUnit}”与“{highUnit}”）");
        }
        if (low > high)
        {
            return TargetParseResult.Fail(TargetErrorCode.RangeInverted, sepPos, $"区间下限{TargetValue.Format(low)}大于上限{TargetValue.Format(high)}");
        }
        return TargetParseResult.Ok(TargetValue.Range(low, high, unit));
    }

    private static TargetParseResult ExpectedNumber(ReadOnlySpan<char> s, int pos, string what)
    {
        var found = pos < s.Length ? $"，实际为“{s[pos]}”" : "，实际已到结尾";
        return TargetParseResult.Fail(TargetErrorCode.ExpectedNumber, pos, $"第{pos + 1}个字符：{what}{found}");
    }

    private static TargetOperator Combine(TargetOperator prefix, TargetOperator suffix) =>
        prefix != TargetOperator.None ? prefix : suffix;

    private static TargetOperator ReadOperator(ReadOnlySpan<char> s, ref int pos, out bool isWord)
    {
        isWord = false;
        var c = Norm(s[pos]);
        if (char.IsAsciiDigit(c))
        {
            return TargetOperator.None; // a bare number ("450人次"), the usual 实际完成值
        }
        var next = pos + 1 < s.Length ? Norm(s[pos + 1]) : '\0';
        switch (c)
        {
            case '≥':
                pos += next == '=' ? 2 : 1;
                return TargetOperator.AtLeast;
            case '≤':
                pos += next == '=' ? 2 : 1;
                return TargetOperator.AtMost;
            case '>':
                pos += next == '=' ? 2 : 1;
                return next == '=' ? TargetOperator.AtLeast : TargetOperator.GreaterThan;
            case '<':
                pos += next == '=' ? 2 : 1;
                return next == '=' ? TargetOperator.AtMost : TargetOperator.LessThan;
            case '=':
                if (next == '>')
                {
                    pos += 2;
                    return TargetOperator.AtLeast;
                }
                if (next == '<')
                {
                    pos += 2;
                    return TargetOperator.AtMost;
                }
                pos += next == '=' ? 2 : 1;
                return TargetOperator.Equal;
        }
        var word = OperatorWords.MatchPrefix(s, ref pos);
        isWord = word != TargetOperator.None;
        return word;
    }

    private static TargetOperator ReadSuffixOperator(ReadOnlySpan<char> tail, out ReadOnlySpan<char> rest)
    {
        rest = tail.Trim();
        var op = OperatorWords.MatchSuffix(rest, out var length);
        if (op != TargetOperator.None)
        {
            rest = rest[..^length].Trim();
        }
        return op;
    }
}
