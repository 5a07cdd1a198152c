using System.Globalization;
using ScottPlot;

namespace Jixiao.Documents.Charts;

/// <summary>A labelled value for a bar chart (a first-level indicator and its 得分率, a grade and its count).</summary>
public sealed record ChartBar(string Label, decimal Value);

/// <summary>
/// Bar charts as PNG for reports. The CJK font is named explicitly: ScottPlot's automatic font
/// choice draws Chinese as boxes even with fonts-noto-cjk installed.
/// </summary>
public static class ChartImages
{
    public const string CjkFont = "Noto Sans CJK SC";
    private const int Width = 1200;
    private const int Height = 600;

    /// <summary>Bars with value labels; <paramref name="format"/> renders each label (e.g. "95.00%").</summary>
    public static byte[] Bars(string title, string yLabel, IReadOnlyList<ChartBar> bars, Func<decimal, string> format, double? yMax = null)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var items = bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = (double)b.Value,
            FillColor = palette.GetColor(i),
            Label = format(b.Value),
        }).ToList();
        var series = plot.Add.Bars(items);
        series.ValueLabelStyle.FontSize = 28;
        series.ValueLabelStyle.Bold = true;

        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, bars.Count).Select(i => (double)i)],
            [.. bars.Select(b => b.Label)]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 30;
        plot.Axes.Left.TickLabelStyle.FontSize = 24;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        var top = yMax ?? Math.Max(1.0, (double)bars.Select(b => b.Value).DefaultIfEmpty(0m).Max() * 1.2);
        plot.Axes.SetLimits(-0.6, bars.Count - 0.4, 0, top);
        if (title.Length > 0)
        {
            plot.Title(title, size: 30);
        }

        plot.YLabel(yLabel, size: 26);
        plot.Font.Set(CjkFont);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>First-level 得分率 (score ÷ points), as in a project report's analysis section.</summary>
    public static byte[] LevelRates(IEnumerable<ChartBar> rates) =>
        Bars(string.Empty, "得分率（%）", [.. rates.Select(r => r with { Value = r.Value * 100m })],
            v => v.ToString("0.00", CultureInfo.InvariantCulture) + "%", yMax: 115);

    public static byte[] GradeDistribution(IEnumerable<ChartBar> counts) =>
        Bars(string.Empty, "项目个数", [.. counts], v => v.ToString("0", CultureInfo.InvariantCulture) + "个");

    public static byte[] ScoresByDepartment(IEnumerable<ChartBar> averages) =>
        Bars(string.Empty, "平均得分（分）", [.. averages],
            v => v.ToString("0.00", CultureInfo.InvariantCulture), yMax: 115);
}
