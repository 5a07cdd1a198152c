using Jixiao.Review.Text;

namespace Jixiao.Review.Tables;

/// <summary>
/// Finds tables in flattened report text. A table starts at a header: three or more header words
/// (one per line, or on one tab-separated line). Rows follow one cell per line, separated by empty
/// lines or not at all; merged cells arrive as tab-only lines or are missing, long cells may wrap.
/// Several readings are tried and the one whose cells best fit the columns is kept.
/// </summary>
public static class FlatTableReader
{
    const int MaxRows = 5_000;

    public static IReadOnlyList<FlatTable> Read(ReportText text, ReviewBudget budget)
    {
        var tables = new List<FlatTable>();
        var lines = text.Lines;
        var i = 0;
        while (i < lines.Count)
        {
            budget.Step();
            if (TryInlineHeader(lines[i], out var inlineHeaders))
            {
                var (table, next) = ReadInline(lines, i, inlineHeaders, budget);
                tables.Add(table);
                i = next;
                continue;
            }

            if (TryHeaderBlock(lines, i, out var headers, out var headerEnd))
            {
                var (table, next) = ReadCellPerLine(lines, i, headerEnd, headers, budget);
                tables.Add(table);
                i = Math.Max(next, headerEnd + 1);
                continue;
            }

            i++;
        }

        return tables;
    }

    static bool Acceptable(IReadOnlyList<ColumnRole> roles) =>
        roles.Count(r => r != ColumnRole.Other) >= 3
        && roles.Any(r => ColumnRoles.IsNumericRole(r) || r is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Grade);

    static bool TryHeaderBlock(IReadOnlyList<ReportLine> lines, int start, out List<string> headers, out int end)
    {
        headers = [];
        end = start;
        var roles = new List<ColumnRole>();
        var j = start;
        while (j < lines.Count && !lines[j].IsBlank && roles.Count < 40)
        {
            var role = ColumnRoles.Recognise(lines[j].Text);
            if (role is null && headers.Count > 0 && j + 0 < lines.Count)
            {
                // A header cell wrapped onto two lines: "偏差原因分析" + "及改进措施".
                var joined = ColumnRoles.Recognise(headers[^1] + lines[j].Text);
                if (joined is not null)
                {
                    headers[^1] += lines[j].Text;
                    roles[^1] = joined.Value;
                    j++;
                    continue;
                }
            }

            if (role is null)
            {
                break;
            }

            headers.Add(lines[j].Text);
            roles.Add(role.Value);
            j++;
        }

        end = j - 1;
        return Acceptable(roles);
    }

    static bool TryInlineHeader(ReportLine line, out List<string> headers)
    {
        headers = [];
        if (!line.Raw.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var cells = SplitInline(line.Raw);
        if (cells.Count < 3 || cells.Any(c => c.Length > 0 && ColumnRoles.Recognise(c) is null))
        {
            return false;
        }

        headers = cells.Where(c => c.Length > 0).ToList();
        return Acceptable(headers.Select(h => ColumnRoles.Recognise(h)!.Value).ToList());
    }

    static List<string> SplitInline(string raw) =>
        raw.Split('\t').Select(c => TextNormalizer.Normalize(c)).ToList() is var cells
            ? cells.SkipWhile(c => c.Length == 0).Reverse().SkipWhile(c => c.Length == 0).Reverse().ToList()
            : [];

    static (FlatTable Table, int Next) ReadInline(IReadOnlyList<ReportLine> lines, int headerIndex, List<string> headers, ReviewBudget budget)
    {
        var columns = headers.Select(h => ColumnRoles.Recognise(h) ?? ColumnRole.Other).ToList();
        var rows = new List<TableRow>();
        var j = headerIndex + 1;
        for (; j < lines.Count && rows.Count < MaxRows; j++)
        {
            budget.Step(columns.Count);
            var line = lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            var cells = SplitInline(line.Raw);
            if (cells.Count < 2)
            {
                break;
            }

            var group = cells.Select(c => new TableCell(c, line.Number)).ToList();
            rows.Add(MakeRow(RowAssembler.Assemble(group, columns, budget).Cells));
        }

        return (Finish(columns, headers, rows, lines[headerIndex].Number), j);
    }

    static (FlatTable Table, int Next) ReadCellPerLine(
        IReadOnlyList<ReportLine> lines, int headerStart, int headerEnd, List<string> headers, ReviewBudget budget)
    {
        var columns = headers.Select(h => ColumnRoles.Recognise(h) ?? ColumnRole.Other).ToList();
        var region = Region(lines, headerEnd + 1, columns, budget);
        var best = (Rows: new List<TableRow>(), Fit: int.MinValue);
        foreach (var mode in Enum.GetValues<GroupingMode>())
        {
            var candidate = Assemble(region, columns, mode, budget);
            if (candidate.Fit > best.Fit)
            {
                best = candidate;
            }
        }

        var rows = TrimAfterTotal(best.Rows);
        var next = region.Count == 0 ? headerEnd + 1 : region[^1].Number;
        return (Finish(columns, headers, rows, lines[headerStart].Number), next);
    }

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
