using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Checks;

/// <summary>Sums inside tables: each money column against its 合计 row, and 合计 = 基本支出 + 项目支出 across a row.</summary>
static class TableChecks
{
    public static IEnumerable<Finding> ColumnTotals(FlatTable table)
    {
        var total = table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);
        if (total is null)
        {
            yield break;
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            var role = table.Columns[c];
            if (!ColumnRoles.IsMoneyRole(role) || FlatTable.ParseNumber(total.Cells[c].Text) is not { } stated)
            {
                continue;
            }

            // "其中：人员经费" rows are inside the row above them, not beside it.
            var rows = table.DataRows.Where(r => !r.Cells.Any(cell => cell.Text.StartsWith("其中", StringComparison.Ordinal))).ToList();
            var parts = rows.Select(r => FlatTable.ParseNumber(r.Cells[c].Text)).OfType<StatedNumber>().ToList();
            if (parts.Count < 2)
            {
                continue;
            }

            var sum = parts.Sum(p => p.Value);
            var tolerance = parts.Sum(p => p.HalfUnit) + stated.HalfUnit;
            if (Math.Abs(sum - stated.Value) > tolerance)
            {
                // Budget tables nest 类/款/项: the top-level rows are what adds up to 合计.
                var top = rows.Where(IsTopLevel).Select(r => FlatTable.ParseNumber(r.Cells[c].Text)).OfType<StatedNumber>().ToList();
                if (top.Count >= 2 && Math.Abs(top.Sum(p => p.Value) - stated.Value) <= top.Sum(p => p.HalfUnit) + stated.HalfUnit)
                {
                    parts = top;
                    sum = top.Sum(p => p.Value);
                    tolerance = top.Sum(p => p.HalfUnit) + stated.HalfUnit;
                }
                else if (stated.Value > 0 && sum >= stated.Value * 1.5m)
                {
                    // Far more than the total: the rows nest and the levels cannot be told apart. Nothing to claim.
                    continue;
                }
            }
            var header = table.Headers[c];
            var lines = new[] { table.HeaderLine, total.FirstLine };
            (string, decimal)[] numbers = [("sum", sum), ("total", stated.Value), ("difference", sum - stated.Value), ("tolerance", tolerance), ("rows", parts.Count)];
            if (Math.Abs(sum - stated.Value) <= tolerance)
            {
                yield return Finding.Of(FindingCodes.PartsTotal, Severity.Info,
                    $"表格“{header}”列 {parts.Count} 行合计 {StatedNumber.Format(sum, parts.Max(p => p.Decimals))}，与合计行 {stated} 一致（{Num.Lines(lines)}）。", lines, numbers);
            }
            else
            {
                yield return Finding.Of(FindingCodes.PartsTotal, Severity.Error,
                    $"表格“{header}”列 {parts.Count} 行相加为 {StatedNumber.Format(sum, parts.Max(p => p.Decimals))}，合计行却为 {stated}，相差 {Num.F(sum - stated.Value)}（{Num.Lines(lines)}）。",
                    lines, numbers);
            }
        }
    }

    /// <summary>A 类-level row: a functional class by name, or a 3-digit class code.</summary>
    static bool IsTopLevel(TableRow row) => row.Cells.Any(cell =>
        Facts.AmountClassifier.FunctionalClasses.Contains(cell.Text)
        || (cell.Text.Length >= 3 && cell.Text[..3].All(char.IsAsciiDigit) && (cell.Text.Length == 3 || !char.IsAsciiDigit(cell.Text[3]))));

    public static IEnumerable<Finding> RowTotals(FlatTable table)
    {
        foreach (var (whole, partRoles) in new (ColumnRole, ColumnRole[])[]
        {
            (ColumnRole.Total, [ColumnRole.BasicExpense, ColumnRole.ProjectExpense]),
            (ColumnRole.BasicExpense, [ColumnRole.Personnel, ColumnRole.PublicExpense]),
        })
        {
            if (!table.Has(whole) || partRoles.Any(r => !table.Has(r)))
            {
                continue;
            }

            var verified = 0;
            foreach (var row in table.Rows)
            {
                if (table.Number(row, whole) is not { } stated)
                {
                    continue;
                }

                var parts = partRoles.Select(r => table.Number(row, r)).ToList();
                if (parts.Any(p => p is null))
                {
                    continue;
                }

                var sum = parts.Sum(p => p!.Value.Value);
                var tolerance = parts.Sum(p => p!.Value.HalfUnit) + stated.HalfUnit;
                if (Math.Abs(sum - stated.Value) <= tolerance)
                {
                    verified++;
                    continue;
                }

                var names = string.Join(" + ", partRoles.Select(r => table.Headers[table.Column(r)]));
                yield return Finding.Of(FindingCodes.PartsTotal, Severity.Error,
                    $"表格一行中 {names} = {Num.F(sum)}，与“{table.Headers[table.Column(whole)]}” {stated} 不符，相差 {Num.F(sum - stated.Value)}（{Num.Lines(row.Lines)}）。",
                    row.Lines, ("sum", sum), ("total", stated.Value), ("difference", sum - stated.Value));
            }

            if (verified > 0)
            {
                var names = string.Join(" + ", partRoles.Select(r => table.Headers[table.Column(r)]));
                yield return Finding.Of(FindingCodes.PartsTotal, Severity.Info,
                    $"表格 {verified} 行的 {names} 均等于“{table.Headers[table.Column(whole)]}”（{Num.Lines([table.HeaderLine])}起）。",
                    [table.HeaderLine], ("rows", verified));
            }
        }
    }
}
