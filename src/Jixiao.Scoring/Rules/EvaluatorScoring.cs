using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using static Jixiao.Scoring.Rules.Traces;

namespace Jixiao.Scoring.Rules;

/// <summary>Scores an evaluator gives: 定性 levels with bands, deductions with reasons, and manual overrides.</summary>
internal static class EvaluatorScoring
{
    public static IndicatorScore Qualitative(IndicatorInput input, JurisdictionSettings settings)
    {
        var w = input.Points;
        var bands = settings.QualitativeBands;
        if (input.Actual is not { } actual)
        {
            return IndicatorScorer.NotScored(w, ScoringMethod.Qualitative, "未评分：未填写实际完成值（定性等级）");
        }
        var targetText = input.Target?.ToString() ?? "";
        var warnings = new List<ScoringIssue>();
        QualitativeLevel level;
        decimal? mapped = null;
        string how;
        if (actual.IsNumeric)
        {
            decimal rate;
            if (Units.IsPercent(actual.Unit) && actual.Kind == TargetKind.Number)
            {
                rate = actual.Unit == "‰" ? actual.Value / 1000m : actual.Value / 100m;
            }
            else if (actual.Kind == TargetKind.Number && actual.Unit.Length == 0 && actual.Value is >= 0m and <= 1m)
            {
                rate = actual.Value;
            }
            else
            {
                return IndicatorScorer.Failed(w, ScoringMethod.Qualitative, IssueCodes.QualitativeLevelUnknown,
                    $"定性指标的实际完成值“{actual}”既不是等级也不是完成率；请填写“{QualitativeLevels.AchievedText}”等等级，或如“95%”的完成率");
            }
            level = bands.LevelOfRate(Math.Max(rate, 0m));
            mapped = ScoringRules.Finish(Math.Min(Math.Max(rate, 0m), 1m) * w, w);
            how = $"定性目标“{targetText}”以数值 {actual} 报告，按完成率 {Percent(rate)} 计入“{level.ToChinese()}”档";
            warnings.Add(new(IssueCodes.QualitativeAsNumber, $"“{input.Name}”的定性目标“{targetText}”以数值 {actual} 报告，已按完成率计入“{level.ToChinese()}”档"));
        }
        else if (actual.Level is { } classified)
        {
            level = classified;
            how = $"定性指标：评价等级“{level.ToChinese()}”";
        }
        else if (input.Target is { IsQualitative: true } t && t.Text == actual.Text)
        {
            level = QualitativeLevel.Achieved;
            how = $"定性指标：实际完成值与目标值“{targetText}”一致，视为“{level.ToChinese()}”";
        }
        else
        {
            return IndicatorScorer.Failed(w, ScoringMethod.Qualitative, IssueCodes.QualitativeLevelUnknown,
                $"无法从实际完成值“{actual}”判断定性等级，请填写“{QualitativeLevels.AchievedText}”“{QualitativeLevels.PartlyAchievedText}”或“{QualitativeLevels.NotAchievedText}”");
        }
        var (low, high, inclusive) = bands.BandOf(level, w);
        var band = $"[{S(low)}, {S(high)}{(inclusive ? "]" : ")")}";
        if (input.EvaluatorScore is not { } given)
        {
            if (mapped is { } m)
            {
                return new IndicatorScore(w, m, ScoringMethod.Qualitative, $"{how}，得分 = {Percent(m / w)} × {N(w)} = {S(m)}", warnings, []);
            }
            return IndicatorScorer.Failed(w, ScoringMethod.Qualitative, IssueCodes.QualitativeNeedsScore,
                $"定性指标须在“得分”列填写评价人得分（“{level.ToChinese()}”的得分区间为 {band}）");
        }
        var score = ScoringRules.Round(given);
        if (!bands.Contains(level, w, score))
        {
            return IndicatorScorer.Failed(w, ScoringMethod.Qualitative, IssueCodes.ScoreOutsideBand,
                $"得分 {S(score)} 不在“{level.ToChinese()}”的得分区间 {band} 内");
        }
        return new IndicatorScore(w, score, ScoringMethod.Qualitative, $"{how}（得分区间 {band}），评价人给分 {S(score)}", warnings, []);
    }

    public static IndicatorScore Deduction(IndicatorInput input)
    {
        var w = input.Points;
        if (input.Deductions.Count > 0)
        {
            var missing = input.Deductions.FirstOrDefault(d => string.IsNullOrWhiteSpace(d.Reason) || d.Points < 0m);
            if (missing is not null)
            {
                return IndicatorScorer.Failed(w, ScoringMethod.Deduction, IssueCodes.DeductionNeedsReason,
                    missing.Points < 0m ? $"扣分不能为负数（{N(missing.Points)}）" : $"扣 {N(missing.Points)} 分须说明原因");
            }
            var total = input.Deductions.Sum(d => d.Points);
            var score = ScoringRules.Finish(w - total, w);
            var items = string.Join("；", input.Deductions.Select(d => $"扣 {N(d.Points)}（{d.Reason.Trim()}）"));
            return new IndicatorScore(w, score, ScoringMethod.Deduction, $"扣分制：满分 {N(w)}，{items}，得分 = {N(w)} − {N(total)} = {S(score)}", [], []);
        }
        if (input.EvaluatorScore is not { } given)
        {
            return IndicatorScorer.NotScored(w, ScoringMethod.Deduction, "未评分：未填写目标值，也未填写得分");
        }
        if (OutOfRange(w, given) is { } problem)
        {
            return IndicatorScorer.Failed(w, ScoringMethod.Deduction, problem.Code, problem.Message);
        }
        var rounded = ScoringRules.Round(given);
        if (rounded == w)
        {
            return new IndicatorScore(w, rounded, ScoringMethod.Deduction, $"按评分标准不扣分，得满分 {S(rounded)}", [], []);
        }
        if (string.IsNullOrWhiteSpace(input.ScoreReason))
        {
            return IndicatorScorer.Failed(w, ScoringMethod.Deduction, IssueCodes.DeductionNeedsReason,
                $"得分 {S(rounded)} 低于分值 {N(w)}，须在“扣分原因”中说明扣分理由");
        }
        return new IndicatorScore(w, rounded, ScoringMethod.Deduction,
            $"扣分制：满分 {N(w)}，扣 {N(w - rounded)}（{input.ScoreReason.Trim()}），得分 = {N(w)} − {N(w - rounded)} = {S(rounded)}", [], []);
    }

    /// <summary>A numeric target reported with words ("按时完成"): only an evaluator's score can settle it.</summary>
    public static IndicatorScore TextActualForNumericTarget(IndicatorInput input, ScoringMethod method, TargetValue target, TargetValue actual)
    {
        var w = input.Points;
        if (input.EvaluatorScore is not { } given)
        {
            return IndicatorScorer.Failed(w, method, IssueCodes.ActualNotNumber,
                $"实际完成值“{actual}”不是数值，无法与目标值“{target}”比较；请填写数值，或在“得分”列给出评价人得分并说明理由");
        }
        if (OutOfRange(w, given) is { } problem)
        {
            return IndicatorScorer.Failed(w, method, problem.Code, problem.Message);
        }
        var score = ScoringRules.Round(given);
        return new IndicatorScore(w, score, ScoringMethod.Manual,
            $"实际完成值“{actual}”不是数值，无法按目标值“{target}”计算，采用评价人得分 {S(score)}",
            [new(IssueCodes.ActualNotNumber, $"“{input.Name}”的实际完成值“{actual}”不是数值，已采用评价人得分 {S(score)}")], []);
    }

    /// <summary>Where the evaluator typed a 得分 for a computed row: agree silently, override with a reason, or warn.</summary>
    public static IndicatorScore ApplyEvaluatorScore(IndicatorInput input, IndicatorScore computed)
    {
        if (input.EvaluatorScore is not { } given || computed.Score is not { } score || Math.Abs(given - score) < 0.005m)
        {
            return computed;
        }
        if (OutOfRange(computed.Points, given) is { } problem)
        {
            return IndicatorScorer.Failed(computed.Points, computed.Method, problem.Code, problem.Message);
        }
        var rounded = ScoringRules.Round(given);
        if (!string.IsNullOrWhiteSpace(input.ScoreReason))
        {
            return computed with
            {
                Score = rounded,
                Method = ScoringMethod.Manual,
                Trace = $"人工评分 {S(rounded)}（原因：{input.ScoreReason.Trim()}）；按规则：{computed.Trace}",
            };
        }
        return computed with
        {
            Warnings = [.. computed.Warnings, new(IssueCodes.ScoreMismatch, $"“{input.Name}”表中得分 {S(rounded)} 与按规则计算的 {S(score)} 不一致且未说明原因，已采用计算得分")],
        };
    }

    public static ScoringIssue? OutOfRange(decimal points, decimal score) =>
        score > points ? new(IssueCodes.ScoreAboveWeight, $"得分 {N(score)} 超过分值 {N(points)}")
        : score < 0m ? new(IssueCodes.NegativeScore, $"得分不能为负数（{N(score)}）")
        : null;
}
