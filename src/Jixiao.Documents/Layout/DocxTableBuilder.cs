using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Layout;

/// <summary>Turns a <see cref="DocxTable"/> into WordprocessingML: full borders, fixed grid, repeated header.</summary>
internal static class DocxTableBuilder
{
    public static Table Build(DocxTable spec, int totalWidth)
    {
        var widths = ColumnWidths(spec.Columns, totalWidth);
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = totalWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa }),
        });
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        if (spec.ShowHeader)
        {
            var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            for (var i = 0; i < spec.Columns.Count; i++)
            {
                header.Append(Cell(spec.Columns[i].Header, widths[i], 1, CellAlign.Center, bold: false, shaded: true, DocxStyles.TableHeader, merge: null));
            }

            table.Append(header);
        }

        string?[]? previous = null;
        foreach (var row in spec.Rows)
        {
            var simple = row.Cells.Count == spec.Columns.Count && row.Cells.All(c => c.Span == 1);
            var tableRow = row.Cells.Any(c => c.Prose) ? new TableRow() : new TableRow(new TableRowProperties(new CantSplit()));
            var column = 0;
            var current = simple ? row.Cells.Select(c => (string?)c.Text).ToArray() : null;
            foreach (var cell in row.Cells)
            {
                var width = widths.Skip(column).Take(cell.Span).Sum();
                var merge = simple ? MergeState(spec.MergeColumns, column, current!, previous) : null;
                var text = merge == MergedCellValues.Continue ? string.Empty : cell.Text;
                var style = cell.Prose ? DocxStyles.TableProse : DocxStyles.TableText;
                tableRow.Append(Cell(text, width, cell.Span, cell.Align ?? spec.Columns[Math.Min(column, spec.Columns.Count - 1)].Align, cell.Bold || row.Bold, cell.Shaded, style, merge));
                column += cell.Span;
            }

            previous = current;
            table.Append(tableRow);
        }

        return table;
    }

    private static MergedCellValues? MergeState(IReadOnlyList<int> mergeColumns, int column, string?[] current, string?[]? previous)
    {
        if (!mergeColumns.Contains(column))
        {
            return null;
        }

        // A cell continues the one above only when every merged column up to it repeats too,
        // so the same 二级 name under a different 一级 starts a new block.
        var same = previous is not null && !string.IsNullOrEmpty(current[column])
            && mergeColumns.Where(c => c <= column).All(c => current[c] == previous[c]);
        return same ? MergedCellValues.Continue : MergedCellValues.Restart;
    }

    private static TableCell Cell(string text, int width, int span, CellAlign align, bool bold, bool shaded, string style, MergedCellValues? merge)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        if (merge is { } m)
        {
            properties.VerticalMerge = new VerticalMerge { Val = m };
        }

        if (shaded)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" };
        }

        var cell = new TableCell(properties);
        var lines = DocxWriter.Lines(text).ToList();
        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }

        foreach (var line in lines)
        {
            var paragraph = new Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = style },
                Justification = new Justification { Val = style == DocxStyles.TableProse ? JustificationValues.Both : ToJustification(align) },
            });
            if (line.Length > 0)
            {
                var run = new Run();
                if (bold)
                {
                    run.Append(new RunProperties { Bold = new Bold() });
                }

                run.Append(new Text(DocxWriter.Clean(line)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                paragraph.Append(run);
            }

            cell.Append(paragraph);
        }

        return cell;
    }

    private static JustificationValues ToJustification(CellAlign align) => align switch
    {
        CellAlign.Left => JustificationValues.Left,
        CellAlign.Center => JustificationValues.Center,
        CellAlign.Right => JustificationValues.Right,
        _ => throw new ArgumentOutOfRangeException(nameof(align)),
    };

    private static int[] ColumnWidths(IReadOnlyList<DocxColumn> columns, int totalWidth)
    {
        var weights = columns.Sum(c => c.Width);
        var widths = columns.Select(c => totalWidth * c.Width / weights).ToArray();
        widths[^1] += totalWidth - widths.Sum();
        return widths;
    }
}
