using System.Text.RegularExpressions;

namespace Jixiao.Review.Tables;

/// <summary>
/// Fits the cells of one flattened row onto the table's columns. Merged cells leave gaps
/// (usually the leading 一级/二级 columns), wrapped cells add lines; the placement chosen is the one
/// where numbers fall in numeric columns and words in word columns.
/// </summary>
public static partial class RowAssembler
{
    public static (TableCell[] Cells, int Fit) Assemble(IReadOnlyList<TableCell> group, IReadOnlyList<ColumnRole> columns, ReviewBudget budget)
    {
        var cells = group.ToList();
        var n = columns.Count;
        var guard = 0;
        while (cells.Count > n && guard++ < 64)
        {
            if (!MergeBestPair(cells, columns, budget))
            {
                // Nothing left to merge: keep the extra text in the last column rather than lose it.
                var tail = string.Join(" ", cells.Skip(n - 1).Select(c => c.Text).Where(t => t.Length > 0));
                cells = [.. cells.Take(n - 1), new TableCell(tail, cells[n - 1].Line)];
            }
        }

        budget.Step(n * n);
        return Place(cells, columns);
    }

    static (TableCell[] Cells, int Fit) Place(List<TableCell> cells, IReadOnlyList<ColumnRole> columns)
    {
        var n = columns.Count;
        var k = cells.Count;
        TableCell[]? best = null;
        var bestFit = int.MinValue;
        // Contiguous placements; the rightmost wins ties because merged cells are usually the leading ones.
        for (var offset = 0; offset <= n - k; offset++)
        {
            var row = Enumerable.Repeat(TableCell.Empty, n).ToArray();
            for (var i = 0; i < k; i++)
            {
                row[offset + i] = cells[i];
            }

            var fit = Fit(row, columns);
            if (fit >= bestFit)
            {
                best = row;
                bestFit = fit;
            }
        }

        // "合计" spans the label columns: label first, then its figures — in the columns that add up
        // (分值, 得分, amounts) when there are enough of them, else at the right.
        if (k >= 2 && k < n && IsTotalLabel(cells[0].Text))
        {
            var summable = Enumerable.Range(1, n - 1).Where(c => IsSummable(columns[c])).ToList();
            var targets = summable.Count >= k - 1 ? summable.TakeLast(k - 1).ToList() : Enumerable.Range(n - k + 1, k - 1).ToList();
            var row = Enumerable.Repeat(TableCell.Empty, n).ToArray();
            row[0] = cells[0];
            for (var i = 1; i < k; i++)
            {
                row[targets[i - 1]] = cells[i];
            }

            var fit = Fit(row, columns) + 3;
            if (fit > bestFit)
            {
                best = row;
                bestFit = fit;
            }
        }

        return (best ?? [.. cells.Take(n)], bestFit);
    }

    static bool MergeBestPair(List<TableCell> cells, IReadOnlyList<ColumnRole> columns, ReviewBudget budget)
    {
        var bestIndex = -1;
        var bestFit = int.MinValue;
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            if (!Mergeable(cells[i]) || !Mergeable(cells[i + 1]))
            {
                continue;
            }

            budget.Step(columns.Count * cells.Count);
            var merged = cells.ToList();
            merged[i] = Join(cells[i], cells[i + 1]);
            merged.RemoveAt(i + 1);
            var fit = merged.Count <= columns.Count ? Place(merged, columns).Fit : -cells.Count;
            if (fit > bestFit)
            {
                bestFit = fit;
                bestIndex = i;
            }
        }

        if (bestIndex < 0)
        {
            return false;
        }

        cells[bestIndex] = Join(cells[bestIndex], cells[bestIndex + 1]);
        cells.RemoveAt(bestIndex + 1);
        return true;
    }

    static bool IsSummable(ColumnRole role) => role is ColumnRole.Weight or ColumnRole.Score || ColumnRoles.IsMoneyRole(role);

    static bool Mergeable(TableCell cell) => !cell.IsEmpty && !IsNumeric(cell.Text);

    static TableCell Join(TableCell a, TableCell b) => new(a.Text + b.Text, a.Line);

    public static int Fit(IReadOnlyList<TableCell> row, IReadOnlyList<ColumnRole> columns)
    {
        var fit = 0;
        for (var i = 0; i < row.Count && i < columns.Count; i++)
        {
            fit += Fit(row[i].Text, columns[i]);
        }

        return fit;
    }

    static int Fit(string text, ColumnRole role)
    {
        if (text.Length == 0)
        {
            return role is ColumnRole.Level3 or ColumnRole.Project ? -1 : 0;
        }

        if (role == ColumnRole.Grade)
        {
            return Grade().IsMatch(text) ? 3 : IsNumeric(text) ? -2 : 0;
        }

        var numeric = IsNumeric(text);
        if (ColumnRoles.IsNumericRole(role))
        {
            return numeric ? 2 : IsTotalLabel(text) && role == ColumnRole.Index ? 0 : -3;
        }

        if (ColumnRoles.IsTextRole(role))
        {
            return numeric ? -2 : 1;
        }

        return 0;
    }

    public static bool IsNumeric(string text) => NumericCell().IsMatch(text.Trim());

    public static bool IsTotalLabel(string text) => TotalLabel().IsMatch(text.Trim());

    public static bool IsSubtotalLabel(string text) => SubtotalLabel().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:[≥≤<>=]{1,2}\s*)?-?\d+(?:\.\d+)?\s*(?:%|分|万元|元|亿元)?$")]
    private static partial Regex NumericCell();

    [GeneratedRegex(@"^(合\s*计|总\s*计|总\s*分|合计得分|总得分|综合得分|总\s*计\s*得\s*分)$")]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"^(小\s*计|.{1,12}小计)$")]
    private static partial Regex SubtotalLabel();

    [GeneratedRegex(@"^(优|良|中|差|优秀|良好|合格|不合格|较差|一般)$")]
    private static partial Regex Grade();
}
