using Jixiao.Scoring.Settings;

namespace Jixiao.Scoring.Rules;

/// <summary>Which sentence of a trace applies; the arithmetic says it, the trace builder words it.</summary>
public enum OutcomeCase
{
    Met,
    Proportional,
    ZeroTargetMet,
    ZeroTargetMissed,
    ReverseLinear,
    ReverseRatio,
    ReverseBeyondDouble,
    InsideRange,
    BelowRange,
    AboveRangeLinear,
    AboveRangeRatio,
    AboveRangeBeyondDouble,
    ExactAboveLinear,
    ExactAboveRatio,
    ExactAboveBeyondDouble,
    NegativeTargetMissed,
}

/// <summary>The unrounded score of a rule and the case that produced it.</summary>
public readonly record struct RuleOutcome(decimal Raw, OutcomeCase Case);

/// <summary>
/// The arithmetic of DOMAIN §5, on numbers already in one unit. Pure, allocation-free; the hot path of
/// scoring a province. Callers round with <see cref="Finish"/>.
/// </summary>
public static class ScoringRules
{
    public static decimal Round(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);

    /// <summary>Caps at the weight, floors at 0, rounds to 2 decimals (halves away from zero).</summary>
    public static decimal Finish(decimal raw, decimal points) => Round(Math.Clamp(raw, 0m, Math.Max(points, 0m)));

    public static RuleOutcome Positive(decimal a, decimal b, decimal w)
    {
        if (a == 0m)
        {
            return b >= 0m ? new(w, OutcomeCase.ZeroTargetMet) : new(0m, OutcomeCase.ZeroTargetMissed);
        }
        if (b >= a)
        {
            return new(w, OutcomeCase.Met);
        }
        return a < 0m ? new(0m, OutcomeCase.NegativeTargetMissed) : new(Math.Max(SafeMath.Ratio(b, a), 0m) * w, OutcomeCase.Proportional);
    }

    public static RuleOutcome Reverse(decimal a, decimal b, decimal w, ReverseRule rule)
    {
        if (a <= 0m)
        {
            return b <= a ? new(w, a == 0m ? OutcomeCase.ZeroTargetMet : OutcomeCase.Met) : new(0m, a == 0m ? OutcomeCase.ZeroTargetMissed : OutcomeCase.NegativeTargetMissed);
        }
        if (b <= a)
        {
            return new(w, OutcomeCase.Met);
        }
        return rule switch
        {
            ReverseRule.LinearToZeroAtDouble => b >= 2m * a
                ? new(0m, OutcomeCase.ReverseBeyondDouble)
                : new((1m - (b - a) / a) * w, OutcomeCase.ReverseLinear),
            ReverseRule.Ratio => new(a / b * w, OutcomeCase.ReverseRatio),
        };
    }

    public static RuleOutcome Equal(decimal a, decimal b, decimal w, EqualRule rule, ReverseRule reverse)
    {
        if (a == 0m)
        {
            // "投诉 =0次": none allowed.
            return b <= 0m ? new(w, OutcomeCase.ZeroTargetMet) : new(0m, OutcomeCase.ZeroTargetMissed);
        }
        if (rule == EqualRule.AsPositive || b <= a)
        {
            return Positive(a, b, w);
        }
        var above = Reverse(a, b, w, reverse);
        return above.Case switch
        {
            OutcomeCase.ReverseLinear => above with { Case = OutcomeCase.ExactAboveLinear },
            OutcomeCase.ReverseRatio => above with { Case = OutcomeCase.ExactAboveRatio },
            OutcomeCase.ReverseBeyondDouble => above with { Case = OutcomeCase.ExactAboveBeyondDouble },
            _ => above,
        };
    }

    public static RuleOutcome Range(decimal low, decimal high, decimal b, decimal w, ReverseRule reverse)
    {
        if (b >= low && b <= high)
        {
            return new(w, OutcomeCase.InsideRange);
        }
        if (b < low)
        {
            var below = Positive(low, b, w);
            return below.Case == OutcomeCase.Proportional ? below with { Case = OutcomeCase.BelowRange } : below;
        }
        var above = Reverse(high, b, w, reverse);
        return above.Case switch
        {
            OutcomeCase.ReverseLinear => above with { Case = OutcomeCase.AboveRangeLinear },
            OutcomeCase.ReverseRatio => above with { Case = OutcomeCase.AboveRangeRatio },
            OutcomeCase.ReverseBeyondDouble => above with { Case = OutcomeCase.AboveRangeBeyondDouble },
            _ => above,
        };
    }

    /// <summary>预算执行率 score: min(spent / budget, 1) × W. Budget must be positive.</summary>
    public static decimal BudgetExecution(decimal budget, decimal spent, decimal w) =>
        budget <= 0m ? 0m : Finish(Math.Min(SafeMath.Ratio(Math.Max(spent, 0m), budget), 1m) * w, w);

    /// <summary>The score of a quantitative method, rounded. The fast path used by bulk scoring.</summary>
    public static decimal Score(ScoringMethod method, decimal a, decimal aHigh, decimal b, decimal w, JurisdictionSettings settings) =>
        Finish(Outcome(method, a, aHigh, b, w, settings).Raw, w);

    public static RuleOutcome Outcome(ScoringMethod method, decimal a, decimal aHigh, decimal b, decimal w, JurisdictionSettings settings) => method switch
    {
        ScoringMethod.Positive => Positive(a, b, w),
        ScoringMethod.Reverse => Reverse(a, b, w, settings.ReverseRule),
        ScoringMethod.Equal => Equal(a, b, w, settings.EqualRule, settings.ReverseRule),
        ScoringMethod.Range => Range(a, aHigh, b, w, settings.ReverseRule),
        ScoringMethod.BudgetExecution => new(a <= 0m ? 0m : Math.Min(SafeMath.Ratio(Math.Max(b, 0m), a), 1m) * w, OutcomeCase.Proportional),
        ScoringMethod.Qualitative or ScoringMethod.Deduction or ScoringMethod.Manual => new(0m, OutcomeCase.Proportional),
    };
}
