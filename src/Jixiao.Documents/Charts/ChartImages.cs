using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace Jixiao.Documents.Charts;

/// <summary>A labelled value for a bar chart (a first-level indicator and its 得分率, a grade and its count).</summary>
public sealed record ChartBar(string Label, decimal Value);

/// <summary>
/// Bar charts as PNG for reports. The CJK font is named explicitly: ScottPlot's automatic font
/// choice draws Chinese as boxes even with fonts-noto-cjk installed. The layout is fixed because
/// the automatic one measured the axes too small for CJK labels (clipped axis titles, looked at).
/// </summary>
public static class ChartImages
{
    public const string CjkFont = "Noto Sans CJK SC";
    private const int Width = 1200;

    /// <summary>Vertical bars with value labels; <paramref name="format"/> renders each label (e.g. "95.00%").</summary>
    public static byte[] Bars(string yLabel, IReadOnlyList<ChartBar> bars, Func<decimal, string> format, double? yMax = null, double? tickStep = null, int height = 520)
    {
        var plot = NewPlot(bars, format, horizontal: false);
        plot.Axes.Bottom.SetTicks(Positions(bars), [.. bars.Select(b => b.Label)]);
        if (tickStep is { } step)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(step);
        }

        var top = yMax ?? Math.Max(1.0, (double)bars.Select(b => b.Value).DefaultIfEmpty(0m).Max() * 1.25);
        plot.Axes.SetLimits(-0.6, bars.Count - 0.4, 0, top);
        plot.YLabel(yLabel, size: 26);
        plot.Font.Set(CjkFont);
        plot.Layout.Fixed(new PixelPadding(left: 120, right: 30, bottom: 70, top: 30));
        return Png(plot, Width, height);
    }

    /// <summary>Horizontal bars, for long category names (departments) on the left axis.</summary>
    public static byte[] HorizontalBars(string xLabel, IReadOnlyList<ChartBar> bars, Func<decimal, string> format, double xMax)
    {
        var plot = NewPlot(bars, format, horizontal: true);

        // First item at the top, as a reader scans a ranking.
        plot.Axes.Left.SetTicks(Positions(bars), [.. bars.Select(b => b.Label)]);
        plot.Axes.SetLimits(0, xMax, bars.Count - 0.4, -0.6);
        plot.XLabel(xLabel, size: 26);
        plot.Font.Set(CjkFont);
        var longest = bars.Select(b => b.Label.Length).DefaultIfEmpty(2).Max();
        plot.Layout.Fixed(new PixelPadding(left: 40 + (longest * 30), right: 40, bottom: 80, top: 20));
        return Png(plot, Width, 140 + (bars.Count * 60));
    }

    /// <summary>First-level 得分率 (score ÷ points), as in a project report's analysis section.</summary>
    public static byte[] LevelRates(IEnumerable<ChartBar> rates) =>
        Bars("得分率（%）", [.. rates.Select(r => r with { Value = r.Value * 100m })],
            v => v.ToString("0.00", CultureInfo.InvariantCulture) + "%", yMax: 115);

    public static byte[] GradeDistribution(IEnumerable<ChartBar> counts) =>
        Bars("项目个数", [.. counts], v => v.ToString("0", CultureInfo.InvariantCulture) + "个", tickStep: 1, height: 440);

    public static byte[] ScoresByDepartment(IEnumerable<ChartBar> averages) =>
        HorizontalBars("平均得分（分）", [.. averages], v => v.ToString("0.00", CultureInfo.InvariantCulture), xMax: 110);

    private static Plot NewPlot(IReadOnlyList<ChartBar> bars, Func<decimal, string> format, bool horizontal)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var series = plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = (double)b.Value,
            FillColor = palette.GetColor(i),
            Label = format(b.Value),
        }).ToList());
        series.Horizontal = horizontal;
        series.ValueLabelStyle.FontSize = 26;
        series.ValueLabelStyle.Bold = true;
        series.ValueLabelStyle.FontName = CjkFont;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 26;

        // Noto CJK's tall ascent makes ScottPlot draw bottom tick labels over the axis line.
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 26;
        return plot;
    }

    // ScottPlot's own PNG export compresses hard (about 45 ms a chart, measured); a faster filter and
    // zlib level 3 take about 12 ms for a file twice as big, which keeps reports with charts over 20/s.
    private static byte[] Png(Plot plot, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("图表 PNG 编码失败。");
        return data.ToArray();
    }

    private static double[] Positions(IReadOnlyList<ChartBar> bars) => [.. Enumerable.Range(0, bars.Count).Select(i => (double)i)];
}
