using Jixiao.Review.Text;

namespace Jixiao.Review.Tables;

/// <summary>
/// Finds tables in flattened report text. A table starts at a header: three or more header words
/// (one per line, or on one tab-separated line). Rows follow one cell per line, separated by empty
/// lines or not at all; merged cells arrive as tab-only lines or are missing, long cells may wrap.
/// Several readings are tried and the one whose cells best fit the columns is kept.
/// </summary>
public static partial class FlatTableReader
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

            // A header word we do not know ("评分依据及扣分原因", "指标内涵") between known ones, or last before
            // the empty line that ends the header row, is still a column.
            if (role is null && headers.Count > 0 && UnknownHeaderCell(lines, j))
            {
                role = ColumnRole.Other;
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

    static bool UnknownHeaderCell(IReadOnlyList<ReportLine> lines, int j)
    {
        var text = lines[j].Text;
        if (text.Length > 12 || RowAssembler.IsNumeric(text) || text.IndexOfAny(['。', '，', ',', '；', ';']) >= 0)
        {
            return false;
        }

        var next = j + 1 < lines.Count ? lines[j + 1] : null;
        return next is null || next.IsEmpty || (ColumnRoles.Recognise(next.Text) is not null);
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
        var best = Best(region, columns, budget);

        // The first header may be a word we do not know ("支出项目"): then every row has one cell too many.
        // Reading it as an unnamed leading column is kept only when the rows fit clearly better.
        if (headerStart > 0 && LooksLikeHeaderWord(lines[headerStart - 1]))
        {
            List<ColumnRole> widened = [ColumnRole.Other, .. columns];
            var alternative = Best(region, widened, budget);
            if (alternative.Fit > best.Fit + alternative.Rows.Count)
            {
                var next = region.Count == 0 ? headerEnd + 1 : region[^1].Number;
                return (Finish(widened, [lines[headerStart - 1].Text, .. headers], TrimAfterTotal(alternative.Rows), lines[headerStart - 1].Number), next);
            }
        }

        var rows = TrimAfterTotal(best.Rows);
        var end = region.Count == 0 ? headerEnd + 1 : region[^1].Number;
        return (Finish(columns, headers, rows, lines[headerStart].Number), end);
    }

    static (List<TableRow> Rows, int Fit) Best(List<ReportLine> region, List<ColumnRole> columns, ReviewBudget budget)
    {
        var best = (Rows: new List<TableRow>(), Fit: int.MinValue);
        foreach (var mode in Enum.GetValues<GroupingMode>())
        {
            var candidate = Assemble(region, columns, mode, budget);
            if (candidate.Fit > best.Fit)
            {
                best = candidate;
            }
        }

        return best;
    }

    static bool LooksLikeHeaderWord(ReportLine line) =>
        !line.IsBlank && line.Text.Length <= 10 && !RowAssembler.IsNumeric(line.Text)
        && line.Text.IndexOfAny(['。', ',', '，', ':', '：', ';', '；']) < 0 && Heading.TryParse(line) is null;
}
