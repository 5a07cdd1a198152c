namespace Jixiao.Review.Text;

/// <summary>One line of the report as the reviewer sees it.</summary>
/// <param name="Number">1-based line number in the flattened text, the number findings cite.</param>
/// <param name="Raw">The line as read, only stripped of its line break.</param>
/// <param name="Text">The normalised line used for matching (see <see cref="TextNormalizer"/>).</param>
public sealed record ReportLine(int Number, string Raw, string Text)
{
    /// <summary>No text at all: a row separator in flattened tables, or a paragraph gap.</summary>
    public bool IsEmpty => Text.Length == 0 && Raw.Length == 0;

    /// <summary>Only tabs or spaces: how a merged or empty table cell arrives in flattened text.</summary>
    public bool IsEmptyCell => Text.Length == 0 && Raw.Length > 0;

    public bool IsBlank => Text.Length == 0;
}
