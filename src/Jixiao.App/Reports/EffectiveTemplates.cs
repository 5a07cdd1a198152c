using Jixiao.App.Data;
using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Department;
using Jixiao.Documents.Feedback;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reports;

/// <summary>The templates a jurisdiction's reports start from: its own where it saved one, the national default otherwise.</summary>
public sealed class EffectiveTemplates(JixiaoDbContext db)
{
    public async Task<TemplateSet> For(Guid jurisdictionId, CancellationToken ct = default)
    {
        var rows = await db.ReportTemplateOverrides.AsNoTracking().Where(o => o.JurisdictionId == jurisdictionId)
            .Select(o => new { o.Kind, o.Json }).ToListAsync(ct);
        // A stored template that no longer reads (a future field removed) falls back to the default rather than failing every report.
        return new TemplateSet(rows
            .Select(r => (r.Kind, Template: ReportTemplate.FromJson(r.Json)))
            .Where(r => r.Template.Succeeded && r.Template.Value!.Kind == r.Kind)
            .ToDictionary(r => r.Kind, r => r.Template.Value!));
    }
}

/// <summary>One jurisdiction's effective template per report kind.</summary>
public sealed class TemplateSet(IReadOnlyDictionary<string, ReportTemplate> overrides)
{
    public static TemplateSet Defaults { get; } = new(new Dictionary<string, ReportTemplate>());

    public ReportTemplate this[string kind] =>
        overrides.GetValueOrDefault(kind) ?? ReportTemplateKinds.Find(kind)?.Default
        ?? throw new ArgumentException($"unknown report kind {kind}", nameof(kind));

    public bool IsOverridden(string kind) => overrides.ContainsKey(kind);

    public ReportTemplate ProjectEvaluation => this[ProjectEvaluationTemplates.Kind];

    public ReportTemplate Feedback => this[FeedbackTemplates.Kind];

    public ReportTemplate Department => this[DepartmentTemplates.Kind];

    public ReportTemplate BatchSummary => this[BatchSummaryTemplates.Kind];

    public ReportTemplate SelfEvaluation => this[SelfEvaluationTemplates.Kind];
}

/// <summary>What a single document changes on top of its jurisdiction's template.</summary>
public static class TemplateTweaks
{
    /// <summary>Adds a note to the subtitle: inside its closing bracket when it has one (（2024年度 · 财政重点评价 · note）), else as （note）.</summary>
    public static ReportTemplate Annotate(this ReportTemplate template, string note) => template with
    {
        Subtitle = template.Subtitle.Trim() switch
        {
            "" => $"（{note}）",
            var s when s.EndsWith('）') => $"{s[..^1]} · {note}）",
            var s => $"{s}（{note}）",
        },
    };

    /// <summary>Without a lead evaluator (a unit's self-evaluation, a team without one) the lines naming {主评人} are left out.</summary>
    public static ReportTemplate WithoutLead(this ReportTemplate template) => template with
    {
        Signature = [.. template.Signature.Where(l => !l.Contains("{主评人}", StringComparison.Ordinal))],
    };
}
