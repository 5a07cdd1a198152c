namespace Jixiao.Documents.Tables;

/// <summary>One data row: its spreadsheet row number (the header is row 1 when it is the first row) and its cells as text.</summary>
public sealed record TableRow(int RowNumber, IReadOnlyList<string> Cells)
{
    /// <summary>The cell of a column, "" when the row is shorter or the column is missing (-1).</summary>
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : "";
}

/// <summary>
/// A spreadsheet table read from .xlsx or .csv: the header cells and the rows below them, all as trimmed
/// strings. Blank rows are skipped but keep their place in the numbering, so messages can cite the row a
/// person sees in Excel.
/// </summary>
public sealed record Table(string? SheetName, int HeaderRowNumber, IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows)
{
    /// <summary>
    /// The index of the first header cell matching any accepted name, or -1. Names match after removing
    /// spaces, full-width forms and a trailing unit in brackets ("分值（分）" matches "分值").
    /// </summary>
    public int FindColumn(params ReadOnlySpan<string> acceptedNames)
    {
        foreach (var name in acceptedNames)
        {
            var wanted = HeaderText.Normalize(name);
            for (var i = 0; i < Header.Count; i++)
            {
                if (HeaderText.Normalize(Header[i]) == wanted)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>The spreadsheet column letter of a 0-based index (0 → "A", 27 → "AB").</summary>
    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }
}

/// <summary>The outcome of reading a table file: the table, or a Chinese message saying why it could not be read.</summary>
public sealed record TableReadResult(Table? Table, string? Error)
{
    public bool IsSuccess => Table is not null;

    public static TableReadResult Ok(Table table) => new(table, null);

    public static TableReadResult Fail(string error) => new(null, error);
}

/// <summary>Options for <see cref="TableReader"/>.</summary>
public sealed record TableReadOptions
{
    /// <summary>Sheet to read in an .xlsx; null reads the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// Names that mark the header row. When given, the first row (of the first 20) holding any of them is the
    /// header, so title rows above the table are skipped; when empty, the first non-blank row is the header.
    /// </summary>
    public IReadOnlyList<string> HeaderHints { get; init; } = [];

    /// <summary>Copy the value of a merged range into each of its cells (merged 一级指标 cells are common).</summary>
    public bool FillMergedCells { get; init; } = true;
}

internal static class HeaderText
{
    public static string Normalize(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var raw in text)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsWhiteSpace(c) && c != '\u3000' && c != '*')
            {
                chars.Add(c);
            }
        }
        var normalized = new string([.. chars]);
        var bracket = normalized.IndexOf('(', StringComparison.Ordinal);
        return bracket > 0 && normalized.EndsWith(')') ? normalized[..bracket] : normalized;
    }
}
