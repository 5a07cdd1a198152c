namespace Jixiao.Documents.Spreadsheets;

/// <summary>How a column's numbers are shown: money in 万元 and scores with two decimals, rates as percentages.</summary>
public enum ColumnFormat
{
    Text,
    Integer,
    Wan,
    Score,
    Percent,
}

/// <summary>A column: header, width in characters (Chinese characters count about two) and format.</summary>
public sealed record SheetColumn(string Header, double Width, ColumnFormat Format = ColumnFormat.Text);

/// <summary>
/// A worksheet: columns and rows of values (string, decimal, int or null for empty). Rows listed
/// in <see cref="TotalRows"/> (by index) are bold, as a 合计 row is.
/// </summary>
public sealed record SheetSpec(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public IReadOnlySet<int> TotalRows { get; init; } = new HashSet<int>();
}
