using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Rules;

internal static class Indicator
{
    public static IndicatorInput Of(string level2, string name, decimal points, string? target, string? actual,
        decimal? evaluatorScore = null, string? reason = null, string? explanation = null, IndicatorDirection? direction = null) => new()
    {
        Level1 = "产出",
        Level2 = level2,
        Name = name,
        Points = points,
        Target = target is null ? null : TargetParser.Parse(target).Value,
        Actual = actual is null ? null : TargetParser.Parse(actual).Value,
        EvaluatorScore = evaluatorScore,
        ScoreReason = reason,
        Explanation = explanation,
        Direction = direction,
    };
}
