using System.Text.Encodings.Web;
using System.Text.Json;

namespace Jixiao.Review;

/// <summary>
/// The review as one JSON object:
/// {"kind", "facts":[{"name","value","unit","line"}], "findings":[{"code","severity","message","lines":[int],"numbers":{name:number}}]}.
/// </summary>
public static class ReviewJson
{
    static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable in the output; the document is still plain, valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ReviewResult review)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("kind", review.KindSlug);
            w.WriteStartArray("facts");
            foreach (var fact in review.Facts)
            {
                w.WriteStartObject();
                w.WriteString("name", fact.Name);
                w.WriteString("value", fact.Value);
                if (fact.Unit is null)
                {
                    w.WriteNull("unit");
                }
                else
                {
                    w.WriteString("unit", fact.Unit);
                }

                w.WriteNumber("line", fact.Line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var finding in review.Findings)
            {
                w.WriteStartObject();
                w.WriteString("code", finding.Code);
                w.WriteString("severity", SeverityName(finding.Severity));
                w.WriteString("message", finding.Message);
                w.WriteStartArray("lines");
                foreach (var line in finding.Lines)
                {
                    w.WriteNumberValue(line);
                }

                w.WriteEndArray();
                w.WriteStartObject("numbers");
                foreach (var (name, value) in finding.Numbers)
                {
                    w.WriteNumber(name, value);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string SeverityChinese(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "提醒",
        Severity.Info => "已核对",
    };

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
    };
}
