using Jixiao.Scoring.Settings;
using static Jixiao.Scoring.Rules.Traces;

namespace Jixiao.Scoring.Rules;

/// <summary>
/// A result far beyond the target (≥130% of it for 正向, ≤70% for 反向, configurable) needs an explanation in
/// 偏差原因分析及改进措施: the target may have been set too low, and evaluators may deduct for that.
/// </summary>
internal static class OverAchievement
{
    public static void Check(IndicatorInput input, ScoringMethod method, decimal a, decimal b, string unit, JurisdictionSettings settings, List<ScoringIssue> warnings)
    {
        var rule = settings.OverAchievement;
        if (!rule.Enabled || a <= 0m || !string.IsNullOrWhiteSpace(input.Explanation))
        {
            return;
        }
        var upward = method is ScoringMethod.Positive || (method is ScoringMethod.Equal && settings.EqualRule == EqualRule.AsPositive);
        if (upward && b >= rule.PositiveRatio * a)
        {
            warnings.Add(new(IssueCodes.OverAchievement,
                $"“{input.Name}”实际完成值 {N(b)}{unit} 为目标值 {N(a)}{unit} 的 {Percent(SafeMath.Ratio(b, a))}，达到或超过 {Percent(rule.PositiveRatio)}，须在“偏差原因分析及改进措施”中说明原因（目标是否设置过低）"));
        }
        else if (method is ScoringMethod.Reverse && b <= rule.ReverseRatio * a)
        {
            warnings.Add(new(IssueCodes.OverAchievement,
                $"“{input.Name}”实际完成值 {N(b)}{unit} 仅为目标值 {N(a)}{unit} 的 {Percent(SafeMath.Ratio(b, a))}，低于或等于 {Percent(rule.ReverseRatio)}，须在“偏差原因分析及改进措施”中说明原因（目标是否设置过宽）"));
        }
    }
}
