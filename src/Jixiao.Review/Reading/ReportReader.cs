using Jixiao.Review.Text;

namespace Jixiao.Review.Reading;

/// <summary>Reads .docx, .txt and .pdf reports into numbered lines; the file's bytes decide, not only its name.</summary>
public static class ReportReader
{
    /// <summary>A report is a few megabytes at most; bigger files are refused rather than read slowly.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    const string NotDocx = "无法读取 Word 文档：文件已损坏或不是有效的 .docx 文件。";

    public static ReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ReadResult.Failure(FormatFromName(path), $"找不到文件：{path}");
            }

            if (info.Length > MaxBytes)
            {
                return ReadResult.Failure(FormatFromName(path), $"文件过大（{info.Length / 1024 / 1024} MB），报告复核只读取 64 MB 以内的文件。");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ReadResult.Failure(FormatFromName(path), $"无法打开文件：{e.Message}");
        }

        var format = Sniff(bytes);
        return format switch
        {
            SourceFormat.Docx => ReadDocx(bytes),
            SourceFormat.Pdf => PdfTextExtractor.Extract(path),
            SourceFormat.Text => ReadText(bytes, path),
        };
    }

    public static ReadResult ReadDocx(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var lines = DocxTextExtractor.Extract(stream);
            return lines is null
                ? ReadResult.Failure(SourceFormat.Docx, NotDocx)
                : ReadResult.Success(ReportText.FromLines(lines), SourceFormat.Docx);
        }
        // A third-party parser meets hostile bytes here: whatever it throws means "not a readable .docx".
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Failure(SourceFormat.Docx, NotDocx);
        }
    }

    static ReadResult ReadText(byte[] bytes, string path)
    {
        if (IsOleCompound(bytes))
        {
            return ReadResult.Failure(SourceFormat.Text, "不支持旧版 Word（.doc）或 Excel（.xls）格式：请另存为 .docx 后再复核。");
        }

        var expected = FormatFromName(path);
        if (expected != SourceFormat.Text)
        {
            var kind = expected == SourceFormat.Docx ? "Word 文档（.docx）" : "PDF 文件";
            return ReadResult.Failure(expected, $"无法读取：文件扩展名是{kind}，但内容不是有效的{kind}。");
        }

        return ReadResult.Success(ReportText.FromString(TextDecoder.Decode(bytes)), SourceFormat.Text);
    }

    static SourceFormat Sniff(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            return SourceFormat.Docx;
        }

        if (bytes.Length >= 5 && bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return SourceFormat.Pdf;
        }

        return SourceFormat.Text;
    }

    static bool IsOleCompound(byte[] bytes) =>
        bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    static SourceFormat FormatFromName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".docx" => SourceFormat.Docx,
        ".pdf" => SourceFormat.Pdf,
        _ => SourceFormat.Text,
    };
}
