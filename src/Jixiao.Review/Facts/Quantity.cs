using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>
/// A number with its unit as stated on a line. Money is also held in 万元 (the unit reports
/// compare in) with the stated precision carried over, so 元 and 万元 figures can be summed.
/// </summary>
public sealed record Quantity(StatedNumber Stated, string Unit, int Line, int Position, string Label)
{
    public bool IsMoney => Unit is "元" or "万元" or "亿元";

    public decimal Value => Stated.Value;

    /// <summary>The amount in 万元 (money only).</summary>
    public decimal Wan => Unit switch
    {
        "元" => Stated.Value / 10_000m,
        "亿元" => Stated.Value * 10_000m,
        _ => Stated.Value,
    };

    /// <summary>Half a unit of the last stated digit, in 万元 for money.</summary>
    public decimal HalfUnitWan => Unit switch
    {
        "元" => Stated.HalfUnit / 10_000m,
        "亿元" => Stated.HalfUnit * 10_000m,
        _ => Stated.HalfUnit,
    };

    /// <summary>Units that add up with each other: all money is one family.</summary>
    public string Family => IsMoney ? "万元" : Unit;

    public string ShownWan => IsMoney ? StatedNumber.Format(Wan, Unit == "万元" ? Stated.Decimals : Math.Max(Stated.Decimals, 2)) : Stated.ToString();
}
