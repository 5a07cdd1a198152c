using System.Globalization;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Rules;

/// <summary>Chinese sentences that explain a score with its numbers, e.g. "实际完成值 450人次 &lt; 目标值 ≥500人次，得分 = 450 ÷ 500 × 10 = 9.00".</summary>
internal static class Traces
{
    public static string N(decimal value) => TargetValue.Format(value);

    public static string S(decimal score) => score.ToString("F2", CultureInfo.InvariantCulture);

    public static string Percent(decimal ratio) => (ratio * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Quantitative(ScoringMethod method, RuleOutcome outcome, decimal a, decimal aHigh, decimal b, decimal w,
        string target, string actual, string note, decimal score)
    {
        var kind = note.Length > 0 ? "（" + note + "）" : method == ScoringMethod.Reverse ? "（反向指标）" : "";
        var t = "目标值 " + target + kind;
        var head = "实际完成值 " + actual;
        return outcome.Case switch
        {
            OutcomeCase.Met => $"{head} {Compare(b, a)} {t}，得满分 {S(score)}",
            OutcomeCase.Proportional => $"{head} < {t}，得分 = {N(b)} ÷ {N(a)} × {N(w)} = {S(score)}",
            OutcomeCase.ZeroTargetMet => $"{t}，目标值为0，{head}{(method == ScoringMethod.Positive ? " ≥ 0" : " ≤ 0")}，得满分 {S(score)}",
            OutcomeCase.ZeroTargetMissed => method == ScoringMethod.Positive
                ? $"{t}，{head} 为负数，得分 = {S(score)}"
                : $"{t}，目标值为0而{head} 大于0，得分 = {S(score)}",
            OutcomeCase.NegativeTargetMissed => $"{head} 未达到 {t}，得分 = {S(score)}",
            OutcomeCase.ReverseLinear or OutcomeCase.ExactAboveLinear =>
                $"{head} > {t}，得分 = (1 − ({N(b)} − {N(a)}) ÷ {N(a)}) × {N(w)} = {S(score)}",
            OutcomeCase.ReverseRatio or OutcomeCase.ExactAboveRatio => $"{head} > {t}，得分 = {N(a)} ÷ {N(b)} × {N(w)} = {S(score)}",
            OutcomeCase.ReverseBeyondDouble or OutcomeCase.ExactAboveBeyondDouble =>
                $"{head} > {t}，达到目标值的2倍及以上，得分 = {S(score)}",
            OutcomeCase.InsideRange => $"{head} 在目标区间 {target} 内，得满分 {S(score)}",
            OutcomeCase.BelowRange => $"{head} 低于目标区间 {target} 的下限，得分 = {N(b)} ÷ {N(a)} × {N(w)} = {S(score)}",
            OutcomeCase.AboveRangeLinear => $"{head} 高于目标区间 {target} 的上限，得分 = (1 − ({N(b)} − {N(aHigh)}) ÷ {N(aHigh)}) × {N(w)} = {S(score)}",
            OutcomeCase.AboveRangeRatio => $"{head} 高于目标区间 {target} 的上限，得分 = {N(aHigh)} ÷ {N(b)} × {N(w)} = {S(score)}",
            OutcomeCase.AboveRangeBeyondDouble => $"{head} 达到目标区间 {target} 上限的2倍及以上，得分 = {S(score)}",
        };
    }

    private static string Compare(decimal b, decimal a) => b > a ? ">" : b < a ? "<" : "=";
}
