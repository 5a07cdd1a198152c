using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Settings;

/// <summary>
/// Where the three qualitative levels start, as shares of the weight: 达成 [80%, 100%],
/// 部分达成 [60%, 80%), 未达成 [0, 60%). Some places use 80/50.
/// </summary>
public sealed record QualitativeBands(decimal AchievedFrom = 0.80m, decimal PartlyFrom = 0.60m)
{
    public static QualitativeBands Default { get; } = new();

    public static QualitativeBands EightyFifty { get; } = new(0.80m, 0.50m);

    /// <summary>The band of a level for weight <paramref name="points"/>; the upper end is exclusive except for 达成.</summary>
    public (decimal Low, decimal High, bool HighInclusive) BandOf(QualitativeLevel level, decimal points) => level switch
    {
        QualitativeLevel.Achieved => (AchievedFrom * points, points, true),
        QualitativeLevel.PartlyAchieved => (PartlyFrom * points, AchievedFrom * points, false),
        QualitativeLevel.NotAchieved => (0m, PartlyFrom * points, false),
    };

    public bool Contains(QualitativeLevel level, decimal points, decimal score)
    {
        var (low, high, inclusive) = BandOf(level, points);
        return score >= low && (inclusive ? score <= high : score < high);
    }

    /// <summary>The level whose band holds a completion rate (0.95 → 达成).</summary>
    public QualitativeLevel LevelOfRate(decimal rate) =>
        rate >= AchievedFrom ? QualitativeLevel.Achieved
        : rate >= PartlyFrom ? QualitativeLevel.PartlyAchieved
        : QualitativeLevel.NotAchieved;

    internal IEnumerable<string> Problems()
    {
        if (!(AchievedFrom <= 1m && AchievedFrom > PartlyFrom && PartlyFrom > 0m))
        {
            yield return "定性等级分界应满足 1 ≥ 达成下限 > 部分达成下限 > 0（如 0.8 与 0.6）";
        }
    }
}
