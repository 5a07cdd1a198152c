using System.Globalization;

namespace Jixiao.Documents.Common;

/// <summary>
/// Money is held in 元 and shown in 万元 with two decimals, halves away from zero,
/// which is how finance bureaus round in their tables.
/// </summary>
public static class Money
{
    public const string RoundingNote = "注：因四舍五入，分项合计与总计可能存在尾差。";

    public static decimal ToWan(decimal yuan) => Math.Round(yuan / 10000m, 2, MidpointRounding.AwayFromZero);

    /// <summary>万元 with thousands separators, e.g. "1,234.57" (tables).</summary>
    public static string Wan(decimal yuan) => ToWan(yuan).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>万元 without separators, e.g. "1234.57" (running text: "安排资金1234.57万元").</summary>
    public static string WanPlain(decimal yuan) => ToWan(yuan).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A fraction shown as a percentage with two decimals: 0.9923 → "99.23%".</summary>
    public static string Percent(decimal? fraction) =>
        fraction is { } f
            ? (Math.Round(f * 100m, 2, MidpointRounding.AwayFromZero)).ToString("0.00", CultureInfo.InvariantCulture) + "%"
            : "—";

    /// <summary>A score or weight with two decimals; a missing score is "未评分", never 0.</summary>
    public static string Points(decimal? points) =>
        points is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) : "未评分";
}

/// <summary>
/// A column of amounts with its 合计: the total is the rounded exact sum of the 元 lines; when the
/// rounded lines do not add up to it, the table must carry <see cref="Money.RoundingNote"/>.
/// </summary>
public sealed record MoneyColumn(IReadOnlyList<decimal> LinesYuan)
{
    public decimal TotalYuan => LinesYuan.Sum();

    public decimal TotalWan => Money.ToWan(TotalYuan);

    public decimal DisplayedLinesWan => LinesYuan.Sum(Money.ToWan);

    public bool NeedsRoundingNote => DisplayedLinesWan != TotalWan;

    public static bool AnyNeedsNote(params MoneyColumn[] columns) => columns.Any(c => c.NeedsRoundingNote);
}
