using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using Jixiao.Scoring.Totals;

namespace Jixiao.App.Evaluations;

/// <summary>A field of one indicator that blocks the step: which indicator, which field (TargetText, ActualText, EvaluatorScore, ScoreReason, Deductions), the Chinese message.</summary>
public sealed record IndicatorProblem(Guid IndicatorId, string Field, string Message);

public sealed record ScoredEvaluationIndicator(EvaluationIndicator Indicator, IndicatorScore Result);

/// <summary>The whole evaluation scored: each indicator, the card (subtotals, 得分率, total, grade) and what blocks.</summary>
public sealed record EvaluationScore(IReadOnlyList<ScoredEvaluationIndicator> Indicators, ScoreCard Card, IReadOnlyList<IndicatorProblem> Problems)
{
    /// <summary>Complete: every indicator scored and nothing refused, so the total and grade are final-worthy.</summary>
    public bool IsComplete => Problems.Count == 0 && Card.NotScoredCount == 0;
}

/// <summary>
/// Scores an evaluation with the scoring core only (IndicatorScorer per row, ScoreCards for the card); nothing is
/// re-implemented here. Deductions, evaluator scores and reasons go to the core as they are, so a deduction without a
/// reason or a 定性 score outside its band comes back as the core's Chinese error on that row.
/// </summary>
public static class EvaluationScoring
{
    public static EvaluationScore Score(Evaluation evaluation, JurisdictionSettings settings)
    {
        var framework = BuiltInFrameworks.ById(evaluation.FrameworkId);
        var effective = framework?.ApplyTo(settings) ?? settings;
        var problems = new List<IndicatorProblem>();
        var scored = new List<ScoredEvaluationIndicator>();
        foreach (var indicator in evaluation.Indicators.OrderBy(i => i.Order))
        {
            var result = ScoreOne(indicator, effective, problems);
            scored.Add(new(indicator, result));
        }
        var card = ScoreCards.Build(scored.Select(s => new ScoredIndicator(s.Indicator.Level1, s.Indicator.Level2, s.Indicator.Name, s.Result)).ToList(), settings, framework);
        return new EvaluationScore(scored, card, problems);
    }

    /// <summary>
    /// Scores and writes each row's Score/Trace and the evaluation's Total/Grade (grade only when complete). With
    /// <paramref name="only"/>, just that row is written back: a colleague's row must keep its version, or saving one
    /// indicator would make every other open card stale (false 409s); views always re-score, so nothing shown drifts.
    /// </summary>
    public static EvaluationScore Apply(Evaluation evaluation, JurisdictionSettings settings, EvaluationIndicator? only = null)
    {
        var score = Score(evaluation, settings);
        foreach (var s in score.Indicators.Where(s => only is null || ReferenceEquals(s.Indicator, only)))
        {
            s.Indicator.Score = s.Result.IsScored ? s.Result.Score : null;
            s.Indicator.Trace = s.Result.Errors.Count > 0 ? string.Join("；", s.Result.Errors.Select(e => e.Message)) : s.Result.Trace;
        }
        evaluation.Total = score.Indicators.Any(s => s.Result.IsScored) ? score.Card.Total : null;
        evaluation.Grade = score.IsComplete ? score.Card.Grade.ToChinese() : null;
        return score;
    }

    public static IndicatorScore ScoreOne(EvaluationIndicator indicator, JurisdictionSettings settings, List<IndicatorProblem>? problems = null)
    {
        var label = $"“{indicator.Name}”";
        TargetValue? Read(string text, string field, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            var parsed = TargetParser.Parse(text.Trim());
            if (parsed.IsSuccess)
            {
                return parsed.Value;
            }
            problems?.Add(new(indicator.Id, field, $"{label}的{what}“{text.Trim()}”无法识别：{parsed.Error!.Message}"));
            return null;
        }
        var target = Read(indicator.TargetText, nameof(EvaluationIndicator.TargetText), "目标值");
        var actual = Read(indicator.ActualText, nameof(EvaluationIndicator.ActualText), "实际完成值");
        var result = IndicatorScorer.Score(new IndicatorInput
        {
            Level1 = indicator.Level1, Level2 = indicator.Level2, Name = indicator.Name, Points = indicator.Points,
            Target = target, Actual = actual, EvaluatorScore = indicator.EvaluatorScore,
            ScoreReason = string.IsNullOrWhiteSpace(indicator.ScoreReason) ? null : indicator.ScoreReason,
            Deductions = indicator.Deductions.OrderBy(d => d.Order).Select(d => new Deduction(d.Points, d.Reason)).ToList(),
        }, settings);
        foreach (var error in result.Errors.Where(e => e.Code != IssueCodes.NotScored))
        {
            problems?.Add(new(indicator.Id, FieldOf(error.Code, indicator), $"{label}：{error.Message}"));
        }
        return result;
    }

    private static string FieldOf(string code, EvaluationIndicator indicator) => code switch
    {
        IssueCodes.DeductionNeedsReason or IssueCodes.ManualNeedsReason => indicator.Deductions.Count > 0 ? nameof(EvaluationIndicator.Deductions) : nameof(EvaluationIndicator.ScoreReason),
        IssueCodes.ScoreOutsideBand or IssueCodes.ScoreAboveWeight or IssueCodes.NegativeScore or IssueCodes.QualitativeNeedsScore => nameof(EvaluationIndicator.EvaluatorScore),
        IssueCodes.InvalidPoints => nameof(EvaluationIndicator.Points),
        _ => nameof(EvaluationIndicator.ActualText),
    };
}
