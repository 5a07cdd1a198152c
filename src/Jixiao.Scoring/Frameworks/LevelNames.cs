namespace Jixiao.Scoring.Frameworks;

/// <summary>What kind of indicator a second level (or a name) says it is; decides the scoring rule before the operator does.</summary>
public enum IndicatorCategory
{
    Other,
    Quantity,
    Quality,
    Timeliness,
    Cost,
    Economic,
    Social,
    Ecological,
    Sustainability,
    Satisfaction,
}

/// <summary>
/// Level names as people write them: "产出指标" = "产出" = "项目产出"; "服务对象满意度指标" = "满意度";
/// "产出数量" = "数量指标" = "数量". <see cref="Canonical"/> gives the one form used for matching.
/// </summary>
public static class LevelNames
{
    public static string Canonical(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var s = Compact(name);
        var bracket = s.IndexOfAny(['(', '（']);
        if (bracket > 0)
        {
            s = s[..bracket]; // "产出指标（50分）"
        }
        s = StripSuffix(s, "类指标");
        s = StripSuffix(s, "指标");
        s = StripSuffix(s, "类");
        s = StripSuffix(s, "情况");
        if (s.Length > 2 && s.StartsWith("项目", StringComparison.Ordinal))
        {
            s = s[2..];
        }
        if (s.Length > 2 && s.StartsWith("产出", StringComparison.Ordinal) && s is not "产出")
        {
            s = s[2..]; // 产出数量 → 数量
        }
        return s switch
        {
            "服务对象满意度" or "社会公众或服务对象满意度" or "满意度" or "服务对象满意" => "满意度",
            "预算资金执行率" or "预算执行率" or "资金执行率" => "预算执行率",
            "实施" or "实施过程" or "管理" => s,
            "效果" => "效果",
            _ => s,
        };
    }

    public static bool SameLevel(string? a, string? b) => Canonical(a) == Canonical(b);

    /// <summary>The category of an indicator from its second level, falling back to its name for 满意度.</summary>
    public static IndicatorCategory Categorize(string? level2, string? name = null)
    {
        var l2 = Canonical(level2);
        if (l2.Contains("成本", StringComparison.Ordinal))
        {
            return IndicatorCategory.Cost;
        }
        if (l2.Contains("时效", StringComparison.Ordinal))
        {
            return IndicatorCategory.Timeliness;
        }
        if (l2.Contains("满意", StringComparison.Ordinal) || (name ?? "").Contains("满意", StringComparison.Ordinal))
        {
            return IndicatorCategory.Satisfaction;
        }
        return l2 switch
        {
            "数量" => IndicatorCategory.Quantity,
            "质量" => IndicatorCategory.Quality,
            "经济效益" => IndicatorCategory.Economic,
            "社会效益" => IndicatorCategory.Social,
            "生态效益" => IndicatorCategory.Ecological,
            "可持续影响" => IndicatorCategory.Sustainability,
            _ => IndicatorCategory.Other,
        };
    }

    private static string Compact(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 256)];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }
        return new string(buffer[..n]);
    }

    private static string StripSuffix(string s, string suffix) =>
        s.Length > suffix.Length && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;
}
