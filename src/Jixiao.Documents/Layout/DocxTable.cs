namespace Jixiao.Documents.Layout;

public enum CellAlign
{
    Left,
    Center,
    Right,
}

/// <summary>A table column: its header, its relative width and how its cells align (amounts right).</summary>
public sealed record DocxColumn(string Header, int Width, CellAlign Align = CellAlign.Left);

/// <summary>
/// A cell; text with line breaks becomes several paragraphs. A prose cell holds running text
/// (indented paragraphs, larger type) and lets its row break across pages.
/// </summary>
public sealed record DocxCell(string Text, int Span = 1, CellAlign? Align = null, bool Bold = false, bool Shaded = false, bool Prose = false);

/// <summary>A body row; a 合计 row is bold.</summary>
public sealed record DocxRow(IReadOnlyList<DocxCell> Cells, bool Bold = false)
{
    public static DocxRow Of(params string[] texts) => new([.. texts.Select(t => new DocxCell(t))]);

    public static DocxRow Total(params DocxCell[] cells) => new(cells, Bold: true);
}

/// <summary>
/// A bordered table with a header row repeated on every page. Columns listed in
/// <see cref="MergeColumns"/> merge vertically where consecutive rows repeat the same value
/// (一级/二级 indicator names), as printed score tables do.
/// </summary>
public sealed record DocxTable(IReadOnlyList<DocxColumn> Columns, IReadOnlyList<DocxRow> Rows)
{
    public bool ShowHeader { get; init; } = true;

    public IReadOnlyList<int> MergeColumns { get; init; } = [];
}
