using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Tables;

/// <summary>One cell: its text and the line it came from (0 when the cell was absent or merged).</summary>
public sealed record TableCell(string Text, int Line)
{
    public static readonly TableCell Empty = new(string.Empty, 0);

    public bool IsEmpty => Text.Length == 0;
}

public enum RowKind
{
    Data,
    Subtotal,
    Total,
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells, RowKind Kind)
{
    public IEnumerable<int> Lines => Cells.Where(c => c.Line > 0).Select(c => c.Line).Distinct();

    public int FirstLine => Lines.DefaultIfEmpty(0).Min();
}

/// <summary>A table read back from flattened text, its columns known by meaning.</summary>
public sealed partial record FlatTable(IReadOnlyList<ColumnRole> Columns, IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows, int HeaderLine)
{
    public int Column(ColumnRole role)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == role)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Has(ColumnRole role) => Column(role) >= 0;

    public TableCell Cell(TableRow row, ColumnRole role)
    {
        var i = Column(role);
        return i < 0 || i >= row.Cells.Count ? TableCell.Empty : row.Cells[i];
    }

    /// <summary>The number in a cell: "12.5", "95%", "≥95%" (operator dropped), "10分"; null when there is none.</summary>
    public StatedNumber? Number(TableRow row, ColumnRole role) => ParseNumber(Cell(row, role).Text);

    public static StatedNumber? ParseNumber(string text)
    {
        var m = CellNumber().Match(text.Trim());
        return m.Success && StatedNumber.TryParse(m.Groups[1].Value, out var n) ? n : null;
    }

    public IEnumerable<TableRow> DataRows => Rows.Where(r => r.Kind == RowKind.Data);

    /// <summary>Money columns are in 万元 unless their header says 元.</summary>
    public bool InYuan(ColumnRole role)
    {
        var i = Column(role);
        return i >= 0 && ColumnRoles.HeaderInYuan(Headers[i]);
    }

    [GeneratedRegex(@"^(?:[≥≤<>=]{1,2}\s*)?(-?\d+(?:\.\d+)?)\s*(?:%|分|万元|元|亿元)?$")]
    private static partial Regex CellNumber();
}
