using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tables;

/// <summary>Reads one sheet of an .xlsx into rows of display text (numbers invariant, percent-formatted cells as "95%").</summary>
internal static class XlsxTableReader
{
    public static TableReadResult Read(Stream stream, string displayName, TableReadOptions options, Func<List<(int, List<string>)>, string?, TableReadResult> build)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart;
        var sheets = workbookPart?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (workbookPart is null)
        {
            return TableReadResult.Fail($"“{displayName}”不是有效的Excel工作簿（.xlsx），无法打开：找不到工作簿内容");
        }
        if (sheets.Count == 0)
        {
            return TableReadResult.Fail($"“{displayName}”中没有工作表");
        }
        var sheet = options.SheetName is null
            ? sheets[0]
            : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), options.SheetName.Trim(), StringComparison.Ordinal));
        if (sheet is null)
        {
            var names = string.Join("、", sheets.Select(s => $"“{s.Name?.Value}”"));
            return TableReadResult.Fail($"“{displayName}”中没有名为“{options.SheetName}”的工作表；现有工作表：{names}");
        }
        if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheetPart)
        {
            return TableReadResult.Fail($"工作表“{sheet.Name?.Value}”不是数据表（可能是图表页）");
        }
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var formats = CellFormats.From(workbookPart.WorkbookStylesPart?.Stylesheet);
        var rows = ReadRows(worksheetPart.Worksheet, strings, formats);
        if (options.FillMergedCells)
        {
            FillMerged(worksheetPart.Worksheet, rows);
        }
        return build(rows, sheet.Name?.Value);
    }

    private static List<(int, List<string>)> ReadRows(Worksheet worksheet, string[] strings, CellFormats formats)
    {
        var rows = new List<(int, List<string>)>();
        var data = worksheet.GetFirstChild<SheetData>();
        if (data is null)
        {
            return rows;
        }
        var nextRow = 1;
        foreach (var row in data.Elements<Row>())
        {
            var rowNumber = row.RowIndex?.Value is { } index ? (int)index : nextRow;
            nextRow = rowNumber + 1;
            var cells = new List<string>();
            var nextColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : nextColumn;
                nextColumn = column + 1;
                while (cells.Count < column)
                {
                    cells.Add("");
                }
                cells.Add(CellText(cell, strings, formats).Trim());
            }
            rows.Add((rowNumber, cells));
        }
        return rows;
    }

    private static string CellText(Cell cell, string[] strings, CellFormats formats)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? raw;
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }
        if (type == CellValues.String || type == CellValues.Error || raw.Length == 0)
        {
            return raw;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }
        var style = cell.StyleIndex?.Value ?? 0;
        if (formats.IsPercent(style))
        {
            return ((decimal)(number * 100)).ToString("0.############", CultureInfo.InvariantCulture) + "%";
        }
        if (formats.IsDate(style) && number is > 0 and < 2958466)
        {
            return DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        // double.ToString gives the shortest text that round-trips: 73.640000000000001 → "73.64".
        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static void FillMerged(Worksheet worksheet, List<(int RowNumber, List<string> Cells)> rows)
    {
        var merges = worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>());
        var byNumber = rows.Select((r, i) => (r.RowNumber, i)).ToDictionary(x => x.RowNumber, x => x.i);
        foreach (var merge in merges)
        {
            var parts = merge.Reference?.Value?.Split(':');
            if (parts is not { Length: 2 })
            {
                continue;
            }
            var (top, left) = (RowIndex(parts[0]), ColumnIndex(parts[0]));
            var (bottom, right) = (RowIndex(parts[1]), ColumnIndex(parts[1]));
            if (!byNumber.TryGetValue(top, out var topIndex) || left >= rows[topIndex].Cells.Count)
            {
                continue;
            }
            var value = rows[topIndex].Cells[left];
            for (var r = top; r <= bottom; r++)
            {
                if (!byNumber.TryGetValue(r, out var index))
                {
                    continue;
                }
                var cells = rows[index].Cells;
                for (var c = left; c <= right; c++)
                {
                    while (cells.Count <= c)
                    {
                        cells.Add("");
                    }
                    if (cells[c].Length == 0)
                    {
                        cells[c] = value;
                    }
                }
            }
        }
    }

    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = index * 26 + (c - 'A' + 1);
            }
            else
            {
                break;
            }
        }
        return index - 1;
    }

    private static int RowIndex(string reference)
    {
        var digits = new string([.. reference.SkipWhile(char.IsLetter)]);
        return int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    /// <summary>Which cell styles show numbers as percentages or dates.</summary>
    private sealed class CellFormats(bool[] percent, bool[] date)
    {
        public bool IsPercent(uint style) => style < percent.Length && percent[style];

        public bool IsDate(uint style) => style < date.Length && date[style];

        public static CellFormats From(Stylesheet? stylesheet)
        {
            var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null)
                .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
            var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
            var percent = new bool[formats.Count];
            var date = new bool[formats.Count];
            for (var i = 0; i < formats.Count; i++)
            {
                var id = formats[i].NumberFormatId?.Value ?? 0;
                var code = custom.TryGetValue(id, out var c) ? c : "";
                percent[i] = id is 9 or 10 || code.Contains('%');
                date[i] = id is >= 14 and <= 22 || (code.Length > 0 && !code.Contains('%') && (code.Contains("yy") || code.Contains("m/d") || code.Contains("年")));
            }
            return new CellFormats(percent, date);
        }
    }
}
