using Jixiao.Review.Facts;
using Jixiao.Review.Text;

namespace Jixiao.Review.Checks;

/// <summary>
/// score-total, weights-sum and score-exceeds-weight on scores written in sentences: first-level
/// scores against the total, each section's item scores against its 实际得分, each 合计 against the
/// items above it, the first-level weights against the stated or framework total.
/// </summary>
public sealed class ScoreChecks : IReviewCheck
{
    /// <summary>The framework total when the report states none.</summary>
    const decimal FrameworkTotal = 100m;

    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        // Each of these walks the scores once per section, level or subtotal statement.
        var statements = report.Scores.Count(s => s.Kind != ScoreKind.Item) + report.Weights.Count + 1;
        context.Budget.Step(statements * (report.Scores.Count + report.Outline.Headings.Count + 1));
        return [.. LevelScoresAgainstTotal(report), .. WeightLists(report), .. SectionWeights(report), .. ItemWeights(report), .. Sections(report), .. Subtotals(report)];
    }

    /// <summary>"总得分为100分…其中，决策类指标得分20分，过程类…": first-level scores add up to the total.</summary>
    static IEnumerable<Finding> LevelScoresAgainstTotal(ReportAnalysis report)
    {
        foreach (var line in report.Scores.Where(s => s.Kind == ScoreKind.Level).GroupBy(s => s.Line))
        {
            var levels = line.ToList();
            var total = report.Scores.FirstOrDefault(s => s.Kind == ScoreKind.Total && s.Line == line.Key)
                ?? report.Scores.LastOrDefault(s => s.Kind == ScoreKind.Total && s.Line < line.Key && s.Line >= line.Key - 3);
            if (levels.Count < 2 || total is null)
            {
                continue;
            }

            yield return SumFinding(FindingCodes.ScoreTotal, "各一级指标得分",
                levels.Select(l => (ScoreExtractor.LevelOf(l.Label) ?? l.Label, l.Score)).ToList(), "总得分", total.Score, [line.Key, total.Line]);
        }
    }

    /// <summary>"总分一般设置为100分，其中项目决策20分、项目过程20分…": the weights add up.</summary>
    static IEnumerable<Finding> WeightLists(ReportAnalysis report)
    {
        foreach (var group in report.Parts.Where(g => g.Total.Family == "分" && !g.Total.Label.Contains("得", StringComparison.Ordinal)))
        {
            var parts = group.Parts.Select(p => (ScoreExtractor.LevelOf(p.Label) ?? p.Label, p.Stated)).ToList();
            if (parts.Count < 2)
            {
                continue;
            }

            yield return SumFinding(FindingCodes.WeightsSum, "各一级指标分值", parts, "总分", group.Total.Stated,
                group.Parts.Select(p => p.Line).Append(group.Total.Line));
        }
    }

    /// <summary>The first-level sections' "权重分为N分" add up to the framework total; each 实际得分 ≤ its 权重.</summary>
    static IEnumerable<Finding> SectionWeights(ReportAnalysis report)
    {
        var sectionWeights = report.Weights
            .Where(w => report.Scores.Any(s => s.Kind == ScoreKind.Section && s.Line == w.Line))
            .ToList();
        if (sectionWeights.Count >= 2)
        {
            var parts = sectionWeights.Select(w => (SectionName(report, w.Line), w.Weight)).ToList();
            yield return SumFinding(FindingCodes.WeightsSum, "各部分权重", parts, "满分", StatedNumber.Exact(FrameworkTotal), sectionWeights.Select(w => w.Line));
        }

        foreach (var weight in sectionWeights)
        {
            var score = report.Scores.First(s => s.Kind == ScoreKind.Section && s.Line == weight.Line);
            if (score.Score.Value > weight.Weight.Value + Num.PointTolerance([score.Score, weight.Weight]))
            {
                yield return Finding.Of(FindingCodes.ScoreExceedsWeight, Severity.Error,
                    $"{SectionName(report, weight.Line)}实际得分 {score.Score} 分，超过其权重 {weight.Weight} 分（{Num.Lines([weight.Line])}）。",
                    [weight.Line], ("score", score.Score.Value), ("weight", weight.Weight.Value));
            }
        }
    }

    /// <summary>"扣1分，得6分（满分5分）": an item's score above the points its own sentence gives it.</summary>
    static IEnumerable<Finding> ItemWeights(ReportAnalysis report)
    {
        var weightsByLine = report.Weights.GroupBy(w => w.Line).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First());
        foreach (var line in report.Scores.Where(s => s.Kind == ScoreKind.Item).GroupBy(s => s.Line).Where(g => g.Count() == 1))
        {
            var score = line.First();
            if (weightsByLine.TryGetValue(line.Key, out var weight) && score.Score.Value > weight.Weight.Value + Num.PointTolerance([score.Score, weight.Weight]))
            {
                yield return Finding.Of(FindingCodes.ScoreExceedsWeight, Severity.Error,
                    $"第{line.Key}行得分 {score.Score} 分，超过该指标分值 {weight.Weight} 分。", [line.Key], ("score", score.Score.Value), ("weight", weight.Weight.Value));
            }
        }
    }

    /// <summary>
    /// Each analysis section ("（二）项目过程情况 … 实际得分20分") against its item scores. Items listed
    /// without a score are "not scored": the sum is then not compared, and the gap is reported as info.
    /// </summary>
    static IEnumerable<Finding> Sections(ReportAnalysis report)
    {
        foreach (var sectionScore in report.Scores.Where(s => s.Kind == ScoreKind.Section))
        {
            var heading = report.Outline.Enclosing(sectionScore.Line, HeadingLevel.Section);
            if (heading is null)
            {
                continue;
            }

            var (start, end) = report.Outline.Span(heading);
            var items = report.Scores.Where(s => s.Kind == ScoreKind.Item && s.Line > sectionScore.Line && s.Line <= end).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var listed = report.Outline.Within(heading, HeadingLevel.SubItem).ToList();
            var unscored = listed.Where(item =>
            {
                var (itemStart, itemEnd) = report.Outline.Span(item);
                return !report.Scores.Any(s => s.Line >= itemStart && s.Line <= Math.Min(itemEnd, end));
            }).ToList();
            var name = SectionName(report, sectionScore.Line);
            if (unscored.Count > 0)
            {
                yield return Finding.Of(FindingCodes.ScoreTotal, Severity.Info,
                    $"{name}列出的 {listed.Count} 项中有 {unscored.Count} 项未写明得分（{string.Join("、", unscored.Select(u => Short(u.Title)))}），视为未评分，未核对该部分合计（{Num.Lines(unscored.Select(u => u.Line))}）。",
                    unscored.Select(u => u.Line).Append(sectionScore.Line), ("listed", listed.Count), ("unscored", unscored.Count),
                    ("scoredSum", items.Sum(i => i.Score.Value)), ("stated", sectionScore.Score.Value));
                continue;
            }

            // A figure larger than the whole section ("满意度得分为90分" from a survey) is not one of its items:
            // the reading is wrong, so nothing is claimed.
            if (items.Any(i => i.Score.Value > sectionScore.Score.Value))
            {
                continue;
            }

            // Items that state their own points ("“预算执行率”分值4.00分，得3.97分") but whose points fall short of the
            // section's: the text lists only some indicators (often the ones that lost points), so no sum is claimed.
            var sectionWeight = report.Weights.FirstOrDefault(w => w.Line == sectionScore.Line);
            var itemWeights = items.Select(i => report.Weights.Where(w => w.Line == i.Line).ToList()).ToList();
            if (sectionWeight is not null && itemWeights.All(w => w.Count == 1))
            {
                var listedPoints = itemWeights.Sum(w => w[0].Weight.Value);
                if (listedPoints < sectionWeight.Weight.Value - Num.PointTolerance(itemWeights.Select(w => w[0].Weight).Append(sectionWeight.Weight)))
                {
                    yield return Finding.Of(FindingCodes.ScoreTotal, Severity.Info,
                        $"{name}文中只列出分值合计 {Num.F(listedPoints)} 分的指标（该部分权重 {sectionWeight.Weight} 分），其余指标未逐项说明，未核对该部分合计（{Num.Lines([sectionScore.Line])}）。",
                        items.Select(i => i.Line).Append(sectionScore.Line), ("listedPoints", listedPoints), ("weight", sectionWeight.Weight.Value));
                    continue;
                }
            }

            var finding = SumFinding(FindingCodes.ScoreTotal, $"{name}各项得分", items.Select(i => (string.Empty, i.Score)).ToList(),
                $"{name}实际得分", sectionScore.Score, items.Select(i => i.Line).Append(sectionScore.Line), listParts: false);
            var subtotals = report.Scores.Where(s => s.Kind == ScoreKind.Subtotal && s.Line > sectionScore.Line && s.Line <= end).ToList();
            if (finding.Severity == Severity.Error && subtotals.Count >= 2)
            {
                var bySubtotals = SumFinding(FindingCodes.ScoreTotal, $"{name}各小计", subtotals.Select(i => (string.Empty, i.Score)).ToList(),
                    $"{name}实际得分", sectionScore.Score, subtotals.Select(i => i.Line).Append(sectionScore.Line));
                finding = bySubtotals.Severity == Severity.Info ? bySubtotals : finding;
            }

            yield return finding;
        }
    }

    /// <summary>"合计得10分" against the item scores since the previous subtotal or heading.</summary>
    static IEnumerable<Finding> Subtotals(ReportAnalysis report)
    {
        foreach (var subtotal in report.Scores.Where(s => s.Kind == ScoreKind.Subtotal))
        {
            var heading = report.Outline.Enclosing(subtotal.Line, HeadingLevel.SubItem);
            var from = heading?.Line ?? 0;
            var previous = report.Scores.LastOrDefault(s => s.Kind is ScoreKind.Subtotal or ScoreKind.Section && s.Line < subtotal.Line);
            if (previous is not null && previous.Line > from)
            {
                from = previous.Line;
            }

            // Without a heading or an earlier subtotal to start from, which items a 合计 covers is unknown.
            if (from == 0)
            {
                continue;
            }

            var items = report.Scores.Where(s => s.Kind == ScoreKind.Item && s.Line >= from && s.Line < subtotal.Line).ToList();
            if (items.Count == 0 && subtotal.Label.Contains("指标", StringComparison.Ordinal))
            {
                continue;
            }

            if (items.Count > 0)
            {
                yield return SumFinding(FindingCodes.ScoreTotal, "各项得分", items.Select(i => (string.Empty, i.Score)).ToList(),
                    "合计", subtotal.Score, items.Select(i => i.Line).Append(subtotal.Line), listParts: items.Count <= 12);
            }
        }
    }

    static string SectionName(ReportAnalysis report, int line)
    {
        var heading = report.Outline.Enclosing(line, HeadingLevel.Section);
        var title = heading?.Title ?? string.Empty;
        var level = IndicatorExtractor.Level1Name(title);
        return level.Length <= 4 ? level : Short(title);
    }

    static string Short(string title)
    {
        var end = title.IndexOfAny([':', '：', '。', ',', '，']);
        var head = end > 0 ? title[..end] : title;
        return head.Length > 16 ? head[..16] + "…" : head;
    }

    public static Finding SumFinding(string code, string what, IReadOnlyList<(string Name, StatedNumber Value)> parts, string totalName,
        StatedNumber total, IEnumerable<int> lines, bool listParts = true)
    {
        var sum = parts.Sum(p => p.Value.Value);
        var tolerance = Num.PointTolerance(parts.Select(p => p.Value).Append(total));
        var lineList = lines.ToList();
        var shown = string.Join(" + ", parts.Select(p => p.Name.Length > 0 ? $"{p.Name} {p.Value}" : p.Value.ToString()));
        var arithmetic = listParts ? $"{shown} = {Num.F(sum)}" : $"合计 {Num.F(sum)}";
        (string, decimal)[] numbers = [("sum", sum), ("total", total.Value), ("difference", sum - total.Value), ("count", parts.Count)];
        return Math.Abs(sum - total.Value) <= tolerance
            ? Finding.Of(code, Severity.Info, $"{what} {arithmetic} 分，与{totalName} {total} 分一致（{Num.Lines(lineList)}）。", lineList, numbers)
            : Finding.Of(code, Severity.Error, $"{what} {arithmetic} 分，与{totalName} {total} 分不符，相差 {Num.F(sum - total.Value)} 分（{Num.Lines(lineList)}）。", lineList, numbers);
    }
}
