namespace Jixiao.Cli.Scoring;

/// <summary>The JSON document of <c>jixiao score --json</c> (CLARIFICATIONS 9–13). Numbers: scores 2 decimals, rates as fractions.</summary>
public sealed record ScoreReport(
    decimal? Total,
    string? Grade,
    decimal? ExecutionScore,
    IReadOnlyList<LevelLine> Levels,
    IReadOnlyList<IndicatorLine> Indicators,
    IReadOnlyList<WarningLine> Warnings,
    IReadOnlyList<ErrorLine> Errors);

public sealed record LevelLine(string Name, decimal Points, decimal? Score, decimal? Rate);

public sealed record IndicatorLine(string Level1, string Level2, string Name, decimal Points, string Target, string Actual, decimal? Score, string Trace);

public sealed record WarningLine(string Code, string Message);

/// <summary>A row error: spreadsheet row (header = row 1; null for the file as a whole), column header, Chinese message.</summary>
public sealed record ErrorLine(int? Row, string? Column, string Message);
