namespace Jixiao.Scoring.Targets;

// Numbers: digits (full-width too), thousands separators, one decimal point, into a decimal without allocating.
public static partial class TargetParser
{
    private static TargetParseResult? ReadNumber(ReadOnlySpan<char> s, ref int pos, out decimal value)
    {
        value = 0m;
        var negative = false;
        var c = Norm(s[pos]);
        if (c is '-' or '+')
        {
            negative = c == '-';
            pos++;
        }
        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var seenPoint = false;
        var intDigits = 0;
        while (pos < s.Length)
        {
            c = Norm(s[pos]);
            if (char.IsAsciiDigit(c))
            {
                if (digits == 0 && c == '0' && !seenPoint)
                {
                    pos++;
                    intDigits++;
                    continue; // leading zeros carry no precision
                }
                if (digits >= 19)
                {
                    if (!seenPoint)
                    {
                        return TargetParseResult.Fail(TargetErrorCode.NumberTooLarge, pos, $"第{pos + 1}个字符：数值过大，无法作为指标值");
                    }
                    pos++; // further fraction digits are below any precision that matters
                    continue;
                }
                mantissa = mantissa * 10 + (ulong)(c - '0');
                digits++;
                if (seenPoint)
                {
                    scale++;
                }
                else
                {
                    intDigits++;
                }
                pos++;
            }
            else if (c == ',' && !seenPoint && intDigits > 0)
            {
                if (!IsThousandsGroup(s, pos))
                {
                    return TargetParseResult.Fail(TargetErrorCode.BadThousandsSeparator, pos, $"第{pos + 1}个字符：千分位分隔符“,”后应恰好有三位数字");
                }
                pos++;
            }
            else if (c == '.')
            {
                if (seenPoint)
                {
                    return TargetParseResult.Fail(TargetErrorCode.BadDecimal, pos, $"第{pos + 1}个字符：数字中出现了第二个小数点");
                }
                if (pos + 1 >= s.Length || !char.IsAsciiDigit(Norm(s[pos + 1])))
                {
                    return TargetParseResult.Fail(TargetErrorCode.BadDecimal, pos, $"第{pos + 1}个字符：小数点之后应为数字");
                }
                seenPoint = true;
                pos++;
            }
            else
            {
                break;
            }
        }
        if (digits == 0 && intDigits == 0 && !seenPoint)
        {
            return ExpectedNumber(s, pos, "应为数字");
        }
        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative && mantissa != 0, (byte)scale);
        return null;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> s, int comma)
    {
        if (comma + 3 >= s.Length)
        {
            return false;
        }
        for (var i = 1; i <= 3; i++)
        {
            if (!char.IsAsciiDigit(Norm(s[comma + i])))
            {
                return false;
            }
        }
        return comma + 4 >= s.Length || !char.IsAsciiDigit(Norm(s[comma + 4]));
    }
}
