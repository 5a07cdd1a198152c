using Jixiao.Review.Facts;
using Jixiao.Review.Tables;
using Jixiao.Review.Text;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;

namespace Jixiao.Review.Checks;

/// <summary>
/// Scoring tables: weights-sum (against the 合计 row, else the framework total, with the
/// self-evaluation's 预算执行率 points when the table leaves them out), score-exceeds-weight,
/// score-total (scores against the 合计 row) and score-without-completion.
/// </summary>
public sealed class TableScoreChecks : IReviewCheck
{
    const decimal FrameworkTotal = 100m;

    public IEnumerable<Finding> Run(ReviewContext context)
    {
        foreach (var table in context.Report.Tables.Where(t => t.Has(ColumnRole.Weight) || t.Has(ColumnRole.Score)))
        {
            context.Budget.Step(table.Rows.Count * 4);
            foreach (var finding in Weights(context, table).Concat(Exceeds(table)).Concat(Total(context, table)).Concat(FullMarks(table)).Concat(ExecutionScore(table)))
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// The 预算执行率 row's points and score from the funding table, which the indicator table's 总分
    /// usually includes although the row is not in it (DOMAIN §4.1).
    /// </summary>
    static (StatedNumber Weight, StatedNumber? Score)? Execution(ReviewContext context)
    {
        foreach (var table in context.Report.Tables.Where(t => t.Has(ColumnRole.FullYearBudget) && t.Has(ColumnRole.Executed) && t.Has(ColumnRole.Weight)))
        {
            foreach (var row in table.Rows)
            {
                if (table.Number(row, ColumnRole.Weight) is { } w)
                {
                    return (w, table.Number(row, ColumnRole.Score));
                }
            }
        }

        return null;
    }

    static IEnumerable<Finding> Weights(ReviewContext context, FlatTable table)
    {
        var weights = IndicatorRows(table).Select(r => table.Number(r, ColumnRole.Weight)).OfType<StatedNumber>().ToList();
        if (weights.Count < 2 || !table.Has(ColumnRole.Level3) && !table.Has(ColumnRole.Level2))
        {
            yield break;
        }

        var total = table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);
        var stated = total is null ? null : table.Number(total, ColumnRole.Weight);
        var sum = weights.Sum(w => w.Value);
        var expected = stated?.Value ?? FrameworkTotal;
        var lines = new[] { table.HeaderLine, total?.FirstLine ?? 0 };
        var funding = Execution(context);
        var execution = funding?.Weight.Value ?? context.Settings.ExecutionWeight;
        var withoutExecution = (funding is not null || context.Report.Kind == ReportKind.SelfEvaluation)
            && !table.DataRows.Any(r => table.Cell(r, ColumnRole.Level3).Text.Contains("执行率", StringComparison.Ordinal))
            && Math.Abs(sum + execution - expected) <= Num.PointTolerance(weights);
        (string, decimal)[] numbers = [("sum", sum), ("total", expected), ("difference", sum - expected)];
        if (withoutExecution)
        {
            yield return Finding.Of(FindingCodes.WeightsSum, Severity.Info,
                $"指标表分值合计 {Num.F(sum)} 分，加预算执行率 {Num.F(execution)} 分为 {Num.F(expected)} 分（第{table.HeaderLine}行起）。", lines, numbers);
        }
        else if (Math.Abs(sum - expected) <= Num.PointTolerance(weights.Append(stated ?? StatedNumber.Exact(expected))))
        {
            yield return Finding.Of(FindingCodes.WeightsSum, Severity.Info,
                $"指标表 {weights.Count} 项分值合计 {Num.F(sum)} 分，与{(stated is null ? "满分" : "合计行")} {Num.F(expected)} 分一致（第{table.HeaderLine}行起）。", lines, numbers);
        }
        else
        {
            yield return Finding.Of(FindingCodes.WeightsSum, Severity.Error,
                $"指标表 {weights.Count} 项分值合计 {Num.F(sum)} 分，{(stated is null ? "满分应为" : "合计行为")} {Num.F(expected)} 分，相差 {Num.F(sum - expected)} 分（第{table.HeaderLine}行起）。",
                lines, numbers);
        }
    }

    static IEnumerable<Finding> Exceeds(FlatTable table)
    {
        var checkedRows = 0;
        foreach (var row in table.Rows)
        {
            if (table.Number(row, ColumnRole.Weight) is not { } weight || table.Number(row, ColumnRole.Score) is not { } score)
            {
                continue;
            }

            checkedRows++;
            if (score.Value > weight.Value + Num.PointTolerance([weight, score]))
            {
                var name = RowName(table, row);
                yield return Finding.Of(FindingCodes.ScoreExceedsWeight, Severity.Error,
                    $"“{name}”得分 {score} 分，超过其分值 {weight} 分（{Num.Lines(row.Lines)}）。", row.Lines, ("score", score.Value), ("weight", weight.Value));
            }
        }

        if (checkedRows > 0)
        {
            yield return Finding.Of(FindingCodes.ScoreExceedsWeight, Severity.Info,
                $"已核对指标表 {checkedRows} 行的得分与分值（第{table.HeaderLine}行起）。", [table.HeaderLine], ("rows", checkedRows));
        }
    }

    static IEnumerable<Finding> Total(ReviewContext context, FlatTable table)
    {
        var total = table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);
        if (total is null || table.Number(total, ColumnRole.Score) is not { } stated || !table.Has(ColumnRole.Weight))
        {
            yield break;
        }

        var rows = IndicatorRows(table).Where(r => table.Number(r, ColumnRole.Weight) is not null).ToList();
        var unscored = rows.Where(r => table.Number(r, ColumnRole.Score) is null).ToList();
        if (unscored.Count > 0)
        {
            yield return Finding.Of(FindingCodes.ScoreTotal, Severity.Info,
                $"指标表有 {unscored.Count} 项未填得分，视为未评分，未核对总分（{Num.Lines(unscored.SelectMany(r => r.Lines))}）。",
                unscored.SelectMany(r => r.Lines), ("unscored", unscored.Count));
            yield break;
        }

        var scores = rows.Select(r => (string.Empty, table.Number(r, ColumnRole.Score)!.Value)).ToList();
        var indicatorSum = scores.Sum(s => s.Value.Value);
        var hasExecutionRow = table.DataRows.Any(r => table.Cell(r, ColumnRole.Level3).Text.Contains("执行率", StringComparison.Ordinal));
        if (!hasExecutionRow && Execution(context) is { Score: { } executionScore }
            && Math.Abs(indicatorSum + executionScore.Value - stated.Value) <= Num.PointTolerance(scores.Select(s => s.Value).Append(stated).Append(executionScore)))
        {
            scores.Add(("预算执行率", executionScore));
        }

        yield return ScoreChecks.SumFinding(FindingCodes.ScoreTotal, "指标表各项得分", scores, "合计行", stated,
            [table.HeaderLine, total.FirstLine], listParts: scores.Count <= 8 || scores[^1].Item1.Length > 0);
    }

    /// <summary>Full marks on a row whose completion is below 100% and whose explanation is empty.</summary>
    static IEnumerable<Finding> FullMarks(FlatTable table)
    {
        foreach (var row in table.DataRows)
        {
            if (table.Number(row, ColumnRole.Weight) is not { } weight || table.Number(row, ColumnRole.Score) is not { } score
                || score.Value < weight.Value || !table.Cell(row, ColumnRole.Explanation).IsEmpty)
            {
                continue;
            }

            var completion = table.Number(row, ColumnRole.Completion)?.Value ?? Recomputed(table, row);
            if (completion is { } c && c < 100m)
            {
                var name = RowName(table, row);
                yield return Finding.Of(FindingCodes.ScoreWithoutCompletion, Severity.Warning,
                    $"“{name}”完成率 {Num.F2(c)}%，未完成目标却得满分 {score} 分，且未说明原因（{Num.Lines(row.Lines)}）。",
                    row.Lines, ("completion", c), ("score", score.Value), ("weight", weight.Value));
            }
        }
    }

    /// <summary>The self-evaluation's 预算执行率 row: its score is the scoring core's min(B/A, 1) × 分值.</summary>
    static IEnumerable<Finding> ExecutionScore(FlatTable table)
    {
        if (!table.Has(ColumnRole.FullYearBudget) || !table.Has(ColumnRole.Executed))
        {
            yield break;
        }

        foreach (var row in table.Rows)
        {
            if (table.Number(row, ColumnRole.FullYearBudget) is not { } a || table.Number(row, ColumnRole.Executed) is not { } b
                || table.Number(row, ColumnRole.Weight) is not { } w || table.Number(row, ColumnRole.Score) is not { } stated || a.Value <= 0)
            {
                continue;
            }

            var expected = ScoringRules.BudgetExecution(a.Value, b.Value, w.Value);
            // The amounts' own rounding moves the score by at most this much.
            var tolerance = Num.PointTolerance([stated]) + (w.Value * ((a.HalfUnit / a.Value) + (b.Value > 0 ? b.HalfUnit / b.Value : 0m))) + 0.005m;
            var lines = row.Lines.ToList();
            (string, decimal)[] numbers = [("stated", stated.Value), ("recomputed", expected), ("budget", a.Value), ("spent", b.Value), ("weight", w.Value)];
            yield return Math.Abs(expected - stated.Value) <= tolerance
                ? Finding.Of(FindingCodes.RateRecompute, Severity.Info,
                    $"预算执行率得分：min({b} ÷ {a}, 1) × {w} = {Num.F2(expected)} 分，与所填 {stated} 分一致（{Num.Lines(lines)}）。", lines, numbers)
                : Finding.Of(FindingCodes.RateRecompute, Severity.Error,
                    $"预算执行率得分应为 min({b} ÷ {a}, 1) × {w} = {Num.F2(expected)} 分，表中却为 {stated} 分（{Num.Lines(lines)}）。", lines, numbers);
        }
    }

    /// <summary>Actual ÷ target for a 正向 numeric indicator in the same unit; null where the rule or units leave it open.</summary>
    static decimal? Recomputed(FlatTable table, TableRow row)
    {
        var target = TargetParser.Parse(table.Cell(row, ColumnRole.Target).Text);
        var actual = TargetParser.Parse(table.Cell(row, ColumnRole.Actual).Text);
        if (!target.IsSuccess || !actual.IsSuccess || !target.Value.IsNumeric || !actual.Value.IsNumeric || target.Value.Value <= 0)
        {
            return null;
        }

        var method = RuleResolver.Resolve(table.Cell(row, ColumnRole.Level2).Text, table.Cell(row, ColumnRole.Level3).Text, target.Value, null);
        if (method is not (ScoringMethod.Positive or ScoringMethod.Equal) || !Units.TryConvert(actual.Value.Value, actual.Value.Unit, target.Value.Unit, out var b))
        {
            return null;
        }

        return b / target.Value.Value * 100m;
    }

    /// <summary>
    /// The third-level rows: a row with a 一级/二级 label and points but no 三级 name is that level's own
    /// line (its points are the sum of the rows below), and counting it too would double the total.
    /// </summary>
    static IEnumerable<TableRow> IndicatorRows(FlatTable table)
    {
        var name = table.Has(ColumnRole.Level3) ? ColumnRole.Level3 : table.Has(ColumnRole.Level2) ? ColumnRole.Level2 : ColumnRole.Other;
        return name == ColumnRole.Other ? table.DataRows : table.DataRows.Where(r => !table.Cell(r, name).IsEmpty);
    }

    static string RowName(FlatTable table, TableRow row)
    {
        foreach (var role in new[] { ColumnRole.Level3, ColumnRole.Project, ColumnRole.Level2, ColumnRole.Level1 })
        {
            var cell = table.Cell(row, role);
            if (!cell.IsEmpty)
            {
                return cell.Text;
            }
        }

        return row.Cells.FirstOrDefault(c => !c.IsEmpty)?.Text ?? string.Empty;
    }
}
