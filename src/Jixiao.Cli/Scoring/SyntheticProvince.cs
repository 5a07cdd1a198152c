using System.Globalization;
using Jixiao.Scoring.Frameworks;

namespace Jixiao.Cli.Scoring;

/// <summary>One synthetic indicator as a unit would type it.</summary>
public readonly record struct SyntheticIndicator(IndicatorCategory Category, decimal Points, string Target, string Actual, decimal? EvaluatorScore);

/// <summary>
/// A made-up province for benchmarks: projects × indicators written the way real tables are (ASCII and
/// full-width operators, Chinese operator words, units, percentages, costs in 万元 and 元, qualitative rows).
/// Deterministic (seeded) so runs compare. Texts come from a pool so memory stays that of a real import.
/// </summary>
public sealed class SyntheticProvince
{
    private const int PoolSize = 1 << 16;
    private readonly SyntheticIndicator[] pool;

    public SyntheticProvince(int projects, int indicatorsPerProject, int seed = 20221231)
    {
        Projects = projects;
        IndicatorsPerProject = indicatorsPerProject;
        var random = new Random(seed);
        pool = new SyntheticIndicator[PoolSize];
        for (var i = 0; i < PoolSize; i++)
        {
            pool[i] = Make(random, 100m / indicatorsPerProject);
        }
    }

    public int Projects { get; }
    public int IndicatorsPerProject { get; }
    public long Count => (long)Projects * IndicatorsPerProject;

    /// <summary>The indicator at a position of the province (project-major order).</summary>
    public ref readonly SyntheticIndicator this[long index] => ref pool[(int)(Mix(index) & (PoolSize - 1))];

    public static SyntheticIndicator Make(Random random, decimal points)
    {
        var n = random.Next(10, 5000);
        var pct = random.Next(80, 100);
        var got = (decimal)n * random.Next(50, 140) / 100m;
        var style = random.Next(12);
        return style switch
        {
            0 => new(IndicatorCategory.Quantity, points, $"≥{n}人次", $"{F(got, 0)}人次", null),
            1 => new(IndicatorCategory.Quantity, points, $"＞＝{Wide(n)}个", $"{F(got, 0)}个", null),
            2 => new(IndicatorCategory.Quantity, points, "不少于" + n.ToString("N0", CultureInfo.InvariantCulture) + "人", $"{F(got, 0)}人", null),
            3 => new(IndicatorCategory.Quality, points, $">={pct}%", $"{F(pct * random.Next(90, 110) / 100m, 1)}%", null),
            4 => new(IndicatorCategory.Satisfaction, points, $"≥{pct}%", $"{random.Next(85, 100)}%", null),
            5 => new(IndicatorCategory.Cost, points, $"={F(n / 100m, 2)}（万元）", $"{F(got / 100m, 2)}万元", null),
            6 => new(IndicatorCategory.Cost, points, $"≤{F(n / 10m, 1)}万元", $"{F(got * 1000m, 0)}元", null),
            7 => new(IndicatorCategory.Timeliness, points, "≤12月", $"{random.Next(10, 15)}月", null),
            8 => new(IndicatorCategory.Quantity, points, $"={n % 50 + 1}批次", $"{n % 50 + 1}批次", null),
            9 => new(IndicatorCategory.Quality, points, "90%-100%", $"{random.Next(80, 100)}%", null),
            10 => new(IndicatorCategory.Social, points, "健全", "达成年度指标", Math.Round(points * random.Next(80, 101) / 100m, 2)),
            _ => new(IndicatorCategory.Sustainability, points, "有效保障", "部分达成年度指标并具有一定效果", Math.Round(points * random.Next(60, 80) / 100m, 2)),
        };
    }

    private static string F(decimal value, int decimals) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    private static string Wide(int n) => new([.. n.ToString("N0", CultureInfo.InvariantCulture).Select(c => c == ',' ? '，' : (char)(c + 0xFEE0))]);

    private static ulong Mix(long index)
    {
        var x = (ulong)index * 0x9E3779B97F4A7C15UL;
        return x ^ (x >> 29);
    }
}
