using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;

namespace Jixiao.Scoring.Tests.Properties;

public sealed class ScoringProperties
{
    private static readonly JurisdictionSettings[] Variants =
    [
        JurisdictionSettings.Default,
        JurisdictionSettings.Default with { ReverseRule = ReverseRule.Ratio },
        JurisdictionSettings.Default with { EqualRule = EqualRule.Exact },
    ];

    private static Gen<decimal> Amount(int max) => Gen.Choose(0, max).Select(n => n / 100m);

    [Property(MaxTest = 3000)]
    public Property Score_IsBetweenZeroAndWeight_WithTwoDecimals()
    {
        var gen =
            from method in Gen.Elements(ScoringMethod.Positive, ScoringMethod.Reverse, ScoringMethod.Equal, ScoringMethod.Range, ScoringMethod.BudgetExecution)
            from a in Amount(1_000_000)
            from width in Amount(100_000)
            from b in Amount(3_000_000)
            from w in Gen.Choose(1, 3000).Select(n => n / 100m)
            from settings in Gen.Elements(Variants)
            select (method, a, width, b, w, settings);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var score = ScoringRules.Score(t.method, t.a, t.a + t.width, t.b, t.w, t.settings);
            return score >= 0m && score <= t.w && score == Math.Round(score, 2);
        });
    }

    [Property(MaxTest = 2000)]
    public Property Positive_NeverDecreasesAsActualGrows()
    {
        var gen =
            from a in Amount(100_000).Where(a => a > 0m)
            from b1 in Amount(200_000)
            from delta in Amount(50_000)
            select (a, b1, b2: b1 + delta);
        return Prop.ForAll(gen.ToArbitrary(), t =>
            ScoringRules.Score(ScoringMethod.Positive, t.a, t.a, t.b1, 10m, JurisdictionSettings.Default)
            <= ScoringRules.Score(ScoringMethod.Positive, t.a, t.a, t.b2, 10m, JurisdictionSettings.Default));
    }

    [Property(MaxTest = 2000)]
    public Property Reverse_NeverIncreasesAsActualGrows()
    {
        var gen =
            from a in Amount(100_000).Where(a => a > 0m)
            from b1 in Amount(300_000)
            from delta in Amount(50_000)
            from settings in Gen.Elements(Variants)
            select (a, b1, b2: b1 + delta, settings);
        return Prop.ForAll(gen.ToArbitrary(), t =>
            ScoringRules.Score(ScoringMethod.Reverse, t.a, t.a, t.b1, 10m, t.settings)
            >= ScoringRules.Score(ScoringMethod.Reverse, t.a, t.a, t.b2, 10m, t.settings));
    }

    [Property(MaxTest = 2000)]
    public Property Grade_NeverGetsWorseAsTotalGrows()
    {
        var gen = from t1 in Amount(10_000) from delta in Amount(5_000) select (t1, t2: t1 + delta);
        return Prop.ForAll(gen.ToArbitrary(), t => GradeBands.Default.GradeOf(t.t2) <= GradeBands.Default.GradeOf(t.t1));
    }
}
