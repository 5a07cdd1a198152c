using Jixiao.App.Targets;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using Jixiao.Scoring.Totals;

namespace Jixiao.App.SelfEvaluations;

/// <summary>What the unit typed for one indicator.</summary>
public sealed record EntryInput(Guid IndicatorId, string? Actual, decimal? Score, string? Explanation, string? Evidence);

/// <summary>A field that blocks the step: which indicator, which field (Actual, Score, Explanation), the Chinese message.</summary>
public sealed record EntryProblem(Guid IndicatorId, string Field, string Message);

public sealed record ScoredEntry(TargetIndicator Indicator, EntryInput Input, IndicatorScore Result);

public sealed record SelfEvaluationScore(IReadOnlyList<ScoredEntry> Entries, IndicatorScore Execution, ScoreCard Card, IReadOnlyList<EntryProblem> Problems)
{
    /// <summary>Problems that block saving a draft: unreadable values and scores the core refuses.</summary>
    public IReadOnlyList<EntryProblem> Blocking => Problems.Where(p => !p.Field.StartsWith("Missing", StringComparison.Ordinal)).ToList();
}

/// <summary>
/// Scores a self-evaluation with the scoring core only: each indicator by IndicatorScorer, budget execution by
/// ScoreExecution, subtotals, total and grade by ScoreCards on the §4.1 framework. Nothing is re-implemented here.
/// </summary>
public static class SelfEvaluationScoring
{
    public static SelfEvaluationScore Score(IReadOnlyList<TargetIndicator> indicators, IReadOnlyList<EntryInput> inputs, decimal budget, decimal spent, JurisdictionSettings settings)
    {
        var problems = new List<EntryProblem>();
        var scored = new List<ScoredEntry>();
        foreach (var indicator in indicators.OrderBy(i => i.Order))
        {
            var input = inputs.FirstOrDefault(e => e.IndicatorId == indicator.Id) ?? new EntryInput(indicator.Id, null, null, null, null);
            var label = $"“{indicator.Name}”";
            TargetValue? actual = null;
            if (!string.IsNullOrWhiteSpace(input.Actual))
            {
                var parsed = TargetParser.Parse(input.Actual.Trim());
                if (parsed.IsSuccess)
                {
                    actual = parsed.Value;
                }
                else
                {
                    problems.Add(new(indicator.Id, "Actual", $"{label}的实际完成值“{input.Actual.Trim()}”无法识别：{parsed.Error!.Message}"));
                }
            }
            var target = TargetParser.Parse(indicator.TargetText);
            var result = IndicatorScorer.Score(new IndicatorInput
            {
                Level1 = indicator.Level1, Level2 = indicator.Level2, Name = indicator.Name, Points = indicator.Points,
                Target = target.IsSuccess ? target.Value : null, Actual = actual, Direction = indicator.Direction,
                EvaluatorScore = input.Score, Explanation = input.Explanation,
            }, settings);
            foreach (var error in result.Errors.Where(e => e.Code != IssueCodes.NotScored))
            {
                var field = error.Code is IssueCodes.QualitativeNeedsScore ? "MissingScore" : error.Code is IssueCodes.ScoreOutsideBand or IssueCodes.ScoreAboveWeight or IssueCodes.NegativeScore ? "Score" : "Actual";
                problems.Add(new(indicator.Id, field, $"{label}：{error.Message}"));
            }
            if (string.IsNullOrWhiteSpace(input.Actual))
            {
                problems.Add(new(indicator.Id, "MissingActual", $"{label}：请填写实际完成值。"));
            }
            if (string.IsNullOrWhiteSpace(input.Explanation) && NeedsExplanation(result))
            {
                problems.Add(new(indicator.Id, "MissingExplanation", $"{label}：未完全达成目标或超额完成，须填写偏差原因分析及改进措施。"));
            }
            scored.Add(new ScoredEntry(indicator, input, result));
        }
        var framework = BuiltInFrameworks.SelfEvaluation;
        var executionPoints = framework.Levels.First(l => l.IsBudgetExecution).Points;
        var execution = IndicatorScorer.ScoreExecution(budget, spent, executionPoints);
        var card = ScoreCards.Build(scored.Select(s => new ScoredIndicator(s.Indicator.Level1, s.Indicator.Level2, s.Indicator.Name, s.Result)).ToList(), settings, framework, execution);
        return new SelfEvaluationScore(scored, execution, card, problems);
    }

    /// <summary>The core asks for an explanation of over-achievement; a shortfall (score below the weight) needs one too.</summary>
    private static bool NeedsExplanation(IndicatorScore result) =>
        result.Warnings.Any(w => w.Code == IssueCodes.OverAchievement) || (result.IsScored && result.Score < result.Points);
}
