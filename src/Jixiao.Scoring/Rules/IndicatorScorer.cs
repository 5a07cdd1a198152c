using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using static Jixiao.Scoring.Rules.Traces;

namespace Jixiao.Scoring.Rules;

/// <summary>
/// Scores one indicator by DOMAIN §5 and explains it. Never throws: unreadable or inconsistent input becomes
/// <see cref="IndicatorScore.Errors"/>; a missing actual value is "not scored" (Score null), never 0.
/// </summary>
public static class IndicatorScorer
{
    public static IndicatorScore Score(IndicatorInput input, JurisdictionSettings? settings = null)
    {
        settings ??= JurisdictionSettings.Default;
        if (input.Points <= 0m)
        {
            return Failed(input.Points, null, IssueCodes.InvalidPoints, $"分值应大于0，实际为 {N(input.Points)}");
        }
        var method = input.Deductions.Count > 0 ? ScoringMethod.Deduction : RuleResolver.Resolve(input);
        return method switch
        {
            ScoringMethod.Deduction => EvaluatorScoring.Deduction(input),
            ScoringMethod.Qualitative => EvaluatorScoring.Qualitative(input, settings),
            _ => Quantitative(input, method, settings),
        };
    }

    /// <summary>预算执行率 (全年执行数 ÷ 全年预算数, capped at 1) × weight. Budget and spent in the same unit.</summary>
    public static IndicatorScore ScoreExecution(decimal budget, decimal spent, decimal points)
    {
        if (budget <= 0m)
        {
            return Failed(points, ScoringMethod.BudgetExecution, IssueCodes.InvalidBudget, $"全年预算数应大于0，实际为 {N(budget)}");
        }
        if (spent < 0m)
        {
            return Failed(points, ScoringMethod.BudgetExecution, IssueCodes.InvalidBudget, $"全年执行数不能为负数，实际为 {N(spent)}");
        }
        var rate = SafeMath.Ratio(spent, budget);
        var score = ScoringRules.BudgetExecution(budget, spent, points);
        var capped = rate > 1m ? "（超过100%按100%计）" : "";
        var trace = $"预算执行率 = {N(spent)} ÷ {N(budget)} = {Percent(Math.Round(rate, 4, MidpointRounding.AwayFromZero))}{capped}，得分 = {Percent(Math.Round(Math.Min(rate, 1m), 4, MidpointRounding.AwayFromZero))} × {N(points)} = {S(score)}";
        return new IndicatorScore(points, score, ScoringMethod.BudgetExecution, trace, [], []);
    }

    /// <summary>A score set by hand; the reason is mandatory and goes into the trace.</summary>
    public static IndicatorScore Manual(decimal points, decimal score, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Failed(points, ScoringMethod.Manual, IssueCodes.ManualNeedsReason, "人工评分须填写原因");
        }
        if (EvaluatorScoring.OutOfRange(points, score) is { } problem)
        {
            return Failed(points, ScoringMethod.Manual, problem.Code, problem.Message);
        }
        return new IndicatorScore(points, ScoringRules.Round(score), ScoringMethod.Manual, $"人工评分 {S(ScoringRules.Round(score))}（原因：{reason.Trim()}）", [], []);
    }

    private static IndicatorScore Quantitative(IndicatorInput input, ScoringMethod method, JurisdictionSettings settings)
    {
        var target = input.Target!.Value;
        var w = input.Points;
        if (input.Actual is not { } actual)
        {
            return NotScored(w, method, "未评分：未填写实际完成值");
        }
        if (actual.IsQualitative)
        {
            return EvaluatorScoring.TextActualForNumericTarget(input, method, target, actual);
        }
        if (actual.Kind == TargetKind.Range)
        {
            return Failed(w, method, IssueCodes.ActualIsRange, $"实际完成值“{actual}”是区间，应为单个数值");
        }
        if (!Units.TryActualInTargetUnit(actual, target, out var b, out var readAsFraction))
        {
            return Failed(w, method, IssueCodes.UnitMismatch, $"实际完成值单位“{actual.Unit}”与目标值单位“{target.Unit}”不一致，无法比较");
        }
        var a = target.Value;
        var outcome = ScoringRules.Outcome(method, a, target.High, b, w, settings);
        var score = ScoringRules.Finish(outcome.Raw, w);
        var shownActual = N(actual.Value) + actual.Unit + (readAsFraction || (actual.Unit != target.Unit && actual.Unit.Length > 0 && target.Unit.Length > 0) ? $"（折合 {N(b)}{target.Unit}）" : "");
        var note = KindNote(input, method, target);
        var trace = Traces.Quantitative(method, outcome, a, target.High, b, w, target.ToString(), shownActual, note, score);
        var warnings = new List<ScoringIssue>();
        if (readAsFraction)
        {
            warnings.Add(new(IssueCodes.ActualAsFraction, $"“{input.Name}”的实际完成值 {N(actual.Value)} 没有单位，目标值为百分比，已按 {N(b)}% 计算"));
        }
        if (RuleResolver.OperatorDisagrees(method, target.Operator))
        {
            warnings.Add(new(IssueCodes.OperatorDirection, $"“{input.Name}”按{method.ToChinese()}计分（由指标类别决定），但目标值写作“{target}”，方向相反"));
        }
        if (target.Operator.IsStrict() && b == a)
        {
            warnings.Add(new(IssueCodes.StrictTargetMetExactly, $"“{input.Name}”目标值为严格不等式“{target}”，实际完成值恰好等于 {N(a)}{target.Unit}，是否达标含义不明确，按达标计分"));
        }
        OverAchievement.Check(input, method, a, b, target.Unit, settings, warnings);
        return EvaluatorScoring.ApplyEvaluatorScore(input, new IndicatorScore(w, score, method, trace, warnings, []));
    }

    private static string KindNote(IndicatorInput input, ScoringMethod method, TargetValue target)
    {
        if (RuleResolver.ByKind(input.Level2, input.Name, target) is null)
        {
            return "";
        }
        var category = Frameworks.LevelNames.Categorize(input.Level2, input.Name);
        var kind = category switch
        {
            Frameworks.IndicatorCategory.Cost => "成本指标",
            Frameworks.IndicatorCategory.Timeliness => "时效指标",
            Frameworks.IndicatorCategory.Satisfaction => "满意度指标",
            _ => "",
        };
        return target.Operator is TargetOperator.Equal or TargetOperator.None || RuleResolver.OperatorDisagrees(method, target.Operator)
            ? $"{kind}，按{method.ToChinese()}计分"
            : "";
    }

    internal static IndicatorScore NotScored(decimal points, ScoringMethod? method, string trace) =>
        new(points, null, method, trace, [], []);

    internal static IndicatorScore Failed(decimal points, ScoringMethod? method, string code, string message) =>
        new(points, null, method, "无法评分：" + message, [], [new ScoringIssue(code, message)]);
}
