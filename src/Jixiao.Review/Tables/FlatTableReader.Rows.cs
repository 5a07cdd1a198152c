using Jixiao.Review.Text;

namespace Jixiao.Review.Tables;

/// <summary>Where a table ends, how its lines group into rows, and the rows' final shape.</summary>
public static partial class FlatTableReader
{
    enum GroupingMode
    {
        EmptyLinesSeparateRows,
        AllBlankLinesSeparateRows,
        FixedWidthStream,
    }

    /// <summary>The lines after the header up to where the table visibly ends.</summary>
    static List<ReportLine> Region(IReadOnlyList<ReportLine> lines, int from, List<ColumnRole> columns, ReviewBudget budget)
    {
        var region = new List<ReportLine>();
        var emptyRun = 0;
        var blankRun = 0;
        var prose = !columns.Any(c => c is ColumnRole.Explanation or ColumnRole.Other or ColumnRole.Project);
        for (var j = from; j < lines.Count && region.Count < MaxRows * 4; j++)
        {
            budget.Step();
            var line = lines[j];
            if (line.IsBlank)
            {
                // Three empty lines end a table; tab-only lines are merged cells, so only a long run of them does.
                emptyRun = line.IsEmpty ? emptyRun + 1 : emptyRun;
                blankRun++;
                if (emptyRun >= 3 || blankRun > (2 * columns.Count) + 2)
                {
                    break;
                }

                region.Add(line);
                continue;
            }

            emptyRun = 0;
            blankRun = 0;
            var heading = Heading.TryParse(line);
            if (heading is { Level: <= HeadingLevel.Section } || line.Text.StartsWith("注:", StringComparison.Ordinal)
                || line.Text.StartsWith("注：", StringComparison.Ordinal) || (prose && line.Text.Length > 120)
                || (ColumnRoles.Recognise(line.Text) is not null && TryHeaderBlock(lines, j, out _, out _)))
            {
                break;
            }

            region.Add(line);
        }

        while (region.Count > 0 && region[^1].IsBlank)
        {
            region.RemoveAt(region.Count - 1);
        }

        return region;
    }

    static (List<TableRow> Rows, int Fit) Assemble(List<ReportLine> region, List<ColumnRole> columns, GroupingMode mode, ReviewBudget budget)
    {
        var groups = new List<List<TableCell>>();
        var current = new List<TableCell>();
        var n = columns.Count;
        foreach (var line in region)
        {
            var separator = mode switch
            {
                GroupingMode.EmptyLinesSeparateRows => line.IsEmpty,
                GroupingMode.AllBlankLinesSeparateRows => line.IsBlank,
                GroupingMode.FixedWidthStream => false,
            };
            if (separator)
            {
                if (current.Count > 0)
                {
                    groups.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(new TableCell(line.Text, line.IsBlank ? 0 : line.Number));
            if (mode == GroupingMode.FixedWidthStream && current.Count == n)
            {
                groups.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        var rows = new List<TableRow>();
        var fit = 0;
        foreach (var group in groups)
        {
            budget.Step(group.Count * n);
            foreach (var chunk in SplitOverfull(group, n))
            {
                if (chunk.All(c => c.IsEmpty))
                {
                    continue;
                }

                var (cells, rowFit) = RowAssembler.Assemble(chunk, columns, budget);
                // Rows that need heavy repair (far fewer or more cells than columns) count against a reading.
                fit += rowFit - Math.Abs(chunk.Count - n);
                rows.Add(MakeRow(cells));
            }
        }

        return (rows, fit);
    }

    /// <summary>
    /// Two rows that lost their separator arrive as one group of 2N cells; a group far longer than a
    /// row is cut into rows rather than repaired cell by cell.
    /// </summary>
    static IEnumerable<List<TableCell>> SplitOverfull(List<TableCell> group, int n)
    {
        if ((group.Count >= 2 * n && group.Count % n == 0) || group.Count > 3 * n)
        {
            for (var i = 0; i < group.Count; i += n)
            {
                yield return group.GetRange(i, Math.Min(n, group.Count - i));
            }
        }
        else
        {
            yield return group;
        }
    }

    static TableRow MakeRow(TableCell[] cells)
    {
        var labels = cells.Take(4).Select(c => c.Text).ToList();
        var kind = labels.Any(RowAssembler.IsTotalLabel) ? RowKind.Total
            : labels.Any(RowAssembler.IsSubtotalLabel) ? RowKind.Subtotal
            : RowKind.Data;
        return new TableRow(cells, kind);
    }

    static List<TableRow> TrimAfterTotal(List<TableRow> rows)
    {
        var total = rows.FindIndex(r => r.Kind == RowKind.Total);
        return total < 0 ? rows : rows.Take(total + 1).ToList();
    }

    /// <summary>Vertically merged label cells (一级/二级, 单位, 科室) repeat the row above.</summary>
    static FlatTable Finish(List<ColumnRole> columns, List<string> headers, List<TableRow> rows, int headerLine)
    {
        var carried = new List<TableRow>();
        TableRow? previous = null;
        foreach (var row in rows)
        {
            var cells = row.Cells.ToArray();
            if (previous is not null && row.Kind == RowKind.Data)
            {
                // A 二级 name is carried only inside the same 一级 group: a new 一级 starts its own 二级.
                var level1 = columns.IndexOf(ColumnRole.Level1);
                var newGroup = level1 >= 0 && !cells[level1].IsEmpty;
                for (var c = 0; c < cells.Length; c++)
                {
                    var carries = columns[c] is ColumnRole.Level1 or ColumnRole.Department or ColumnRole.Organisation
                        || (columns[c] == ColumnRole.Level2 && !newGroup);
                    if (cells[c].IsEmpty && carries)
                    {
                        cells[c] = previous.Cells[c] with { Line = 0 };
                    }
                }
            }

            var fixedRow = row with { Cells = cells };
            carried.Add(fixedRow);
            if (row.Kind == RowKind.Data)
            {
                previous = fixedRow;
            }
        }

        return new FlatTable(columns, headers, carried, headerLine);
    }
}
