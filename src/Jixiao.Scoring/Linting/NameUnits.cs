namespace Jixiao.Scoring.Linting;

/// <summary>What an indicator's name says it measures ("缴费月数" → months, "办公费" → money, "合规率" → a rate).</summary>
internal enum Measure
{
    Unknown,
    Time,
    People,
    Count,
    Rate,
    Money,
}

internal static class NameUnits
{
    // The measure word that ends latest in the name wins: "电费缴费月数" is months, "资金使用合规率" a rate.
    private static readonly (string Word, Measure Measure)[] Words =
    [
        ("月数", Measure.Time), ("天数", Measure.Time), ("日数", Measure.Time), ("时间", Measure.Time), ("时限", Measure.Time), ("周期", Measure.Time),
        ("人数", Measure.People), ("人次", Measure.People),
        ("次数", Measure.Count), ("批次", Measure.Count), ("个数", Measure.Count), ("数量", Measure.Count),
        ("率", Measure.Rate), ("满意度", Measure.Rate), ("比例", Measure.Rate), ("占比", Measure.Rate),
        ("费", Measure.Money), ("金额", Measure.Money), ("资金", Measure.Money), ("成本", Measure.Money), ("经费", Measure.Money), ("支出", Measure.Money), ("补助", Measure.Money), ("补贴", Measure.Money),
    ];

    private static readonly string[] PerUnitMarkers = ["人均", "单位", "每", "平均", "单价", "单次", "户均", "亩均", "次均"];

    /// <summary>The name without a trailing bracketed unit, and that unit ("办公费（万元）" → "办公费", "万元").</summary>
    public static (string Bare, string Unit) Split(string name)
    {
        var trimmed = name.Trim();
        var open = trimmed.LastIndexOfAny(['(', '（']);
        if (open > 0 && trimmed.Length > 0 && trimmed[^1] is ')' or '）')
        {
            var unit = trimmed[(open + 1)..^1].Trim();
            return (trimmed[..open].Trim(), unit == "%" || unit == "％" ? "%" : unit);
        }
        return (trimmed, "");
    }

    public static Measure MeasureOf(string bareName)
    {
        var best = Measure.Unknown;
        var bestEnd = -1;
        foreach (var (word, measure) in Words)
        {
            var at = bareName.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length > bestEnd)
            {
                best = measure;
                bestEnd = at + word.Length;
            }
        }
        return best;
    }

    public static bool IsPerUnit(string name, string unit) =>
        unit.Contains('/') || PerUnitMarkers.Any(m => name.Contains(m, StringComparison.Ordinal));

    /// <summary>Whether a unit can measure what the name says; unknown measures and units fit anything.</summary>
    public static bool Fits(Measure measure, string unit) => measure switch
    {
        Measure.Unknown => true,
        Measure.Time => Targets.Units.IsTime(unit),
        Measure.People => unit is "人" or "人次" or "名" or "万人次" or "户",
        Measure.Count => !Targets.Units.IsMoney(unit) && !Targets.Units.IsPercent(unit),
        Measure.Rate => Targets.Units.IsPercent(unit),
        Measure.Money => Targets.Units.IsMoney(unit) || unit.Contains('元'),
    };

    public static string Describe(Measure measure) => measure switch
    {
        Measure.Unknown => "",
        Measure.Time => "时间（月、天等）",
        Measure.People => "人数（人、人次）",
        Measure.Count => "数量（次、个、批次等）",
        Measure.Rate => "比率（%）",
        Measure.Money => "金额（元、万元）",
    };
}
