using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Layout;

/// <summary>
/// Writes an official-layout .docx: A4, margins 37/35/28/26 mm (GB/T 9704), styles from
/// <see cref="DocxStyles"/>, page numbers "— n —" in the footer. Elements are built through the
/// SDK's typed properties so the schema order is right (the validator test guards it).
/// </summary>
public sealed class DocxWriter : IDisposable
{
    /// <summary>Text width: 210 mm − 28 mm − 26 mm, in twips.</summary>
    internal const int TextWidthTwips = 8845;

    private readonly MemoryStream stream = new();
    private readonly WordprocessingDocument document;
    private readonly MainDocumentPart main;
    private readonly Body body = new();
    private uint nextDrawingId = 1;
    private string footerId = string.Empty;
    private bool finished;

    public DocxWriter(FontSet fonts)
    {
        document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        main = document.AddMainDocumentPart();
        main.Document = new Document(body);
        DocxStyles.AddTo(main, fonts);
        AddFontTable(fonts);
        AddFooter();
    }

    internal MainDocumentPart Main => main;

    internal uint NextDrawingId() => nextDrawingId++;

    public void Title(string text) => Paragraph(text, DocxStyles.Title);

    public void Subtitle(string text) => Paragraph(text, DocxStyles.Subtitle);

    public void Heading1(string text) => Paragraph(text, DocxStyles.Heading1);

    public void Heading2(string text) => Paragraph(text, DocxStyles.Heading2);

    /// <summary>Body text; each line of <paramref name="text"/> is its own indented paragraph.</summary>
    public void Body(string text)
    {
        foreach (var line in Lines(text))
        {
            Paragraph(line, DocxStyles.Body);
        }
    }

    public void Note(string text) => Paragraph(text, DocxStyles.Note);

    public void Caption(string text) => Paragraph(text, DocxStyles.Caption, keepNext: true);

    public void AnnexLabel(string text) => Paragraph(text, DocxStyles.AnnexLabel, keepNext: true);

    /// <summary>Right-aligned signature lines (机构、日期), set off from the text above.</summary>
    public void Signature(IEnumerable<string> lines)
    {
        // Kept together and with the blank line above, so a date never sits alone on a page.
        var list = lines.ToList();
        Paragraph(string.Empty, DocxStyles.Body, keepNext: list.Count > 0);
        for (var i = 0; i < list.Count; i++)
        {
            Paragraph(list[i], DocxStyles.Signature, keepNext: i < list.Count - 1);
        }
    }

    /// <summary>A red-head letterhead: the issuer in red, the document number, a red rule.</summary>
    public void Letterhead(string issuer, string? documentNumber)
    {
        var head = new Paragraph(
            new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Title },
                SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "240" },
            },
            new Run(
                new RunProperties { Color = new Color { Val = "C00000" }, FontSize = new FontSize { Val = "60" } },
                new Text(Clean(issuer)) { Space = SpaceProcessingModeValues.Preserve }));
        body.Append(head);
        var rule = new Paragraph(
            new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Subtitle },
                ParagraphBorders = new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Color = "C00000", Size = 18, Space = 4 }),
                SpacingBetweenLines = new SpacingBetweenLines { After = "480", Line = "560", LineRule = LineSpacingRuleValues.Exact },
            },
            new Run(new Text(Clean(documentNumber ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }));
        body.Append(rule);
    }

    public void PageBreak() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public void Table(DocxTable table) => body.Append(DocxTableBuilder.Build(table, TextWidthTwips));

    /// <summary>A PNG at the given width; the height follows the image's own aspect ratio.</summary>
    public void Image(byte[] png, double widthCm)
    {
        // PNG header: width and height are big-endian at bytes 16 and 20 of the IHDR chunk.
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        body.Append(DocxImages.Inline(this, png, widthCm, widthCm * height / width));
    }

    /// <summary>Closes the package and returns the .docx bytes; the writer cannot be used afterwards.</summary>
    public byte[] Finish()
    {
        if (!finished)
        {
            body.Append(SectionProperties());
            document.Dispose();
            finished = true;
        }

        return stream.ToArray();
    }

    public void Dispose()
    {
        if (!finished)
        {
            document.Dispose();
        }

        stream.Dispose();
    }

    /// <summary>
    /// Text pasted from other programs can carry control characters that XML forbids; Word then
    /// refuses the whole file, so they are dropped.
    /// </summary>
    internal static string Clean(string text) =>
        text.All(System.Xml.XmlConvert.IsXmlChar) ? text : new string([.. text.Where(System.Xml.XmlConvert.IsXmlChar)]);

    internal static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private void Paragraph(string text, string style, bool keepNext = false)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (keepNext)
        {
            properties.KeepNext = new KeepNext();
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        }

        body.Append(paragraph);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FontSet, byte[]> FontTables = new();

    private void AddFontTable(FontSet fonts)
    {
        var part = main.AddNewPart<FontTablePart>();
        using var xml = new MemoryStream(FontTables.GetOrAdd(fonts, f => System.Text.Encoding.UTF8.GetBytes(FontTable(f).OuterXml)));
        part.FeedData(xml);
    }

    private static Fonts FontTable(FontSet fonts)
    {
        var table = new Fonts();
        foreach (var face in fonts.All.Append(new FontFace("宋体", "SimSun")).DistinctBy(f => f.Name))
        {
            // charset 86 = GB2312: Word and WPS substitute another Chinese font of the same family when
            // the named one is missing, instead of falling back to a Latin font.
            table.Append(new Font
            {
                Name = face.Name,
                AltName = new AltName { Val = face.Fallback },
                FontCharSet = new FontCharSet { Val = "86" },
                FontFamily = new FontFamily { Val = face.Name.Contains('黑', StringComparison.Ordinal) ? FontFamilyValues.Modern : FontFamilyValues.Roman },
                Pitch = new Pitch { Val = FontPitchValues.Variable },
            });
        }

        return table;
    }

    private void AddFooter()
    {
        var footerPart = main.AddNewPart<FooterPart>();
        footerPart.Footer = new Footer(new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer } },
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        footerId = main.GetIdOfPart(footerPart);
    }

    private SectionProperties SectionProperties() => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        // 37 mm top, 26 mm right, 35 mm bottom, 28 mm left; 1 mm = 56.7 twips.
        new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1587U, Header = 851U, Footer = 992U, Gutter = 0U });
}
