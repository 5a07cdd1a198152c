using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests.Support;

internal static class Docx
{
    /// <summary>Validator errors as readable lines; empty means Word opens the file without repair.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    public static void AssertValid(byte[] docx) => Assert.Empty(ValidationErrors(docx));

    /// <summary>The paragraphs of the body, in order (table cells included), as plain text.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    /// <summary>Each table as rows of cell texts.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText)))])])];
    }

    public static int ImageCount(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.ImageParts.Count();
    }

    /// <summary>The table whose first row starts with <paramref name="firstHeader"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableStartingWith(byte[] docx, string firstHeader) =>
        Tables(docx).First(t => t[0][0] == firstHeader);
}
