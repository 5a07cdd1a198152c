using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Templates;

/// <summary>
/// Shared by every report generator: the writer, the data values for placeholders, numbering of
/// sections and tables, and the errors met on the way (unknown placeholders).
/// </summary>
internal sealed class ReportComposer(ReportTemplate template, IReadOnlyDictionary<string, string> values) : IDisposable
{
    private int section;
    private int tableNumber;

    public DocxWriter Writer { get; } = new(template.Fonts);

    public ReportTemplate Template => template;

    public List<string> Errors { get; } = [];

    public string Fill(string text) => Placeholders.Fill(text, values, Errors);

    /// <summary>Letterhead, title and subtitle as the template sets them.</summary>
    public void Cover()
    {
        if (template.Letterhead is { } head)
        {
            Writer.Letterhead(Fill(head.Issuer), Fill(head.DocumentNumber));
        }

        Writer.Title(Fill(template.Title));
        if (template.Subtitle.Length > 0)
        {
            Writer.Subtitle(Fill(template.Subtitle));
        }
    }

    /// <summary>A numbered first-level heading (一、…); numbering follows the sections actually printed.</summary>
    public void Section(SectionTemplate sectionTemplate) =>
        Writer.Heading1(ChineseNumerals.Section(++section, Fill(sectionTemplate.Heading)));

    /// <summary>Evaluator text for a section, with data placeholders filled; "无。" when nothing was written.</summary>
    public void Narrative(IReadOnlyDictionary<string, string> narratives, string key, bool noneWhenMissing = false)
    {
        if (narratives.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text))
        {
            Writer.Body(Fill(text));
        }
        else if (noneWhenMissing)
        {
            Writer.Body("无。");
        }
    }

    public void Table(string caption, DocxTable table, bool roundingNote = false)
    {
        Writer.Caption($"表{(++tableNumber).ToString(CultureInfo.InvariantCulture)}  {caption}");
        Writer.Table(table);
        if (roundingNote)
        {
            Writer.Note(Money.RoundingNote);
        }
    }

    public void SignatureBlock()
    {
        if (template.Signature.Count > 0)
        {
            Writer.Signature(template.Signature.Select(Fill).Where(l => l.Trim().Length > 0));
        }
    }

    public DocumentResult<byte[]> Finish()
    {
        var bytes = Writer.Finish();
        return Errors.Count == 0 ? DocumentResult<byte[]>.Ok(bytes) : DocumentResult<byte[]>.Fail(Errors);
    }

    public void Dispose() => Writer.Dispose();

    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
