using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Layout;

/// <summary>Paragraph styles of an official document, so users can restyle a report in Word in one place.</summary>
internal static class DocxStyles
{
    public const string Title = "JxTitle";
    public const string Subtitle = "JxSubtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Body = "Normal";
    public const string TableText = "JxTableText";
    public const string TableHeader = "JxTableHeader";
    public const string TableProse = "JxTableProse";
    public const string Note = "JxNote";
    public const string Signature = "JxSignature";
    public const string AnnexLabel = "JxAnnexLabel";
    public const string Caption = "JxCaption";
    public const string Footer = "JxFooter";

    // Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FontSet, byte[]> Cache = new();

    /// <summary>
    /// Adds the styles part. Its XML depends only on the fonts, so it is built once per font set and
    /// fed as bytes: building it per document cost a good part of a report without charts.
    /// </summary>
    public static void AddTo(MainDocumentPart main, FontSet fonts)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        using var xml = new MemoryStream(Cache.GetOrAdd(fonts, f => System.Text.Encoding.UTF8.GetBytes(Create(f).OuterXml)));
        part.FeedData(xml);
    }

    private static Styles Create(FontSet fonts) =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = Fonts(fonts.Body),
                    FontSize = new FontSize { Val = "32" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "32" },
                    Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle())),
            Paragraph(Body, "Normal", null, fonts.Body, 32, bold: false, Justify.Both, firstLineChars: 200, exactLine: 560),
            Paragraph(Title, "报告标题", Body, fonts.Title, 44, bold: false, Justify.Center, 0, exactLine: 0, before: 240, after: 480),
            Paragraph(Subtitle, "报告副标题", Body, fonts.Heading2, 32, bold: false, Justify.Center, 0, exactLine: 560, after: 240),
            Paragraph(Heading1, "heading 1", Body, fonts.Heading1, 32, bold: false, Justify.Both, 200, exactLine: 560, outline: 0),
            Paragraph(Heading2, "heading 2", Body, fonts.Heading2, 32, bold: false, Justify.Both, 200, exactLine: 560, outline: 1),
            Paragraph(TableText, "表格文字", Body, fonts.Table, 21, bold: false, Justify.Left, 0, exactLine: 0),
            Paragraph(TableHeader, "表头文字", TableText, fonts.Heading1, 21, bold: false, Justify.Center, 0, exactLine: 0),
            Paragraph(TableProse, "表内段落", TableText, fonts.Table, 24, bold: false, Justify.Both, firstLineChars: 200, exactLine: 400),
            Paragraph(Note, "表注", Body, fonts.Table, 21, bold: false, Justify.Left, 0, exactLine: 0, before: 60),
            Paragraph(Signature, "落款", Body, fonts.Body, 32, bold: false, Justify.Right, 0, exactLine: 560),
            Paragraph(AnnexLabel, "附件标识", Body, fonts.Heading1, 32, bold: false, Justify.Left, 0, exactLine: 560),
            Paragraph(Caption, "表题", Body, fonts.Heading1, 28, bold: false, Justify.Center, 0, exactLine: 0, before: 120, after: 120),
            Paragraph(Footer, "页码", Body, new FontFace("宋体", "Noto Serif CJK SC"), 28, bold: false, Justify.Center, 0, exactLine: 0));

    public static RunFonts Fonts(FontFace face) =>
        new() { Ascii = face.Name, HighAnsi = face.Name, EastAsia = face.Name, ComplexScript = face.Name };

    internal enum Justify { Left, Center, Right, Both }

    private static Style Paragraph(
        string id, string name, string? basedOn, FontFace font, int halfPoints, bool bold, Justify justify,
        int firstLineChars, int exactLine, int before = 0, int after = 0, int? outline = null)
    {
        var spacing = new SpacingBetweenLines { Before = Twips(before), After = Twips(after) };
        if (exactLine > 0)
        {
            spacing.Line = Twips(exactLine);
            spacing.LineRule = LineSpacingRuleValues.Exact;
        }
        else
        {
            spacing.Line = "240";
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }

        var paragraph = new StyleParagraphProperties
        {
            SpacingBetweenLines = spacing,
            Indentation = firstLineChars > 0
                ? new Indentation { FirstLineChars = firstLineChars, FirstLine = "640" }
                : new Indentation { FirstLineChars = 0, FirstLine = "0" },
            Justification = new Justification { Val = ToJc(justify) },
        };
        if (outline is { } level)
        {
            paragraph.OutlineLevel = new OutlineLevel { Val = level };
            paragraph.KeepNext = new KeepNext();
        }

        var run = new StyleRunProperties
        {
            RunFonts = Fonts(font),
            FontSize = new FontSize { Val = Twips(halfPoints) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Twips(halfPoints) },
        };
        if (bold)
        {
            run.Bold = new Bold();
        }

        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
            StyleRunProperties = run,
        };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        if (id == Body)
        {
            style.Default = true;
        }

        return style;
    }

    internal static JustificationValues ToJc(Justify justify) => justify switch
    {
        Justify.Left => JustificationValues.Left,
        Justify.Center => JustificationValues.Center,
        Justify.Right => JustificationValues.Right,
        Justify.Both => JustificationValues.Both,
        _ => throw new ArgumentOutOfRangeException(nameof(justify)),
    };

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
