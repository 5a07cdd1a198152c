using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Templates;

/// <summary>A section of a report: its key (what the generator fills in), its heading, whether it is printed.</summary>
public sealed record SectionTemplate(string Key, string Heading, bool Include = true);

/// <summary>A red-head letterhead, e.g. "××县财政局" with "×财绩〔2024〕5号".</summary>
public sealed record LetterheadTemplate(string Issuer, string DocumentNumber = "");

/// <summary>
/// How a jurisdiction wants a report kind to look: title, section order and headings, optional
/// sections, letterhead, signature lines and fonts. Serialised as JSON so it is edited without code.
/// Titles, headings and signature lines may use placeholders such as {项目名称}, {年度}, {报告日期}.
/// </summary>
public sealed record ReportTemplate(string Kind, string Title, IReadOnlyList<SectionTemplate> Sections)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Subtitle { get; init; } = string.Empty;

    public LetterheadTemplate? Letterhead { get; init; }

    public IReadOnlyList<string> Signature { get; init; } = [];

    public FontSet Fonts { get; init; } = FontSet.Official;

    /// <summary>Charts are images; a template may leave them out (plain-text archives, speed).</summary>
    public bool Charts { get; init; } = true;

    public IEnumerable<SectionTemplate> Included => Sections.Where(s => s.Include);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DocumentResult<ReportTemplate> FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportTemplate>(json, Json) is { } template
                ? DocumentResult<ReportTemplate>.Ok(template)
                : DocumentResult<ReportTemplate>.Fail("报告模板为空。");
        }
        catch (JsonException e)
        {
            return DocumentResult<ReportTemplate>.Fail($"报告模板不是有效的 JSON：{e.Message}");
        }
    }

    /// <summary>Errors (in Chinese) when this template does not fit a generator of <paramref name="kind"/>.</summary>
    public IReadOnlyList<string> Check(string kind, string kindName, IReadOnlyCollection<string> knownKeys)
    {
        var errors = new List<string>();
        if (Kind != kind)
        {
            errors.Add($"模板类型为“{Kind}”，不能用于生成{kindName}（需要“{kind}”）。");
        }

        foreach (var section in Sections.Where(s => !knownKeys.Contains(s.Key)))
        {
            errors.Add($"模板中的章节“{section.Key}”不属于{kindName}，可用的章节：{string.Join("、", knownKeys)}。");
        }

        foreach (var duplicate in Sections.GroupBy(s => s.Key).Where(g => g.Count() > 1))
        {
            errors.Add($"模板中的章节“{duplicate.Key}”出现了{duplicate.Count()}次。");
        }

        return errors;
    }
}
