namespace Jixiao.Scoring.Rules;

/// <summary>Division that cannot overflow a decimal: absurd inputs (9999999999999999999 ÷ 0.0000000000000000001) give a huge ratio, not an exception.</summary>
internal static class SafeMath
{
    public const decimal Limit = 1_000_000_000_000m;

    public static decimal Ratio(decimal numerator, decimal denominator)
    {
        if (denominator == 0m)
        {
            return numerator == 0m ? 0m : Math.Sign(numerator) * Limit;
        }
        var absDenominator = Math.Abs(denominator);
        if (absDenominator < 1m && Math.Abs(numerator) > absDenominator * Limit)
        {
            return Math.Sign(numerator) * Math.Sign(denominator) * Limit;
        }
        return Math.Clamp(numerator / denominator, -Limit, Limit);
    }
}
