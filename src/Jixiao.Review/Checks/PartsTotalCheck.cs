using Jixiao.Review.Facts;

namespace Jixiao.Review.Checks;

/// <summary>
/// parts-total: parts listed after 其中 against their whole, unit-level parts (项目支出, 基本支出…)
/// against the unit's whole budget, and table columns against their 合计 rows and row totals.
/// </summary>
public sealed class PartsTotalCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        foreach (var group in report.Parts.Where(g => g.Total.Family != "分"))
        {
            context.Budget.Step(group.Parts.Count);
            // Which figure before 其中 is the whole is a reading; an earlier figure of the sentence that the parts do
            // add up to is taken before calling the sum wrong.
            var finding = CheckGroup(group);
            foreach (var alternative in group.Alternatives)
            {
                if (finding is null || finding.Severity == Severity.Info)
                {
                    break;
                }

                var other = CheckGroup(group with { Total = alternative });
                if (other is null || other.Severity == Severity.Info)
                {
                    finding = other;
                }
            }

            if (finding is not null)
            {
                yield return finding;
            }
        }

        context.Budget.Step((long)report.Money.Count(m => m.Role == AmountRole.WholeBudget) * report.Money.Count);
        foreach (var finding in PartLargerThanWhole(report))
        {
            yield return finding;
        }

        foreach (var table in report.Tables)
        {
            context.Budget.Step(table.Rows.Count);
            foreach (var finding in TableChecks.ColumnTotals(table))
            {
                yield return finding;
            }

            foreach (var finding in TableChecks.RowTotals(table))
            {
                yield return finding;
            }
        }
    }

    static Finding? CheckGroup(PartsGroup group)
    {
        var unit = group.Total.Family;
        var total = group.Total.IsMoney ? group.Total.Wan : group.Total.Value;
        var values = group.Parts.Select(p => p.IsMoney ? p.Wan : p.Value).ToList();
        var sum = values.Sum();
        var shownSum = Text.StatedNumber.Format(sum, group.Parts.Max(p => p.IsMoney && p.Unit == "万元" || !p.IsMoney ? p.Stated.Decimals : 2));
        var tolerance = group.Parts.Sum(p => p.IsMoney ? p.HalfUnitWan : p.Stated.HalfUnit)
            + (group.Total.IsMoney ? group.Total.HalfUnitWan : group.Total.Stated.HalfUnit);
        var lines = group.Parts.Select(p => p.Line).Append(group.Total.Line).ToList();
        var partsText = string.Join(" + ", group.Parts.Select(p => p.IsMoney ? p.ShownWan : p.Stated.ToString()));
        var whole = $"{group.Total.Label} {(group.Total.IsMoney ? group.Total.ShownWan : group.Total.Stated.ToString())} {unit}";
        (string, decimal)[] numbers = [("total", total), ("sum", sum), ("difference", sum - total), ("tolerance", tolerance)];

        if (group.Parts.Count == 1)
        {
            var part = group.Parts[0];
            return values[0] > total + tolerance
                ? Finding.Of(FindingCodes.PartsTotal, Severity.Error,
                    $"{part.Label}{partsText} {unit} 大于其所属的{whole}：分项不应大于总数（{Num.Lines(lines)}）。", lines, numbers)
                : null;
        }

        if (Math.Abs(sum - total) <= tolerance)
        {
            return Finding.Of(FindingCodes.PartsTotal, Severity.Info,
                $"其中各项 {partsText} = {shownSum} {unit}，与{whole}一致（{Num.Lines(lines)}）。", lines, numbers);
        }

        return sum > total
            ? Finding.Of(FindingCodes.PartsTotal, Severity.Error,
                $"其中各项 {partsText} = {shownSum} {unit}，超过{whole}，相差 {Num.F(sum - total)} {unit}（{Num.Lines(lines)}）。", lines, numbers)
            : total > 0 && (total - sum) / total <= 0.01m
                // A small shortfall is a slip in the arithmetic; a large one usually means the list is not exhaustive.
                ? Finding.Of(FindingCodes.PartsTotal, Severity.Error,
                    $"其中各项 {partsText} = {shownSum} {unit}，与{whole}不符，相差 {Num.F(total - sum)} {unit}（{Num.Lines(lines)}）。", lines, numbers)
                : Finding.Of(FindingCodes.PartsTotal, Severity.Warning,
                    $"其中各项 {partsText} = {shownSum} {unit}，少于{whole} {Num.F(total - sum)} {unit}；若分项未列全可忽略，否则请核对（{Num.Lines(lines)}）。", lines, numbers);
    }

    /// <summary>
    /// 项目支出 954.25 > 收入预算总额 658.53: a part larger than its whole. When either side may be the
    /// other kind of budget (年初 vs 全年 after adjustments and carry-over) this is a warning naming that
    /// explanation; only when both say the same basis is it an error.
    /// </summary>
    static IEnumerable<Finding> PartLargerThanWhole(ReportAnalysis report)
    {
        var wholes = report.Money.Where(m => m.Role == AmountRole.WholeBudget).ToList();
        var parts = report.Money.Where(m => m.Role is AmountRole.ProjectExpense or AmountRole.BasicExpense
            or AmountRole.Personnel or AmountRole.PublicExpense).ToList();
        var reported = new HashSet<(int, int)>();
        foreach (var whole in wholes)
        {
            foreach (var part in parts.OrderByDescending(p => p.Amount.Wan))
            {
                var tolerance = whole.Amount.HalfUnitWan + part.Amount.HalfUnitWan;
                if (part.Amount.Wan <= whole.Amount.Wan + tolerance || !reported.Add((whole.Amount.Line, part.Amount.Line)))
                {
                    continue;
                }

                var sameBasis = whole.Basis != BudgetBasis.Unspecified && whole.Basis == part.Basis;
                var lines = new[] { part.Amount.Line, whole.Amount.Line };
                var message = $"{AmountRoleNames.Chinese(part.Role)}（{part.Amount.Label}）{part.Amount.ShownWan} 万元 大于{whole.Amount.Label} {whole.Amount.ShownWan} 万元，"
                    + $"部分大于整体，相差 {Num.F2(part.Amount.Wan - whole.Amount.Wan)} 万元（{Num.Lines(lines)}）。"
                    + (sameBasis ? string.Empty : "若前者为全年预算（含追加调整、上年结转）而后者为年初预算，口径不同可以解释此差异，请核实并在报告中说明口径。");
                yield return Finding.Of(FindingCodes.PartsTotal, sameBasis ? Severity.Error : Severity.Warning, message, lines,
                    ("part", part.Amount.Wan), ("whole", whole.Amount.Wan), ("difference", part.Amount.Wan - whole.Amount.Wan));
                break;
            }
        }
    }
}
