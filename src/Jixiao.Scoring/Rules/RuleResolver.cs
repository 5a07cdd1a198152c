using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Rules;

/// <summary>
/// Chooses the rule. The rule follows the indicator, not the operator people typed: 成本 is 反向 even when
/// written "=68.95万元"; a 时效 deadline in months or days is 反向; 满意度 is 正向. Then a declared 指标方向,
/// then a range, then the operator.
/// </summary>
public static class RuleResolver
{
    public static ScoringMethod Resolve(IndicatorInput input) =>
        Resolve(input.Level2, input.Name, input.Target, input.Direction);

    public static ScoringMethod Resolve(string level2, string name, TargetValue? target, IndicatorDirection? declared)
    {
        if (target is not { } t)
        {
            return ScoringMethod.Deduction;
        }
        if (t.IsQualitative || declared == IndicatorDirection.Qualitative)
        {
            return ScoringMethod.Qualitative;
        }
        if (t.Kind == TargetKind.Range)
        {
            return ScoringMethod.Range;
        }
        var byKind = ByKind(level2, name, t);
        if (byKind is { } kind)
        {
            return kind;
        }
        return declared switch
        {
            IndicatorDirection.Positive => ScoringMethod.Positive,
            IndicatorDirection.Reverse => ScoringMethod.Reverse,
            IndicatorDirection.Equal => ScoringMethod.Equal,
            _ => ByOperator(t.Operator),
        };
    }

    /// <summary>The same decision with the category already known (bulk scoring caches it per second level).</summary>
    public static ScoringMethod Resolve(IndicatorCategory category, in TargetValue target, IndicatorDirection? declared)
    {
        if (target.IsQualitative || declared == IndicatorDirection.Qualitative)
        {
            return ScoringMethod.Qualitative;
        }
        if (target.Kind == TargetKind.Range)
        {
            return ScoringMethod.Range;
        }
        return ByKind(category, target) ?? declared switch
        {
            IndicatorDirection.Positive => ScoringMethod.Positive,
            IndicatorDirection.Reverse => ScoringMethod.Reverse,
            IndicatorDirection.Equal => ScoringMethod.Equal,
            _ => ByOperator(target.Operator),
        };
    }

    /// <summary>The method the indicator's kind demands, or null when its kind leaves it to the operator.</summary>
    public static ScoringMethod? ByKind(string level2, string name, TargetValue target) =>
        ByKind(LevelNames.Categorize(level2, name), target);

    public static ScoringMethod? ByKind(IndicatorCategory category, in TargetValue target) =>
        category switch
        {
            IndicatorCategory.Cost when !Units.IsPercent(target.Unit) => ScoringMethod.Reverse,
            IndicatorCategory.Timeliness when Units.IsTime(target.Unit) && !target.Operator.PointsUp() => ScoringMethod.Reverse,
            IndicatorCategory.Satisfaction => ScoringMethod.Positive,
            _ => null,
        };

    public static ScoringMethod ByOperator(TargetOperator op) => op switch
    {
        TargetOperator.AtLeast or TargetOperator.GreaterThan => ScoringMethod.Positive,
        TargetOperator.AtMost or TargetOperator.LessThan => ScoringMethod.Reverse,
        TargetOperator.Equal or TargetOperator.None => ScoringMethod.Equal,
    };

    /// <summary>True when the typed operator points against the method the kind chose (≥ on a cost, ≤ on satisfaction).</summary>
    public static bool OperatorDisagrees(ScoringMethod method, TargetOperator op) =>
        (method == ScoringMethod.Reverse && op.PointsUp()) || (method == ScoringMethod.Positive && op.PointsDown());
}
