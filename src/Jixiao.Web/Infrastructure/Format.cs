using System.Globalization;

namespace Jixiao.Web.Infrastructure;

/// <summary>Money and rates as Chinese finance tables show them.</summary>
public static class Format
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>万元 with two decimals.</summary>
    public static string Wan(decimal yuan) => (yuan / 10000m).ToString("N2", Chinese);

    public static string Yuan(decimal yuan) => yuan.ToString("N2", Chinese);

    public static string Rate(decimal? percent) => percent is { } p ? p.ToString("0.00", Chinese) + "%" : "—";

    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime).ToString("yyyy-MM-dd HH:mm:ss", Chinese);

    private static readonly TimeZoneInfo ChinaTime =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
}
