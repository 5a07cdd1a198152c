using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.App.Reviews;

public sealed record ReviewRow(Guid Id, string FileName, string Kind, DateTime UploadedAt, string UploadedBy,
    int Errors, int Warnings, int Verified, Guid? ProjectId, string? ProjectName);

public sealed record StoredFinding(string Code, string Severity, string Message, IReadOnlyList<int> Lines, IReadOnlyDictionary<string, decimal> Numbers)
{
    /// <summary>错误 / 提醒 / 已核对, as the page and the memo say it.</summary>
    public string SeverityText => ReviewText.Severity(Severity);
}

public sealed record StoredFact(string Name, string Value, string? Unit, int Line);

/// <summary>A stored review with its findings, facts and the report's lines (1-based, as the findings cite them).</summary>
public sealed record ReviewDetail(ReviewRow Row, string Checksum, IReadOnlyList<StoredFinding> Findings, IReadOnlyList<StoredFact> Facts, IReadOnlyList<string> Lines)
{
    public string KindText => ReviewText.Kind(Row.Kind);
}

/// <summary>The stored JSON read back; the shape is the one of <c>ReviewJson</c>.</summary>
internal sealed record StoredResult(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("facts")] List<StoredFact> Facts,
    [property: JsonPropertyName("findings")] List<StoredFinding> Findings)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static StoredResult Parse(string json) =>
        JsonSerializer.Deserialize<StoredResult>(json, Options) ?? new StoredResult("unknown", [], []);
}

public static class ReviewText
{
    public static string Severity(string severity) => severity switch
    {
        "error" => "错误",
        "warning" => "提醒",
        _ => "已核对",
    };

    /// <summary>The reviewer's own Chinese name of a kind slug.</summary>
    public static string Kind(string slug) =>
        Jixiao.Review.Facts.ReportKinds.Chinese(Enum.GetValues<Jixiao.Review.Facts.ReportKind>().FirstOrDefault(k => Jixiao.Review.Facts.ReportKinds.Slug(k) == slug));
}
