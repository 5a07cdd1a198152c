using Jixiao.Documents.Common;
using Jixiao.Documents.Pdf;

namespace Jixiao.App.Reports;

public enum ReportFormat
{
    Docx,
    Pdf,
    Xlsx,

    /// <summary>Several files in one archive (the whole batch).</summary>
    Zip,
}

/// <summary>A generated document ready to download or save: Chinese file name, MIME type, bytes.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Bytes);

public static class ReportFormats
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pdf = "application/pdf";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Zip = "application/zip";

    /// <summary>"docx", "pdf", "xlsx", "zip" (any case, with or without the dot); null for anything else.</summary>
    public static ReportFormat? Parse(string? text) => (text ?? "").Trim().TrimStart('.').ToLowerInvariant() switch
    {
        "docx" or "word" => ReportFormat.Docx,
        "pdf" => ReportFormat.Pdf,
        "xlsx" or "excel" => ReportFormat.Xlsx,
        "zip" => ReportFormat.Zip,
        _ => null,
    };

    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Docx => ".docx",
        ReportFormat.Pdf => ".pdf",
        ReportFormat.Xlsx => ".xlsx",
        ReportFormat.Zip => ".zip",
    };

    public static string ContentType(this ReportFormat format) => format switch
    {
        ReportFormat.Docx => Docx,
        ReportFormat.Pdf => Pdf,
        ReportFormat.Xlsx => Xlsx,
        ReportFormat.Zip => Zip,
    };

    public static string Names(IEnumerable<ReportFormat> formats) => string.Join("、", formats.Select(f => f.Extension().TrimStart('.')));

    /// <summary>The answer for a format a report kind does not come in.</summary>
    public static DocumentResult<ReportFile> Unsupported(string kindName, ReportFormat format, params ReportFormat[] supported) =>
        DocumentResult<ReportFile>.Fail($"{kindName}不提供 {format.Extension().TrimStart('.')} 格式，可选：{Names(supported)}。");

    /// <summary>A file name without characters that file systems or headers refuse.</summary>
    public static string FileName(string stem, ReportFormat format)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var clean = new string(stem.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        return (clean.Length == 0 ? "报表" : clean) + format.Extension();
    }
}

/// <summary>
/// Turns a written .docx into the requested file: the Word bytes as they are, or a PDF through LibreOffice.
/// A writer's or converter's failure (template error, soffice missing) stays a value with its Chinese message.
/// </summary>
public sealed class ReportRenderer(LibreOfficePdfConverter converter)
{
    public async Task<DocumentResult<ReportFile>> Word(DocumentResult<byte[]> docx, string stem, ReportFormat format, CancellationToken ct)
    {
        if (!docx.Succeeded)
        {
            return DocumentResult<ReportFile>.Fail(docx.Errors);
        }
        if (format is not (ReportFormat.Docx or ReportFormat.Pdf))
        {
            return ReportFormats.Unsupported("该文档", format, ReportFormat.Docx, ReportFormat.Pdf);
        }
        if (format == ReportFormat.Docx)
        {
            return DocumentResult<ReportFile>.Ok(new ReportFile(ReportFormats.FileName(stem, format), ReportFormats.Docx, docx.Value!));
        }
        var pdf = await converter.ConvertAsync(docx.Value!, ct);
        return pdf.Succeeded
            ? DocumentResult<ReportFile>.Ok(new ReportFile(ReportFormats.FileName(stem, ReportFormat.Pdf), ReportFormats.Pdf, pdf.Value!))
            : DocumentResult<ReportFile>.Fail(pdf.Errors);
    }

    public static DocumentResult<ReportFile> Excel(byte[] xlsx, string stem) =>
        DocumentResult<ReportFile>.Ok(new ReportFile(ReportFormats.FileName(stem, ReportFormat.Xlsx), ReportFormats.Xlsx, xlsx));

    public static DocumentResult<ReportFile> Archive(DocumentResult<byte[]> zip, string stem) =>
        zip.Succeeded
            ? DocumentResult<ReportFile>.Ok(new ReportFile(ReportFormats.FileName(stem, ReportFormat.Zip), ReportFormats.Zip, zip.Value!))
            : DocumentResult<ReportFile>.Fail(zip.Errors);
}
