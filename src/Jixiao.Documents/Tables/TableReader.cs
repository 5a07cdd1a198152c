using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Tables;

/// <summary>
/// The one spreadsheet reader of Jixiao: .xlsx (first or named sheet) and .csv (UTF-8 with/without BOM,
/// GB18030) into a <see cref="Table"/>. Never throws for a bad file: the result carries a Chinese message.
/// </summary>
public static class TableReader
{
    public static TableReadResult Read(string path, TableReadOptions? options = null)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return TableReadResult.Fail($"找不到文件：{path}");
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return TableReadResult.Fail($"无法读取文件“{name}”：{ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return TableReadResult.Fail($"没有权限读取文件“{name}”");
        }
        return Read(bytes, name, options);
    }

    /// <summary>Reads from memory (an upload); the file name decides .xlsx or .csv.</summary>
    public static TableReadResult Read(byte[] bytes, string fileName, TableReadOptions? options = null)
    {
        options ??= new TableReadOptions();
        if (bytes.Length == 0)
        {
            return TableReadResult.Fail($"文件“{fileName}”是空的");
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" or ".xlsm" => ReadXlsx(bytes, fileName, options),
            ".csv" or ".txt" => Build(CsvTableReader.Parse(CsvTableReader.Decode(bytes)), null, fileName, options),
            ".xls" => TableReadResult.Fail($"“{fileName}”是旧版Excel（.xls）文件，请在Excel中另存为.xlsx或.csv后再导入"),
            _ => TableReadResult.Fail($"不支持的文件类型“{extension}”：请使用.xlsx或.csv"),
        };
    }

    private static TableReadResult ReadXlsx(byte[] bytes, string fileName, TableReadOptions options)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return TableReadResult.Fail($"“{fileName}”实际是旧版Excel（.xls）或加密的工作簿，请另存为.xlsx或.csv后再导入");
        }
        if (!bytes.AsSpan().StartsWith("PK"u8))
        {
            return TableReadResult.Fail($"“{fileName}”不是有效的Excel工作簿（.xlsx）：文件内容不是xlsx格式，可能是改了扩展名的其他文件");
        }
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return XlsxTableReader.Read(stream, fileName, options, (rows, sheet) => Build(rows, sheet, fileName, options));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or System.Xml.XmlException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or NotSupportedException or FormatException or OverflowException)
        {
            // The package library signals a broken or foreign zip only by throwing; this is the boundary that turns it into a message.
            return TableReadResult.Fail($"“{fileName}”不是有效的Excel工作簿（.xlsx），无法打开：{ex.Message}");
        }
    }

    private static TableReadResult Build(List<(int RowNumber, List<string> Cells)> rows, string? sheet, string fileName, TableReadOptions options)
    {
        var nonBlank = rows.Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        if (nonBlank.Count == 0)
        {
            var where = sheet is null ? "" : $"的工作表“{sheet}”";
            return TableReadResult.Fail($"文件“{fileName}”{where}中没有数据");
        }
        var headerIndex = 0;
        if (options.HeaderHints.Count > 0)
        {
            var hints = options.HeaderHints.Select(HeaderText.Normalize).ToHashSet();
            var found = nonBlank.Take(20).ToList().FindIndex(r => r.Cells.Any(c => hints.Contains(HeaderText.Normalize(c))));
            if (found < 0)
            {
                return TableReadResult.Fail($"文件“{fileName}”中找不到表头行（应包含{string.Join("、", options.HeaderHints.Select(h => $"“{h}”"))}之一）");
            }
            headerIndex = found;
        }
        var header = nonBlank[headerIndex];
        var width = header.Cells.Count;
        while (width > 0 && header.Cells[width - 1].Length == 0)
        {
            width--;
        }
        var data = nonBlank.Skip(headerIndex + 1).Select(r => new TableRow(r.RowNumber, r.Cells)).ToList();
        return TableReadResult.Ok(new Table(sheet, header.RowNumber, header.Cells.Take(width).ToList(), data));
    }

    /// <summary>The sheet names of an .xlsx, for choosing one; empty when it cannot be opened.</summary>
    public static IReadOnlyList<string> SheetNames(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            return document.WorkbookPart?.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
                .Select(s => s.Name?.Value ?? "").ToList() ?? [];
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            return [];
        }
    }
}
