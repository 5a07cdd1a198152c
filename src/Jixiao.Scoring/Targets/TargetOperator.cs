namespace Jixiao.Scoring.Targets;

/// <summary>The comparison a target was written with. <see cref="None"/> means a bare number ("450人次").</summary>
public enum TargetOperator
{
    None,
    Equal,
    AtLeast,
    AtMost,
    GreaterThan,
    LessThan,
}

/// <summary>What a parsed value is: a number, a range of numbers, or a qualitative level/word.</summary>
public enum TargetKind
{
    Number,
    Range,
    Qualitative,
}

public static class TargetOperatorText
{
    /// <summary>The symbol reports print: ≥, ≤, =, &gt;, &lt;; empty for <see cref="TargetOperator.None"/>.</summary>
    public static string Symbol(this TargetOperator op) => op switch
    {
        TargetOperator.None => "",
        TargetOperator.Equal => "=",
        TargetOperator.AtLeast => "≥",
        TargetOperator.AtMost => "≤",
        TargetOperator.GreaterThan => ">",
        TargetOperator.LessThan => "<",
    };

    public static bool IsStrict(this TargetOperator op) => op is TargetOperator.GreaterThan or TargetOperator.LessThan;

    public static bool PointsUp(this TargetOperator op) => op is TargetOperator.AtLeast or TargetOperator.GreaterThan;

    public static bool PointsDown(this TargetOperator op) => op is TargetOperator.AtMost or TargetOperator.LessThan;
}
