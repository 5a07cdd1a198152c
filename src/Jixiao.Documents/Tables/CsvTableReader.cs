using System.Text;

namespace Jixiao.Documents.Tables;

/// <summary>
/// CSV as Excel writes it: RFC 4180 quoting, comma (or tab/semicolon) separated, UTF-8 with or without BOM,
/// UTF-16 with BOM, and GB18030 — what Excel on a Chinese Windows saves by default — detected, not asked.
/// </summary>
internal static class CsvTableReader
{
    static CsvTableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        // Valid UTF-8 is almost never valid-looking GB18030 text by accident the other way round, so try UTF-8 strictly first.
        var strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return strictUtf8.GetString(bytes);
        }
        return Gb18030.GetString(bytes);
    }

    public static List<(int RowNumber, List<string> Cells)> Parse(string text)
    {
        var separator = DetectSeparator(text);
        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inQuotes = false;
        var rowNumber = 1;
        var rowStart = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        rowNumber++;
                    }
                    cell.Append(c);
                }
                continue;
            }
            if (c == '"' && cell.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                rows.Add((rowStart, cells));
                cells = [];
                rowNumber++;
                rowStart = rowNumber;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString().Trim());
            rows.Add((rowStart, cells));
        }
        return rows;
    }

    private static char DetectSeparator(string text)
    {
        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var commas = firstLine.Count(c => c == ',');
        var tabs = firstLine.Count(c => c == '\t');
        var semicolons = firstLine.Count(c => c == ';');
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
