using Jixiao.Review.Text;

namespace Jixiao.Review.Reading;

/// <summary>The source format a report was read from.</summary>
public enum SourceFormat
{
    Text,
    Docx,
    Pdf,
}

/// <summary>Either the report text, or why the file could not be read (in Chinese, for the user).</summary>
public sealed record ReadResult(ReportText? Text, SourceFormat Format, string? Error)
{
    public bool Ok => Text is not null;

    public static ReadResult Success(ReportText text, SourceFormat format) => new(text, format, null);

    public static ReadResult Failure(SourceFormat format, string error) => new(null, format, error);
}
