namespace Jixiao.Review;

public enum Severity
{
    Error,
    Warning,
    Info,
}

/// <summary>One thing the reviewer found or verified, with the lines and numbers that show it.</summary>
public sealed record Finding(string Code, Severity Severity, string Message, IReadOnlyList<int> Lines, IReadOnlyDictionary<string, decimal> Numbers)
{
    public static Finding Of(string code, Severity severity, string message, IEnumerable<int> lines, params (string Name, decimal Value)[] numbers) =>
        new(code, severity, message, lines.Where(l => l > 0).Distinct().Order().ToList(),
            numbers.GroupBy(n => n.Name).ToDictionary(g => g.Key, g => g.First().Value));
}

/// <summary>A fact read from the report, with the line it came from.</summary>
public sealed record Fact(string Name, string Value, string? Unit, int Line);

/// <summary>The stable codes of findings; tools and tests rely on them.</summary>
public static class FindingCodes
{
    public const string PartsTotal = "parts-total";
    public const string RateRecompute = "rate-recompute";
    public const string WeightsSum = "weights-sum";
    public const string ScoreExceedsWeight = "score-exceeds-weight";
    public const string ScoreTotal = "score-total";
    public const string GradeBand = "grade-band";
    public const string ScoreWithoutCompletion = "score-without-completion";
    public const string OperatorDirection = "operator-direction";
    public const string SameFigureDiffers = "same-figure-differs";
    public const string CountMismatch = "count-mismatch";
    public const string DuplicateIndicator = "duplicate-indicator";
    public const string UnitMismatch = "unit-mismatch";
    public const string VagueTarget = "vague-target";
    public const string SelfScoreWithProblems = "self-score-with-problems";
    public const string Contradiction = "contradiction";

    /// <summary>The text is readable but is not an evaluation report (or is empty).</summary>
    public const string NotAReport = "not-a-report";

    /// <summary>The review stopped early (step budget used up); what it found so far is kept.</summary>
    public const string ReviewIncomplete = "review-incomplete";
}
