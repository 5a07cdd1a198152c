using Jixiao.Documents.Templates;

namespace Jixiao.Web.Features.Jurisdiction;

/// <summary>One section row of the template form: its key stays hidden, the clerk edits heading, print and order.</summary>
public sealed class SectionForm
{
    public string Key { get; set; } = "";
    public string? Heading { get; set; }
    public bool Include { get; set; }
    public int? Order { get; set; }
}

/// <summary>A report template as plain form fields (no JSON): letterhead as two inputs, signature one line per line.</summary>
public sealed class TemplateForm
{
    public string Kind { get; set; } = "";
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public List<SectionForm> Sections { get; set; } = [];
    public string? Issuer { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Signature { get; set; }
    public bool Charts { get; set; } = true;

    public static TemplateForm From(ReportTemplate t) => new()
    {
        Kind = t.Kind,
        Title = t.Title,
        Subtitle = t.Subtitle,
        Sections = [.. t.Sections.Select((s, i) => new SectionForm { Key = s.Key, Heading = s.Heading, Include = s.Include, Order = i + 1 })],
        Issuer = t.Letterhead?.Issuer,
        DocumentNumber = t.Letterhead?.DocumentNumber,
        Signature = string.Join("\n", t.Signature),
        Charts = t.Charts,
    };

    /// <summary>The template the form describes; sections sorted by their order numbers (ties keep the form's order), fonts kept from <paramref name="current"/>.</summary>
    public ReportTemplate ToTemplate(ReportTemplate current) => new(Kind, Title ?? "",
        [.. Sections.Select((s, i) => (s, i)).OrderBy(x => x.s.Order ?? x.i + 1).ThenBy(x => x.i).Select(x => new SectionTemplate(x.s.Key, x.s.Heading ?? "", x.s.Include))])
    {
        Subtitle = Subtitle ?? "",
        Letterhead = string.IsNullOrWhiteSpace(Issuer) && string.IsNullOrWhiteSpace(DocumentNumber) ? null : new(Issuer ?? "", DocumentNumber ?? ""),
        Signature = [.. (Signature ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)],
        Fonts = current.Fonts,
        Charts = Charts,
    };
}
