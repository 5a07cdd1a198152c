using System.Globalization;

namespace Jixiao.Review.Text;

/// <summary>
/// A number as a report states it. Its precision matters: "1250.5" stands for 1250.45–1250.55,
/// so comparisons allow half a unit of the last stated digit (DOMAIN §8).
/// </summary>
public readonly record struct StatedNumber(decimal Value, int Decimals)
{
    /// <summary>Half a unit of the last stated digit: 0.005 for "192.05", 0.5 for "43".</summary>
    public decimal HalfUnit => 0.5m / Pow10(Decimals);

    public static bool TryParse(string text, out StatedNumber number)
    {
        number = default;
        var s = text.Trim();
        if (s.Length == 0 || s.Length > 28)
        {
            return false;
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        number = new StatedNumber(value, dot < 0 ? 0 : Math.Min(s.Length - dot - 1, 10));
        return true;
    }

    public static StatedNumber Exact(decimal value) => new(value, 10);

    /// <summary>Whether two totals agree within the sum of the half-units of every figure involved.</summary>
    public static bool Agree(decimal left, decimal right, decimal tolerance) => Math.Abs(left - right) <= tolerance;

    /// <summary>Shown as stated: "192.05", "43", "99.23".</summary>
    public override string ToString() => Format(Value, Decimals);

    public static string Format(decimal value, int decimals) => decimals is > 0 and <= 4
        ? Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : value.ToString("0.##########", CultureInfo.InvariantCulture);

    static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
