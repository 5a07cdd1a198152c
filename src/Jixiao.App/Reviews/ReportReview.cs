using Jixiao.App.Data;
using Jixiao.App.Jurisdictions;
using Jixiao.App.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.Reviews;

/// <summary>
/// One uploaded report and what the reviewer found in it. The report's text is kept with its line numbers'
/// order so the findings can be shown at their lines later, even if the reviewer's rules change.
/// </summary>
public sealed class ReportReview : Entity
{
    public Guid JurisdictionId { get; set; }

    /// <summary>The project (and so its self-evaluation) the report concerns, when the reviewer said so.</summary>
    public Guid? ProjectId { get; set; }

    public Project? Project { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedAt { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the uploaded bytes (hex), so the same file uploaded twice is recognisable.</summary>
    public string Checksum { get; set; } = "";

    /// <summary>The report kind's slug (project-evaluation, self-evaluation, …).</summary>
    public string Kind { get; set; } = "";

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    public int VerifiedCount { get; set; }

    /// <summary>The reviewer's JSON (kind, facts, findings), the same document `jixiao review --json` prints.</summary>
    public string ResultJson { get; set; } = "";

    /// <summary>The report as read, one line per line number the findings cite.</summary>
    public string Text { get; set; } = "";
}

internal sealed class ReportReviewConfiguration : IEntityTypeConfiguration<ReportReview>
{
    public void Configure(EntityTypeBuilder<ReportReview> b)
    {
        b.ToTable("ReportReviews");
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.UploadedBy).HasMaxLength(256);
        b.Property(r => r.FileName).HasMaxLength(260);
        b.Property(r => r.Checksum).HasMaxLength(64);
        b.Property(r => r.Kind).HasMaxLength(32);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => new { r.JurisdictionId, r.UploadedAt });
        b.HasIndex(r => r.ProjectId);
    }
}
