using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Review.Tests.Documents;

/// <summary>Builds real .docx files for the tests: paragraphs, and tables whose null cells continue a vertical merge.</summary>
public sealed class DocxBuilder
{
    readonly List<OpenXmlElement> blocks = [];

    public DocxBuilder Paragraphs(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            blocks.Add(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return this;
    }

    public DocxBuilder Table(string[] headers, IEnumerable<string?[]> rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Row(headers.Select(h => (string?)h).ToArray(), first: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, first: false));
        }

        blocks.Add(table);
        return this;
    }

    static TableRow Row(string?[] cells, bool first)
    {
        var row = new TableRow();
        foreach (var cell in cells)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = "1200", Type = TableWidthUnitValues.Dxa });
            if (cell is null && !first)
            {
                properties.Append(new VerticalMerge());
            }

            row.Append(new TableCell(properties, new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(cell ?? string.Empty)))));
        }

        return row;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks.Select(b => b.CloneNode(true))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public string Save(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Build());
        return path;
    }
}
