using System.Text.RegularExpressions;
using Jixiao.Documents.Templates;

namespace Jixiao.App.Reports;

/// <summary>
/// What a jurisdiction's template must satisfy before it is saved: a title, every section of the kind exactly once (a
/// section may be left out of print, not removed or invented), known placeholders — proved by writing a sample on the
/// demo data. Messages are Chinese and name the field; keys are the fields of the template.
/// </summary>
public static partial class ReportTemplateRules
{
    public const string TitleField = "title";
    public const string SectionsField = "sections";
    public const string LetterheadField = "letterhead";
    public const string TemplateField = "template";

    [GeneratedRegex(@"“\{([^{}\s]{1,30})\}”")]
    private static partial Regex QuotedPlaceholder();

    /// <summary>Trimmed text, blank signature lines dropped, a letterhead without issuer removed.</summary>
    public static ReportTemplate Normalize(ReportTemplate template) => template with
    {
        Title = (template.Title ?? "").Trim(),
        Subtitle = (template.Subtitle ?? "").Trim(),
        Sections = [.. (template.Sections ?? []).Where(s => s is not null).Select(s => s with { Key = (s.Key ?? "").Trim(), Heading = (s.Heading ?? "").Trim() })],
        Signature = [.. (template.Signature ?? []).Select(l => (l ?? "").Trim()).Where(l => l.Length > 0)],
        Letterhead = template.Letterhead is { } head && !string.IsNullOrWhiteSpace(head.Issuer)
            ? new LetterheadTemplate(head.Issuer.Trim(), (head.DocumentNumber ?? "").Trim())
            : template.Letterhead is { DocumentNumber.Length: > 0 } ? template.Letterhead : null,
    };

    public static Dictionary<string, string[]> Validate(ReportTemplateKind kind, ReportTemplate template)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        if (template.Title.Length == 0)
        {
            Add(TitleField, "标题不能为空。");
        }
        foreach (var message in template.Check(kind.Kind, kind.Name, [.. kind.SectionKeys]))
        {
            Add(SectionsField, message);
        }
        foreach (var missing in kind.Default.Sections.Where(d => template.Sections.All(s => s.Key != d.Key)))
        {
            Add(SectionsField, $"缺少章节“{missing.Heading}”（{missing.Key}）：章节可以设为不打印，但不能删除。");
        }
        foreach (var blank in template.Sections.Where(s => s.Include && s.Heading.Length == 0))
        {
            Add(SectionsField, $"章节“{kind.Default.Sections.FirstOrDefault(d => d.Key == blank.Key)?.Heading ?? blank.Key}”的标题不能为空。");
        }
        if (template.Letterhead is { Issuer.Length: 0 })
        {
            Add(LetterheadField, "红头的发文机关不能为空；不需要红头时请把发文机关和文号都留空。");
        }
        if (errors.Count == 0)
        {
            foreach (var (field, message) in Trial(kind, template))
            {
                Add(field, message);
            }
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Writes the demo document with the template; each error is put at the field that holds the placeholder it names.</summary>
    private static IEnumerable<(string Field, string Message)> Trial(ReportTemplateKind kind, ReportTemplate template)
    {
        Documents.Common.DocumentResult<byte[]> result;
        try
        {
            result = kind.Sample(template with { Charts = false });
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NullReferenceException)
        {
            return [(TemplateField, $"模板无法生成样张：{e.Message}")];
        }
        return result.Errors.Select(message =>
        {
            var name = QuotedPlaceholder().Match(message) is { Success: true } m ? "{" + m.Groups[1].Value + "}" : null;
            var where = name is null ? [] : Fields(kind, template).Where(f => f.Text.Contains(name, StringComparison.Ordinal)).ToList();
            return where.Count == 0
                ? (TemplateField, message)
                : (where[0].Field, $"{string.Join("、", where.Select(f => f.Label))}：{message}");
        });
    }

    /// <summary>Every text of the template that may hold placeholders, with its field and its Chinese label.</summary>
    private static IEnumerable<(string Field, string Label, string Text)> Fields(ReportTemplateKind kind, ReportTemplate t)
    {
        yield return (TitleField, "标题", t.Title);
        yield return ("subtitle", "副标题", t.Subtitle);
        foreach (var s in t.Sections)
        {
            yield return (SectionsField, $"章节“{kind.Default.Sections.FirstOrDefault(d => d.Key == s.Key)?.Heading ?? s.Key}”的标题", s.Heading);
        }
        if (t.Letterhead is { } head)
        {
            yield return (LetterheadField, "红头发文机关", head.Issuer);
            yield return (LetterheadField, "红头文号", head.DocumentNumber);
        }
        foreach (var (line, i) in t.Signature.Select((l, i) => (l, i)))
        {
            yield return ("signature", $"落款第{i + 1}行", line);
        }
    }
}
