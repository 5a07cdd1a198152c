using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Review.Reading;

/// <summary>
/// Turns a .docx body into lines the way reports usually arrive as text: paragraphs in order,
/// tables flattened one cell per line with an empty line after each row, and a vertically
/// merged (continued) or empty cell as a line holding only a tab.
/// </summary>
public static class DocxTextExtractor
{
    /// <summary>The lines of the document, or null when the package has no Word body (a zip that is not a .docx).</summary>
    public static IReadOnlyList<string>? Extract(Stream stream)
    {
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return null;
        }

        var lines = new List<string>();
        AppendBlocks(body.ChildElements, lines, depth: 0);
        return lines;
    }

    static void AppendBlocks(IEnumerable<OpenXmlElement> elements, List<string> lines, int depth)
    {
        foreach (var element in elements)
        {
            // Past the line limit the text would be cut anyway; stop walking a document that large.
            if (lines.Count > Text.ReportText.MaxLines)
            {
                return;
            }

            switch (element)
            {
                case Paragraph p:
                    AppendParagraph(p, lines);
                    break;
                case Table t when depth < 4:
                    AppendTable(t, lines, depth);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    AppendBlocks(content.ChildElements, lines, depth);
                    break;
                default:
                    break;
            }
        }
    }

    static void AppendParagraph(Paragraph p, List<string> lines)
    {
        // A soft line break inside a paragraph becomes a line of its own, as in exported text.
        foreach (var part in ParagraphText(p).Split('\n'))
        {
            lines.Add(part);
        }
    }

    static string ParagraphText(OpenXmlElement p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }

    static void AppendTable(Table table, List<string> lines, int depth)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            foreach (var cell in row.Elements<TableCell>())
            {
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var nested = cell.Elements<Table>().ToList();
                var text = string.Join(string.Empty, cell.Elements<Paragraph>().Select(ParagraphText))
                    .Replace('\n', ' ').Trim();
                lines.Add(continued || text.Length == 0 ? "\t" : text);
                foreach (var inner in nested)
                {
                    AppendTable(inner, lines, depth + 1);
                }
            }

            lines.Add(string.Empty);
        }
    }
}
