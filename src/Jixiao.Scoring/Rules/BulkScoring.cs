using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Rules;

/// <summary>
/// The same rules as <see cref="IndicatorScorer"/> without traces or messages, for scoring a whole province:
/// no allocation per indicator. Returns null where <see cref="IndicatorScorer"/> would report "not scored" or an error.
/// </summary>
public static class BulkScoring
{
    public static decimal? Score(IndicatorCategory category, in TargetValue target, in TargetValue actual, decimal points,
        decimal? evaluatorScore, JurisdictionSettings settings, IndicatorDirection? declared = null)
    {
        if (points <= 0m)
        {
            return null;
        }
        var method = Rules.RuleResolver.Resolve(category, target, declared);
        if (method == ScoringMethod.Qualitative)
        {
            return Qualitative(actual, points, evaluatorScore, settings.QualitativeBands);
        }
        if (!actual.IsNumeric || actual.Kind == TargetKind.Range || !Units.TryActualInTargetUnit(actual, target, out var b, out _))
        {
            return null;
        }
        return ScoringRules.Score(method, target.Value, target.High, b, points, settings);
    }

    private static decimal? Qualitative(in TargetValue actual, decimal points, decimal? evaluatorScore, QualitativeBands bands)
    {
        if (evaluatorScore is not { } given || !actual.IsQualitative || actual.Level is not { } level)
        {
            return null;
        }
        var score = ScoringRules.Round(given);
        return bands.Contains(level, points, score) ? score : null;
    }
}
