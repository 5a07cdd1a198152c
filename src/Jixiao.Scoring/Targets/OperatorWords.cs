namespace Jixiao.Scoring.Targets;

/// <summary>Chinese words people write instead of symbols: "不低于500人", "95%以上", "控制在90万元以内".</summary>
internal static class OperatorWords
{
    // Longest first, so "大于等于" wins over "大于".
    private static readonly (string Word, TargetOperator Op)[] Prefixes =
    [
        ("大于或等于", TargetOperator.AtLeast), ("小于或等于", TargetOperator.AtMost),
        ("大于等于", TargetOperator.AtLeast), ("小于等于", TargetOperator.AtMost),
        ("不低于", TargetOperator.AtLeast), ("不少于", TargetOperator.AtLeast), ("不小于", TargetOperator.AtLeast),
        ("不超过", TargetOperator.AtMost), ("不高于", TargetOperator.AtMost), ("不大于", TargetOperator.AtMost),
        ("不多于", TargetOperator.AtMost), ("控制在", TargetOperator.AtMost),
        ("至少", TargetOperator.AtLeast), ("达到", TargetOperator.AtLeast), ("至多", TargetOperator.AtMost), ("最多", TargetOperator.AtMost),
        ("大于", TargetOperator.GreaterThan), ("高于", TargetOperator.GreaterThan), ("超过", TargetOperator.GreaterThan), ("多于", TargetOperator.GreaterThan),
        ("小于", TargetOperator.LessThan), ("低于", TargetOperator.LessThan), ("少于", TargetOperator.LessThan),
        ("等于", TargetOperator.Equal),
    ];

    private static readonly (string Word, TargetOperator Op)[] Suffixes =
    [
        ("及以上", TargetOperator.AtLeast), ("以上", TargetOperator.AtLeast),
        ("及以下", TargetOperator.AtMost), ("以下", TargetOperator.AtMost), ("以内", TargetOperator.AtMost), ("之内", TargetOperator.AtMost),
    ];

    public static TargetOperator MatchPrefix(ReadOnlySpan<char> s, ref int pos)
    {
        var rest = s[pos..];
        foreach (var (word, op) in Prefixes)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                pos += word.Length;
                return op;
            }
        }
        return TargetOperator.None;
    }

    public static TargetOperator MatchSuffix(ReadOnlySpan<char> s, out int length)
    {
        foreach (var (word, op) in Suffixes)
        {
            if (s.EndsWith(word, StringComparison.Ordinal))
            {
                length = word.Length;
                return op;
            }
        }
        length = 0;
        return TargetOperator.None;
    }
}
