using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tables;

/// <summary>Writes a table to a new .xlsx: header in bold-free row 1, then rows; cells that are plain numbers become numbers.</summary>
public static class TableWriter
{
    public static void WriteXlsx(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string sheetName = "Sheet1")
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        worksheetPart.Worksheet = new Worksheet(data);
        uint rowNumber = 1;
        data.Append(MakeRow(rowNumber++, header));
        foreach (var row in rows)
        {
            data.Append(MakeRow(rowNumber++, row));
        }
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName });
        workbookPart.Workbook.Save();
    }

    public static void WriteXlsx(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string sheetName = "Sheet1")
    {
        using var file = File.Create(path);
        WriteXlsx(file, header, rows, sheetName);
    }

    /// <summary>A copy of <paramref name="table"/> with the given columns set (added at the end when missing), e.g. 得分 and 说明.</summary>
    public static (IReadOnlyList<string> Header, List<IReadOnlyList<string>> Rows) WithColumns(
        Table table, IReadOnlyList<string> columns, Func<TableRow, string, string?> valueOf)
    {
        var header = table.Header.ToList();
        var indexes = columns.Select(name =>
        {
            var i = table.FindColumn(name);
            if (i < 0)
            {
                header.Add(name);
                i = header.Count - 1;
            }
            return i;
        }).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.ToList();
            while (cells.Count < header.Count)
            {
                cells.Add("");
            }
            for (var c = 0; c < columns.Count; c++)
            {
                if (valueOf(row, columns[c]) is { } value)
                {
                    cells[indexes[c]] = value;
                }
            }
            rows.Add(cells);
        }
        return (header, rows);
    }

    private static Row MakeRow(uint rowNumber, IReadOnlyList<string> cells)
    {
        var row = new Row { RowIndex = rowNumber };
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i] ?? "";
            var reference = Table.ColumnLetter(i) + rowNumber.ToString(CultureInfo.InvariantCulture);
            row.Append(IsPlainNumber(text)
                ? new Cell { CellReference = reference, CellValue = new CellValue(text), DataType = CellValues.Number }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) });
        }
        return row;
    }

    // "007" and "1,000" stay text: numbers only when Excel would show exactly what was written.
    private static bool IsPlainNumber(string text) =>
        text.Length is > 0 and < 16
        && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && value.ToString(CultureInfo.InvariantCulture) == text;
}
