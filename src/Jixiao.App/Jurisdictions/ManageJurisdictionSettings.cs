using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.Scoring.Settings;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Jurisdictions;

/// <summary>The jurisdiction's settings as its users see them; <see cref="CanChange"/> says whether this user may edit.</summary>
public sealed record JurisdictionSettingsView(string Code, string Jurisdiction, long Version, bool CanChange, JurisdictionSettings Settings)
{
    /// <summary>The same document <c>jixiao score --settings</c> and <c>jixiao review --settings</c> read.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Document => Settings.ToJson();
}

/// <summary>A change of the whole settings document, against the version the editor started from, with the reason for the audit log.</summary>
public sealed record SettingsChange(JurisdictionSettings Settings, long Version, string? Reason);

/// <summary>
/// Reads and changes the jurisdiction's own settings (issue 2: a jurisdiction owns its settings). Everyone in the
/// jurisdiction reads them; the bureau (system admin, 绩效科) changes them, always with a reason that goes into the audit log.
/// </summary>
public sealed class ManageJurisdictionSettings(JixiaoDbContext db)
{
    public const string ReasonField = "reason";
    public const string DocumentField = "document";

    public async Task<JurisdictionSettingsView> Get(UserScope scope, CancellationToken ct = default) =>
        View(scope, await Find(scope, tracked: false, ct));

    public async Task<JurisdictionSettingsView> Save(UserScope scope, SettingsChange change, CancellationToken ct = default)
    {
        Demand(scope);
        if (change.Settings is null)
        {
            throw ValidationFailedException.For("settings", "请提供地区设置。");
        }
        var errors = change.Settings.ValidateFields()
            .GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        if (string.IsNullOrWhiteSpace(change.Reason))
        {
            errors[ReasonField] = ["请填写修改原因（写入审计日志）。"];
        }
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
        var jurisdiction = await Find(scope, tracked: true, ct);
        db.Entry(jurisdiction).Property(j => j.Version).OriginalValue = change.Version;
        jurisdiction.SettingsJson = change.Settings.ToJson();
        // Saving the same document again still checks the version, so a stale editor learns about a newer change.
        db.Entry(jurisdiction).State = EntityState.Modified;
        db.AuditReason = change.Reason!.Trim();
        await db.SaveChangesAsync(ct);
        return View(scope, jurisdiction);
    }

    /// <summary>An uploaded settings file: JSON mistakes are reported against the document, value mistakes at their fields.</summary>
    public async Task<JurisdictionSettingsView> SaveDocument(UserScope scope, string json, long version, string? reason, CancellationToken ct = default)
    {
        Demand(scope);
        var parsed = SettingsJson.Parse(json);
        if (parsed.Settings is not { } settings)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [DocumentField] = [.. parsed.Errors] });
        }
        return await Save(scope, new SettingsChange(settings, version, reason), ct);
    }

    private static JurisdictionSettingsView View(UserScope scope, Jurisdiction jurisdiction) =>
        // A document stored before a rule existed still shows (with national defaults for what it lacks).
        new(jurisdiction.Code, jurisdiction.Name, jurisdiction.Version, Scopes.CanChangeSettings(scope),
            SettingsJson.Parse(jurisdiction.SettingsJson).Settings ?? JurisdictionSettings.Default);

    private async Task<Jurisdiction> Find(UserScope scope, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.Jurisdictions : db.Jurisdictions.AsNoTracking();
        return await query.FirstOrDefaultAsync(j => j.Id == scope.JurisdictionId, ct)
            ?? throw new NotFoundException("找不到当前用户所属的地区。");
    }

    private static void Demand(UserScope scope)
    {
        if (!Scopes.CanChangeSettings(scope))
        {
            throw new ForbiddenException("只有绩效科或系统管理员可以修改本地区的评分设置。");
        }
    }
}
