using System.Globalization;
using Jixiao.Review.Facts;
using Jixiao.Scoring.Settings;

namespace Jixiao.Review.Checks;

/// <summary>What every check sees: the analysed report, the jurisdiction's settings (grade bands…) and the step budget.</summary>
public sealed record ReviewContext(ReportAnalysis Report, JurisdictionSettings Settings, ReviewBudget Budget);

/// <summary>One kind of check; it reports what fails and, as info, what it verified.</summary>
public interface IReviewCheck
{
    IEnumerable<Finding> Run(ReviewContext context);
}

static class Num
{
    /// <summary>A number as a reader expects it: no trailing zeros beyond what is needed ("192.05", "100", "99.23").</summary>
    public static string F(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Two decimals, as reports print money and rates.</summary>
    public static string F2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Lines(IEnumerable<int> lines)
    {
        var list = lines.Where(l => l > 0).Distinct().Order().ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => $"第{list[0]}行",
            _ => "第" + string.Join("、", list.Take(6)) + (list.Count > 6 ? "…" : string.Empty) + "行",
        };
    }

    /// <summary>Scores and weights written as integers are exact; decimals carry half a unit of their last digit.</summary>
    public static decimal PointTolerance(IEnumerable<Text.StatedNumber> numbers) =>
        numbers.Sum(n => n.Decimals == 0 ? 0m : n.HalfUnit);
}
