using Jixiao.Documents.Common;
using Jixiao.Documents.Scores;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>Builds a <see cref="SelfEvaluationTable"/> whose every score comes from the scoring core.</summary>
public static class SelfEvaluationScoring
{
    public static SelfEvaluationTable Build(
        ProjectFacts project,
        IReadOnlyList<SelfEvaluationFunding> funding,
        string goalExpected,
        string goalActual,
        IReadOnlyList<IndicatorInput> indicators,
        JurisdictionSettings? settings = null,
        Framework? framework = null)
    {
        settings ??= JurisdictionSettings.Default;
        framework ??= BuiltInFrameworks.SelfEvaluation.WithLevelPoints("预算执行率", settings.ExecutionWeight);
        var fullYear = funding.Sum(f => f.FullYearYuan);
        var spent = funding.Sum(f => f.SpentYuan);
        var execution = IndicatorScorer.ScoreExecution(fullYear, spent, settings.ExecutionWeight);
        var scores = CoreScores.Score(indicators, settings, framework, execution);

        // The 执行率 (B/A) column shows the plain ratio of the two amounts; the score beside it is the core's.
        decimal? rate = fullYear > 0m ? spent / fullYear : null;
        return new SelfEvaluationTable(project, funding, settings.ExecutionWeight, rate, execution.IsScored ? execution.Score : null, goalExpected, goalActual, scores);
    }
}
