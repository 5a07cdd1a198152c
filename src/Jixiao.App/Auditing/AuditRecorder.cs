using System.Globalization;
using Jixiao.App.Data;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jixiao.App.Auditing;

/// <summary>Turns tracked changes of business rows into audit entries, field by field.</summary>
internal static class AuditRecorder
{
    public static List<AuditEntry> Collect(DbContext db, string user, DateTime at, string? reason)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries<Entity>().ToList())
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Insert,
                EntityState.Modified => AuditActions.Update,
                EntityState.Deleted => AuditActions.Delete,
                _ => null,
            };
            if (action is null)
            {
                continue;
            }
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (name is nameof(Entity.Id) or nameof(Entity.Version) || property.Metadata.IsShadowProperty())
                {
                    continue;
                }
                var (oldValue, newValue) = entry.State switch
                {
                    EntityState.Added => (null, Format(property.CurrentValue)),
                    EntityState.Deleted => (Format(property.OriginalValue), null),
                    _ => (Format(property.OriginalValue), Format(property.CurrentValue)),
                };
                if (entry.State == EntityState.Modified && oldValue == newValue)
                {
                    continue;
                }
                entries.Add(new AuditEntry
                {
                    At = at,
                    User = user,
                    Action = action,
                    Entity = entry.Metadata.ClrType.Name,
                    EntityKey = entry.Entity.Id.ToString(),
                    RootKey = RootOf(entry),
                    Subject = SubjectOf(entry.Entity),
                    Field = name,
                    OldValue = oldValue,
                    NewValue = newValue,
                    Reason = reason,
                });
            }
        }
        return entries;
    }

    private static string? RootOf(EntityEntry<Entity> entry) => entry.Entity switch
    {
        FundingLine line => line.ProjectId.ToString(),
        IAuditChild child => child.AuditRootId.ToString(),
        _ => entry.Entity.Id.ToString(),
    };

    private static string? SubjectOf(Entity entity) => entity switch
    {
        FundingLine line => line.Source.ToChinese(),
        Project project => project.Code,
        Organisation organisation => organisation.Name,
        Targets.TargetSheet sheet => string.Create(CultureInfo.InvariantCulture, $"第{sheet.Number}版"),
        Targets.TargetIndicator indicator => indicator.Name,
        Batches.EvaluationBatch batch => batch.Name,
        SelfEvaluations.SelfEvaluationEntry entry => string.Create(CultureInfo.InvariantCulture, $"第{entry.Order}项指标"),
        Evaluations.EvaluationIndicator indicator => indicator.Name,
        Evaluations.EvaluationMember member => member.DisplayName.Length > 0 ? member.DisplayName : member.UserName,
        Evaluations.EvidenceFile file => file.FileName,
        Reports.ReportTemplateOverride template => template.Kind,
        Findings.Finding finding => string.Create(CultureInfo.InvariantCulture, $"问题{finding.Order}"),
        _ => null,
    };

    private static string? Format(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
