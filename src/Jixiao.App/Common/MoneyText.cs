using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.App.Common;

/// <summary>
/// Reads an amount typed by a clerk. Strict on purpose: the invariant decimal parser takes "12,5" as 125
/// and "1e3" as 1000, which would silently store the wrong budget. Full-width digits and punctuation from
/// Chinese input methods are accepted, thousands separators only in groups of three.
/// </summary>
public static partial class MoneyText
{
    public static bool TryParse(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var normalised = Normalise(text.Trim());
        if (normalised.EndsWith('元'))
        {
            normalised = normalised[..^1].TrimEnd();
        }
        if (!Plain().IsMatch(normalised) && !Grouped().IsMatch(normalised))
        {
            return false;
        }
        if (!decimal.TryParse(normalised.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        amount = value;
        return true;
    }

    public static string Format(decimal? amount) =>
        amount is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static string Normalise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '，' => ',',
                '．' or '。' => '.',
                '－' => '-',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Grouped();
}
