using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Rules;

/// <summary>One deduction of a deduction-scored indicator, with its mandatory reason.</summary>
public sealed record Deduction(decimal Points, string Reason);

/// <summary>
/// One third-level indicator to score. <see cref="Target"/> and <see cref="Actual"/> are parsed values
/// (null when the cell is empty). <see cref="EvaluatorScore"/> is the 得分 an evaluator typed: required for
/// 定性 and deduction-scored rows, and a manual override of a computed score when <see cref="ScoreReason"/> says why.
/// </summary>
public sealed record IndicatorInput
{
    public string Level1 { get; init; } = "";
    public string Level2 { get; init; } = "";
    public string Name { get; init; } = "";
    public decimal Points { get; init; }
    public TargetValue? Target { get; init; }
    public TargetValue? Actual { get; init; }

    /// <summary>The 指标方向 column when present; the indicator's kind still wins for 成本, 时效 deadlines and 满意度.</summary>
    public IndicatorDirection? Direction { get; init; }

    public decimal? EvaluatorScore { get; init; }

    /// <summary>扣分原因: why points were deducted or why a manual score differs from the rule.</summary>
    public string? ScoreReason { get; init; }

    /// <summary>偏差原因分析及改进措施: required when the result overshoots the target (see over-achievement rule).</summary>
    public string? Explanation { get; init; }

    /// <summary>Itemised deductions (扣分制); when present the score is W minus their sum.</summary>
    public IReadOnlyList<Deduction> Deductions { get; init; } = [];
}

/// <summary>A warning or error about one indicator: a stable code and a Chinese message.</summary>
public sealed record ScoringIssue(string Code, string Message);

/// <summary>
/// The score of one indicator. <see cref="Score"/> is null when the indicator is not scored (not the same as 0);
/// <see cref="Trace"/> explains the number in Chinese; <see cref="Errors"/> non-empty means the row could not be scored.
/// </summary>
public sealed record IndicatorScore(
    decimal Points,
    decimal? Score,
    ScoringMethod? Method,
    string Trace,
    IReadOnlyList<ScoringIssue> Warnings,
    IReadOnlyList<ScoringIssue> Errors)
{
    public bool IsScored => Score is not null && Errors.Count == 0;

    /// <summary>得分率 of this indicator (score / points), null when not scored or weightless.</summary>
    public decimal? Rate => Score is { } s && Points > 0m ? s / Points : null;
}

/// <summary>Codes of <see cref="ScoringIssue"/>, stable for programs (JSON) and tests.</summary>
public static class IssueCodes
{
    public const string NotScored = "not-scored";
    public const string UnitMismatch = "unit-mismatch";
    public const string ActualAsFraction = "actual-as-fraction";
    public const string ActualNotNumber = "actual-not-number";
    public const string ActualIsRange = "actual-is-range";
    public const string QualitativeNeedsScore = "qualitative-needs-score";
    public const string QualitativeLevelUnknown = "qualitative-level-unknown";
    public const string ScoreOutsideBand = "score-outside-band";
    public const string QualitativeAsNumber = "qualitative-as-number";
    public const string ScoreAboveWeight = "score-above-weight";
    public const string NegativeScore = "negative-score";
    public const string DeductionNeedsReason = "deduction-needs-reason";
    public const string ManualNeedsReason = "manual-needs-reason";
    public const string ScoreMismatch = "score-mismatch";
    public const string OverAchievement = "over-achievement";
    public const string StrictTargetMetExactly = "strict-target-met-exactly";
    public const string OperatorDirection = "operator-direction";
    public const string InvalidPoints = "invalid-points";
    public const string InvalidBudget = "invalid-budget";
}
