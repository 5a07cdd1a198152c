namespace Jixiao.Scoring.Targets;

/// <summary>Unit names, their families and conversions (元 ↔ 万元 ↔ 亿元; 天 = 日).</summary>
public static class Units
{
    public const string Yuan = "元";
    public const string WanYuan = "万元";
    public const string Percent = "%";

    // Interned so that parsing a common unit allocates nothing.
    private static readonly string[] Known =
    [
        "人", "人次", "次", "批次", "批", "月", "个月", "天", "日", "工作日", "小时", "年", "周", "个", "辆", "元", "万元", "亿元", "千元",
        "%", "‰", "件", "项", "家", "户", "台", "套", "册", "份", "起", "场", "期", "所", "座", "座次", "公里", "千米", "米", "平方米",
        "亩", "公顷", "吨", "千克", "株", "处", "条", "篇", "张", "名", "班", "课时", "学时", "分", "元/人", "次/年", "万人次",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.ToDictionary(u => u, u => u, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The interned string for a known unit, else a new string.</summary>
    public static string Intern(ReadOnlySpan<char> unit)
    {
        if (unit.IsEmpty)
        {
            return "";
        }
        return KnownBySpan.TryGetValue(unit, out var known) ? known : unit.ToString();
    }

    /// <summary>How many 元 one of this unit is; 0 when it is not a money unit. Per-unit costs (元/人) are not money totals.</summary>
    public static decimal YuanPerUnit(string unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => 0m,
    };

    public static bool IsMoney(string unit) => YuanPerUnit(unit) > 0;

    public static bool IsTime(string unit) => unit is "月" or "个月" or "天" or "日" or "工作日" or "小时" or "年" or "周";

    public static bool IsPercent(string unit) => unit is "%" or "‰";

    /// <summary>Converts a value between two units of one family; false when they cannot be compared.</summary>
    public static bool TryConvert(decimal value, string from, string to, out decimal result)
    {
        if (from == to || from.Length == 0 || to.Length == 0)
        {
            result = value;
            return true;
        }
        var fromYuan = YuanPerUnit(from);
        var toYuan = YuanPerUnit(to);
        if (fromYuan > 0 && toYuan > 0)
        {
            result = value * fromYuan / toYuan;
            return true;
        }
        if (SameThing(from, to))
        {
            result = value;
            return true;
        }
        if (from == "‰" && to == "%" || from == "%" && to == "‰")
        {
            result = from == "‰" ? value / 10m : value * 10m;
            return true;
        }
        result = value;
        return false;
    }

    public static bool AreCompatible(string a, string b) => TryConvert(1m, a, b, out _);

    /// <summary>
    /// An actual value in the target's unit. A bare fraction against a percentage target ("0.96" for "≥95%", as a CSV
    /// of a percent-formatted cell holds it) is read as 96%; <paramref name="readAsFraction"/> says so, for a warning.
    /// </summary>
    public static bool TryActualInTargetUnit(in TargetValue actual, in TargetValue target, out decimal value, out bool readAsFraction)
    {
        readAsFraction = false;
        if (actual.Unit.Length == 0 && target.Unit == Percent && actual.Value is > 0m and <= 1.5m && target.Value > 1.5m)
        {
            readAsFraction = true;
            value = actual.Value * 100m;
            return true;
        }
        return TryConvert(actual.Value, actual.Unit, target.Unit, out value);
    }

    // "天" and "日" are the same; "次/年" is counted in "次"; "个月" is "月"; "批次" is "批".
    private static bool SameThing(string a, string b)
    {
        var ca = Canonical(a);
        var cb = Canonical(b);
        return ca == cb || Numerator(ca) == Numerator(cb);
    }

    private static string Canonical(string unit) => unit switch
    {
        "日" => "天",
        "个月" => "月",
        "批" => "批次",
        "名" => "人",
        _ => unit,
    };

    private static string Numerator(string unit)
    {
        var slash = unit.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? Canonical(unit[..slash]) : unit;
    }
}
