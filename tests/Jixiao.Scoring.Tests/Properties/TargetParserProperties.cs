using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Properties;

public sealed class TargetParserProperties
{
    private static readonly string[] UnitPool = ["", "人", "人次", "次", "批次", "月", "天", "个", "辆", "元", "万元", "%", "册", "起", "套"];
    private static readonly (string Text, TargetOperator Op)[] Operators =
    [
        ("", TargetOperator.None), ("=", TargetOperator.Equal), (">=", TargetOperator.AtLeast), ("≥", TargetOperator.AtLeast), ("≧", TargetOperator.AtLeast),
        ("＞＝", TargetOperator.AtLeast), ("不低于", TargetOperator.AtLeast), ("不少于", TargetOperator.AtLeast), ("达到", TargetOperator.AtLeast),
        ("<=", TargetOperator.AtMost), ("≤", TargetOperator.AtMost), ("不超过", TargetOperator.AtMost), ("不高于", TargetOperator.AtMost),
        (">", TargetOperator.GreaterThan), ("＞", TargetOperator.GreaterThan), ("<", TargetOperator.LessThan), ("＜", TargetOperator.LessThan),
    ];

    [Property(MaxTest = 2000)]
    public bool Parse_NeverThrows_AndErrorsPointInsideTheInput(string? text)
    {
        var result = TargetParser.Parse(text);
        return result.IsSuccess || (result.Error!.Position >= 0 && result.Error.Position <= Math.Max((text ?? "").Length, TargetParser.MaxLength) && result.Error.Message.Length > 0);
    }

    [Property(MaxTest = 2000)]
    public Property Parse_ReadsWhatWasWritten()
    {
        var gen =
            from op in Gen.Elements(Operators)
            from units in Gen.Elements(UnitPool)
            from whole in Gen.Choose(0, 1_000_000)
            from cents in Gen.Choose(0, 99)
            from hasCents in ArbMap.Default.GeneratorFor<bool>()
            from thousands in ArbMap.Default.GeneratorFor<bool>()
            from wide in ArbMap.Default.GeneratorFor<bool>()
            select (op, units, whole, hasCents ? cents : 0, hasCents, thousands, wide);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (op, unit, whole, cents, hasCents, thousands, wide) = t;
            var number = whole.ToString(thousands ? "N0" : "D", System.Globalization.CultureInfo.InvariantCulture) + (hasCents ? "." + cents.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : "");
            if (wide)
            {
                number = new string([.. number.Select(c => (char)(c + 0xFEE0))]);
            }
            var result = TargetParser.Parse(op.Text + number + unit);
            var expected = whole + cents / 100m;
            return result.IsSuccess && result.Value.Operator == op.Op && result.Value.Value == expected && result.Value.Unit == unit;
        });
    }

    [Property(MaxTest = 1000)]
    public Property CanonicalForm_ParsesBackToTheSameValue()
    {
        var gen =
            from op in Gen.Elements(Operators)
            from unit in Gen.Elements(UnitPool)
            from value in Gen.Choose(0, 100_000)
            select op.Text + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + unit;
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var first = TargetParser.Parse(text).Value;
            var again = TargetParser.Parse(first.ToString()).Value;
            return again == first;
        });
    }
}
