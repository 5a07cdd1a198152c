using Jixiao.App.Data;
using Jixiao.App.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.Reports;

/// <summary>
/// A jurisdiction's own template of one report kind (issue 5): headings, order, optional sections, letterhead and
/// signature. Without a row the kind's national default applies.
/// </summary>
public sealed class ReportTemplateOverride : Entity
{
    public Guid JurisdictionId { get; set; }

    /// <summary>The report kind's slug (project-evaluation, batch-summary, …), as in <c>ReportTemplate.Kind</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The whole template as <c>ReportTemplate.ToJson</c> writes it.</summary>
    public string Json { get; set; } = "";
}

internal sealed class ReportTemplateOverrideConfiguration : IEntityTypeConfiguration<ReportTemplateOverride>
{
    public void Configure(EntityTypeBuilder<ReportTemplateOverride> b)
    {
        b.ToTable("ReportTemplateOverrides");
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Property(o => o.Kind).HasMaxLength(32);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(o => o.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.JurisdictionId, o.Kind }).IsUnique();
    }
}
