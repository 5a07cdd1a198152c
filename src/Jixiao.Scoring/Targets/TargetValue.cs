using System.Globalization;

namespace Jixiao.Scoring.Targets;

/// <summary>
/// A parsed 年度指标值 or 实际完成值. Numbers keep the unit they were written in ("95" with unit "%",
/// "68.95" with unit "万元"); <see cref="Units"/> converts between money units.
/// A struct, so parsing a number allocates nothing when the unit is a common one.
/// </summary>
public readonly record struct TargetValue
{
    public TargetKind Kind { get; init; }
    public TargetOperator Operator { get; init; }

    /// <summary>The number, or the low end of a range. 0 for qualitative values.</summary>
    public decimal Value { get; init; }

    /// <summary>The high end of a range; equals <see cref="Value"/> for single numbers.</summary>
    public decimal High { get; init; }

    /// <summary>Normalised unit ("人次", "万元", "%"); empty when none was written.</summary>
    public string Unit { get; init; }

    /// <summary>The trimmed text of a qualitative value ("健全", "达成年度指标"); null for numbers.</summary>
    public string? Text { get; init; }

    public bool IsNumeric => Kind is TargetKind.Number or TargetKind.Range;

    public bool IsQualitative => Kind == TargetKind.Qualitative;

    /// <summary>The level a qualitative text stands for, when it can be told.</summary>
    public QualitativeLevel? Level => Kind == TargetKind.Qualitative ? QualitativeLevels.Classify(Text ?? "") : null;

    public static TargetValue Number(decimal value, string unit = "", TargetOperator op = TargetOperator.None) =>
        new() { Kind = TargetKind.Number, Operator = op, Value = value, High = value, Unit = unit };

    public static TargetValue Range(decimal low, decimal high, string unit = "") =>
        new() { Kind = TargetKind.Range, Operator = TargetOperator.None, Value = low, High = high, Unit = unit };

    public static TargetValue Qualitative(string text) =>
        new() { Kind = TargetKind.Qualitative, Operator = TargetOperator.None, Unit = "", Text = text };

    /// <summary>Canonical form as reports print it: "≥500人次", "90%-100%", "3-5天", "健全".</summary>
    public override string ToString() => Kind switch
    {
        TargetKind.Qualitative => Text ?? "",
        TargetKind.Range => Unit == Units.Percent ? Format(Value) + Unit + "-" + Format(High) + Unit : Format(Value) + "-" + Format(High) + Unit,
        TargetKind.Number => Operator.Symbol() + Format(Value) + Unit,
    };

    /// <summary>A number without trailing zeros, invariant culture ("68.95", "500", "0.1").</summary>
    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
