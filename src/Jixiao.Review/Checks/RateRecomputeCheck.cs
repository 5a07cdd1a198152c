using System.Text.RegularExpressions;
using Jixiao.Review.Facts;
using Jixiao.Review.Tables;

namespace Jixiao.Review.Checks;

/// <summary>
/// rate-recompute: a stated 执行率 / 到位率 against the amounts it comes from (same sentence first,
/// else the nearest amounts above in the same section), and 得分率 against 得分 / 权重. The
/// tolerance carries the precision of all three figures.
/// </summary>
public sealed partial class RateRecomputeCheck : IReviewCheck
{
    const int LookBack = 6;

    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        foreach (var rate in report.Rates)
        {
            context.Budget.Step(8 + (2 * report.Money.Count) + report.Scores.Count + report.Weights.Count);
            var finding = rate.Kind switch
            {
                RateKind.Execution => MoneyRate(report, rate, AmountRole.Executed, AmountRole.Budget, "预算执行率", "执行数", "预算数"),
                RateKind.Arrival => MoneyRate(report, rate, AmountRole.Arrived, AmountRole.Budget, "资金到位率", "到位数", "预算数"),
                RateKind.ScoreRate => ScoreRate(report, rate),
                RateKind.Other or RateKind.Satisfaction or RateKind.Completion => null,
            };
            if (finding is not null)
            {
                yield return finding;
            }
        }

        foreach (var line in report.Text.Lines)
        {
            context.Budget.Step(1);
            if (!line.Text.Contains('=', StringComparison.Ordinal) || !line.Text.Contains('%', StringComparison.Ordinal))
            {
                continue;
            }

            // Arithmetic written out: "在职人员控制率=42/45=93.33%".
            foreach (Match m in WrittenDivision().Matches(line.Text))
            {
                if (Text.StatedNumber.TryParse(m.Groups["a"].Value, out var a) && Text.StatedNumber.TryParse(m.Groups["b"].Value, out var b)
                    && Text.StatedNumber.TryParse(m.Groups["r"].Value, out var r) && b.Value != 0)
                {
                    var label = QuantityScannerLabel(line.Text, m.Index);
                    // Written-out operands are counts or amounts as recorded: integers are exact, decimals carry their half-unit.
                    yield return Compare(label.Length > 0 ? label : "比率", a.Value, a.Decimals == 0 ? 0 : a.HalfUnit, b.Value,
                        b.Decimals == 0 ? 0 : b.HalfUnit, r, [line.Number], "分子", "分母");
                }
            }
        }

        foreach (var table in report.Tables.Where(t => t.Has(ColumnRole.Executed) && t.Has(ColumnRole.Completion)
            && (t.Has(ColumnRole.FullYearBudget) || t.Has(ColumnRole.Amount) || t.Has(ColumnRole.InitialBudget))))
        {
            // Execution is against the full-year budget (after adjustments) where the table has one.
            var budgetColumn = table.Has(ColumnRole.FullYearBudget) ? ColumnRole.FullYearBudget
                : table.Has(ColumnRole.Amount) ? ColumnRole.Amount : ColumnRole.InitialBudget;
            foreach (var row in table.Rows)
            {
                if (table.Number(row, ColumnRole.Executed) is { } b && table.Number(row, budgetColumn) is { } a
                    && table.Number(row, ColumnRole.Completion) is { } stated && a.Value > 0)
                {
                    yield return Compare("执行率（B/A）", b.Value, b.HalfUnit, a.Value, a.HalfUnit, stated, row.Lines.ToList(), "全年执行数", "全年预算数");
                }
            }
        }
    }

    static Finding? MoneyRate(ReportAnalysis report, RateFact rate, AmountRole numeratorRole, AmountRole denominatorRole, string name, string numeratorName, string denominatorName)
    {
        var line = rate.Rate.Line;
        // A department's execution rate is against its whole budget when no project budget is named.
        var denominatorRoles = denominatorRole == AmountRole.Budget ? new[] { AmountRole.Budget, AmountRole.WholeBudget } : [denominatorRole];
        var numerators = Candidates(report, line, rate.Rate.Position, [numeratorRole]);
        var denominators = Candidates(report, line, rate.Rate.Position, denominatorRoles).Where(d => d.Amount.Wan > 0).ToList();
        if (numerators.Count == 0 || denominators.Count == 0)
        {
            return null;
        }

        // The nearest pair is the reading; before calling it wrong, any other nearby pair that agrees is taken instead,
        // because which amounts a sentence means is a guess and a false error costs the reviewer's trust.
        Finding? first = null;
        foreach (var numerator in numerators)
        {
            foreach (var denominator in denominators)
            {
                var lines = new[] { numerator.Amount.Line, denominator.Amount.Line, line }.ToList();
                var finding = Compare(name, numerator.Amount.Wan, numerator.Amount.HalfUnitWan, denominator.Amount.Wan, denominator.Amount.HalfUnitWan,
                    rate.Rate.Stated, lines, numeratorName, denominatorName, "万元");
                if (finding.Severity == Severity.Info)
                {
                    return finding;
                }

                first ??= finding;
            }
        }

        return first;
    }

    /// <summary>Amounts of the roles on the rate's line before it (nearest first), then those in the few lines above within the same section.</summary>
    static List<MoneyFact> Candidates(ReportAnalysis report, int line, int position, AmountRole[] roles)
    {
        var section = report.Outline.Enclosing(line, Text.HeadingLevel.Section)?.Line ?? 0;
        var sameLine = report.Money.Where(m => m.Amount.Line == line && m.Amount.Position < position && roles.Contains(m.Role))
            .OrderBy(m => Array.IndexOf(roles, m.Role)).ThenByDescending(m => m.Amount.Position);
        var above = report.Money.Where(m => roles.Contains(m.Role) && m.Amount.Line < line && m.Amount.Line >= line - LookBack && m.Amount.Line >= section)
            .OrderBy(m => Array.IndexOf(roles, m.Role)).ThenByDescending(m => m.Amount.Line).ThenByDescending(m => m.Amount.Position);
        return sameLine.Concat(above).Take(6).ToList();
    }

    static Finding? ScoreRate(ReportAnalysis report, RateFact rate)
    {
        var line = rate.Rate.Line;
        // Several "分值…得分…得分率" groups may share a line: each rate pairs with the one weight and the one
        // score written since the rate before it, or is left alone.
        var from = report.Rates.Where(r => r.Kind == RateKind.ScoreRate && r.Rate.Line == line && r.Rate.Position < rate.Rate.Position)
            .Select(r => r.Rate.Position).DefaultIfEmpty(-1).Max();
        var weights = report.Weights.Where(w => w.Line == line && w.Position > from && w.Position < rate.Rate.Position).ToList();
        var scores = report.Scores.Where(s => s.Line == line && s.Position > from && s.Position < rate.Rate.Position
            && s.Kind is ScoreKind.Section or ScoreKind.Item or ScoreKind.Level).ToList();
        if (weights.Count == 0 || scores.Count == 0)
        {
            return null;
        }

        if (weights.Count > 1 || scores.Count > 1)
        {
            // Ambiguous ("满分100分" beside "分值20分"): a pairing that agrees is reported, none is never an error.
            foreach (var w in weights.Where(w => w.Weight.Value > 0))
            {
                foreach (var sc in scores)
                {
                    var candidate = Compare("得分率", sc.Score.Value, sc.Score.Decimals == 0 ? 0 : sc.Score.HalfUnit,
                        w.Weight.Value, w.Weight.Decimals == 0 ? 0 : w.Weight.HalfUnit, rate.Rate.Stated, [line], "得分", "权重", "分");
                    if (candidate.Severity == Severity.Info)
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        var weight = weights[0];
        var score = scores[0];
        if (weight.Weight.Value <= 0)
        {
            return null;
        }

        return Compare("得分率", score.Score.Value, score.Score.Decimals == 0 ? 0 : score.Score.HalfUnit,
            weight.Weight.Value, weight.Weight.Decimals == 0 ? 0 : weight.Weight.HalfUnit, rate.Rate.Stated, [line], "得分", "权重", "分");
    }

    static string QuantityScannerLabel(string text, int position)
    {
        var label = QuantityScanner.LabelBefore(text, position, 40).TrimEnd('=', ' ');
        var eq = label.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 ? label[..eq] : label;
    }

    [GeneratedRegex(@"(?<![\d.])(?<a>\d+(?:\.\d+)?)\s*[/÷]\s*(?<b>\d+(?:\.\d+)?)\s*(?:[×x*]\s*100\s*%?\s*)?=\s*(?<r>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex WrittenDivision();

    static Finding Compare(string name, decimal numerator, decimal numeratorHalf, decimal denominator, decimal denominatorHalf,
        Text.StatedNumber stated, List<int> lines, string numeratorName, string denominatorName, string unit = "")
    {
        var computed = numerator / denominator * 100m;
        // Relative errors add: the stated figures each stand for a small range.
        var tolerance = stated.HalfUnit + (numerator == 0 ? 0 : computed * ((numeratorHalf / numerator) + (denominatorHalf / denominator)));
        (string, decimal)[] numbers = [("stated", stated.Value), ("recomputed", Math.Round(computed, 4)), (numeratorName, numerator), (denominatorName, denominator), ("tolerance", Math.Round(tolerance, 4))];
        var arithmetic = $"{numeratorName} {Num.F(numerator)}{unit} ÷ {denominatorName} {Num.F(denominator)}{unit} = {Num.F2(computed)}%";
        if (Math.Abs(computed - stated.Value) <= tolerance)
        {
            return Finding.Of(FindingCodes.RateRecompute, Severity.Info, $"{name}：{arithmetic}，与所述 {stated}% 一致（{Num.Lines(lines)}）。", lines, numbers);
        }

        // 99.238% written 99.23%: cut off rather than rounded — a habit to correct, not an arithmetic failure.
        var scale = 1m;
        for (var i = 0; i < Math.Min(stated.Decimals, 6); i++)
        {
            scale *= 10m;
        }

        return Math.Truncate(computed * scale) / scale == stated.Value
            ? Finding.Of(FindingCodes.RateRecompute, Severity.Warning,
                $"{name}：{numeratorName} {Num.F(numerator)}{unit} ÷ {denominatorName} {Num.F(denominator)}{unit} = {Num.F(computed)}%，报告写为 {stated}%，是截尾而非四舍五入（应为 {Text.StatedNumber.Format(computed, stated.Decimals)}%；{Num.Lines(lines)}）。",
                lines, numbers)
            : Finding.Of(FindingCodes.RateRecompute, Severity.Error, $"{name}：{arithmetic}，但报告写为 {stated}%（{Num.Lines(lines)}）。", lines, numbers);
    }
}
