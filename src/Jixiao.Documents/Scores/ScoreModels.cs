namespace Jixiao.Documents.Scores;

/// <summary>
/// One third-level indicator as the scoring core scored it. Documents print these numbers;
/// they never recompute a score, a subtotal, a rate or a grade.
/// </summary>
/// <remarks>CompletionRate: 完成率 as a fraction (department tables show it); null when not computed.</remarks>
/// <remarks>Note: 评分依据、扣分原因 or 偏差原因分析及改进措施.</remarks>
public sealed record ScoreLine(
    string Level1,
    string Level2,
    string Level3,
    decimal Weight,
    string Target,
    string Actual,
    decimal? Score,
    string Note = "",
    decimal? CompletionRate = null);

/// <summary>A first-level subtotal: points available, score, and 得分率 as a fraction (score ÷ points).</summary>
public sealed record LevelSummary(string Name, decimal Points, decimal? Score, decimal? Rate);

/// <summary>
/// The scored indicator table: lines, first-level subtotals, total and grade, all from the scoring core.
/// A null total means "not scored" and is printed as 未评分.
/// </summary>
public sealed record ScoreSummary(
    IReadOnlyList<ScoreLine> Lines,
    IReadOnlyList<LevelSummary> Levels,
    decimal TotalPoints,
    decimal? Total,
    string Grade);
