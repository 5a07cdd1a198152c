using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.Documents.Common;
using Jixiao.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reports;

/// <summary>A report kind in the list: whether the jurisdiction has its own template, and its version (0 = the default).</summary>
public sealed record ReportTemplateSummary(string Kind, string Name, bool Overridden, long Version);

/// <summary>The template a jurisdiction's reports of one kind start from, with the national default beside it.</summary>
public sealed record ReportTemplateView(string Kind, string Name, bool Overridden, long Version, bool CanChange, ReportTemplate Template, ReportTemplate Default);

/// <summary>
/// A jurisdiction adjusts its Word reports (issue 5): everyone in it reads the templates, the bureau (绩效科, system admin)
/// saves or resets them. A template is saved only when it is complete and writes the demo document without error;
/// saving checks the version the editor started from (0 for the default). Every change is audited.
/// </summary>
public sealed class ManageReportTemplates(JixiaoDbContext db)
{
    public async Task<IReadOnlyList<ReportTemplateSummary>> List(UserScope scope, CancellationToken ct = default)
    {
        var rows = await db.ReportTemplateOverrides.AsNoTracking().Where(o => o.JurisdictionId == scope.JurisdictionId)
            .ToDictionaryAsync(o => o.Kind, o => o.Version, ct);
        return [.. ReportTemplateKinds.All.Select(k => new ReportTemplateSummary(k.Kind, k.Name, rows.ContainsKey(k.Kind), rows.GetValueOrDefault(k.Kind)))];
    }

    public async Task<ReportTemplateView> Get(UserScope scope, string kind, CancellationToken ct = default)
    {
        var k = Find(kind);
        var row = await Row(scope, k, tracked: false, ct);
        var stored = row is null ? null : ReportTemplate.FromJson(row.Json) is { Succeeded: true } r && r.Value!.Kind == k.Kind ? r.Value : null;
        return new(k.Kind, k.Name, stored is not null, row?.Version ?? 0, Scopes.CanChangeSettings(scope), stored ?? k.Default, k.Default);
    }

    public async Task<ReportTemplateView> Save(UserScope scope, string kind, ReportTemplate? template, long version, CancellationToken ct = default)
    {
        Demand(scope);
        var k = Find(kind);
        if (template is null)
        {
            throw ValidationFailedException.For(ReportTemplateRules.TemplateField, "请提供报告模板。");
        }
        var normalized = ReportTemplateRules.Normalize(string.IsNullOrWhiteSpace(template.Kind) ? template with { Kind = k.Kind } : template);
        var errors = ReportTemplateRules.Validate(k, normalized);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
        var row = await Row(scope, k, tracked: true, ct);
        Expect(row, version);
        if (row is null)
        {
            db.ReportTemplateOverrides.Add(new ReportTemplateOverride { JurisdictionId = scope.JurisdictionId, Kind = k.Kind, Json = normalized.ToJson() });
        }
        else
        {
            db.Entry(row).Property(o => o.Version).OriginalValue = version;
            row.Json = normalized.ToJson();
            db.Entry(row).State = EntityState.Modified;
        }
        db.AuditReason = $"修改报告模板：{k.Name}";
        await db.SaveChangesAsync(ct);
        return await Get(scope, k.Kind, ct);
    }

    /// <summary>Back to the national default: the jurisdiction's template is deleted (nothing to do when there is none).</summary>
    public async Task<ReportTemplateView> Reset(UserScope scope, string kind, long? version, CancellationToken ct = default)
    {
        Demand(scope);
        var k = Find(kind);
        if (await Row(scope, k, tracked: true, ct) is { } row)
        {
            if (version is { } v)
            {
                Expect(row, v);
                db.Entry(row).Property(o => o.Version).OriginalValue = v;
            }
            db.ReportTemplateOverrides.Remove(row);
            db.AuditReason = $"恢复默认报告模板：{k.Name}";
            await db.SaveChangesAsync(ct);
        }
        return await Get(scope, k.Kind, ct);
    }

    /// <summary>样张: the demo document written with the given template, or with the jurisdiction's own.</summary>
    public async Task<DocumentResult<ReportFile>> Sample(UserScope scope, string kind, ReportTemplate? template = null, CancellationToken ct = default)
    {
        var k = Find(kind);
        var used = template ?? (await Get(scope, kind, ct)).Template;
        var docx = k.Sample(used);
        return docx.Succeeded
            ? DocumentResult<ReportFile>.Ok(new($"样张-{k.Name}.docx", ReportFormats.Docx, docx.Value!))
            : DocumentResult<ReportFile>.Fail(docx.Errors);
    }

    private static ReportTemplateKind Find(string kind) =>
        ReportTemplateKinds.Find(kind) ?? throw new NotFoundException($"没有这种报告模板：“{kind}”。可用的有：{string.Join("、", ReportTemplateKinds.All.Select(k => k.Kind))}。");

    private Task<ReportTemplateOverride?> Row(UserScope scope, ReportTemplateKind kind, bool tracked, CancellationToken ct) =>
        (tracked ? db.ReportTemplateOverrides : db.ReportTemplateOverrides.AsNoTracking())
            .FirstOrDefaultAsync(o => o.JurisdictionId == scope.JurisdictionId && o.Kind == kind.Kind, ct);

    private static void Expect(ReportTemplateOverride? row, long version)
    {
        if ((row?.Version ?? 0) != version)
        {
            throw new ConflictException("该报告模板在您打开后已被其他用户修改或恢复默认，请刷新页面后重新编辑。");
        }
    }

    private static void Demand(UserScope scope)
    {
        if (!Scopes.CanChangeSettings(scope))
        {
            throw new ForbiddenException("只有绩效科或系统管理员可以修改本地区的报告模板。");
        }
    }
}
