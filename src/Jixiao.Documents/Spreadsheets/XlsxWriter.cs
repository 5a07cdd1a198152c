using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Spreadsheets;

/// <summary>
/// Writes styled workbooks: shaded bold header frozen at the top, column widths, borders, and
/// number formats (万元 #,##0.00, scores 0.00, rates 0.00%). Amounts are real numbers, so Excel sums them.
/// </summary>
public static class XlsxWriter
{
    // Style indexes in the stylesheet below: 0 default, 1 header, then body and total for each format.
    private const uint HeaderStyle = 1;

    public static byte[] Write(params SheetSpec[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = XlsxStyles.Create();
            var sheetList = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var spec in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(spec);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = SafeName(spec.Name) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(SheetSpec spec)
    {
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = false };
        view.Append(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });

        var columns = new Columns(spec.Columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c.Width,
            CustomWidth = true,
        }));

        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (var i = 0; i < spec.Columns.Count; i++)
        {
            header.Append(TextCell(Reference(i, 1), spec.Columns[i].Header, HeaderStyle));
        }

        data.Append(header);
        for (var r = 0; r < spec.Rows.Count; r++)
        {
            var rowNumber = (uint)(r + 2);
            var row = new Row { RowIndex = rowNumber };
            var total = spec.TotalRows.Contains(r);
            for (var c = 0; c < spec.Columns.Count; c++)
            {
                var value = c < spec.Rows[r].Count ? spec.Rows[r][c] : null;
                row.Append(Cell(Reference(c, rowNumber), value, XlsxStyles.Body(spec.Columns[c].Format, total)));
            }

            data.Append(row);
        }

        return new Worksheet(new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 18D }, columns, data);
    }

    private static Cell Cell(string reference, object? value, uint style) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = style },
        decimal d => NumberCell(reference, d.ToString(CultureInfo.InvariantCulture), style),
        int i => NumberCell(reference, i.ToString(CultureInfo.InvariantCulture), style),
        string s => TextCell(reference, s, style),
        _ => TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, style),
    };

    private static Cell NumberCell(string reference, string number, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(number), DataType = CellValues.Number, StyleIndex = style };

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static string Reference(int column, uint row) =>
        Jixiao.Documents.Tables.Table.ColumnLetter(column) + row.ToString(CultureInfo.InvariantCulture);

    // Excel sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string SafeName(string name)
    {
        var cleaned = new string([.. name.Where(ch => !@":\/?*[]".Contains(ch))]);
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
