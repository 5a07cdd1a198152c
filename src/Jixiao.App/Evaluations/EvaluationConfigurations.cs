using Jixiao.App.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.Evaluations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.FrameworkId).HasMaxLength(64);
        b.Property(e => e.Basics).HasMaxLength(8000);
        b.Property(e => e.Summary).HasMaxLength(8000);
        b.Property(e => e.Experience).HasMaxLength(8000);
        b.Property(e => e.Grade).HasMaxLength(4);
        b.Property(e => e.ReviewComment).HasMaxLength(2000);
        b.Property(e => e.ReopenReason).HasMaxLength(1000);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(e => e.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Batch).WithMany().HasForeignKey(e => e.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.DepartmentBudget).WithMany().HasForeignKey(e => e.DepartmentBudgetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.SubjectOrganisation).WithMany().HasForeignKey(e => e.SubjectOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Agency).WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Indicators).WithOne().HasForeignKey(i => i.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Team).WithOne().HasForeignKey(m => m.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Findings).WithOne().HasForeignKey(f => f.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        // One key evaluation of a project per batch; one evaluation of a department budget.
        b.HasIndex(e => new { e.BatchId, e.ProjectId }).IsUnique();
        b.HasIndex(e => e.DepartmentBudgetId).IsUnique();
        b.HasIndex(e => new { e.JurisdictionId, e.Year, e.Status });
        b.HasIndex(e => e.AgencyId);
    }
}

internal sealed class EvaluationIndicatorConfiguration : IEntityTypeConfiguration<EvaluationIndicator>
{
    public void Configure(EntityTypeBuilder<EvaluationIndicator> b)
    {
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Property(i => i.Level1).HasMaxLength(50);
        b.Property(i => i.Level2).HasMaxLength(50);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Standard).HasMaxLength(2000);
        b.Property(i => i.Method).HasConversion<string>().HasMaxLength(24);
        b.Property(i => i.TargetText).HasMaxLength(200);
        b.Property(i => i.ActualText).HasMaxLength(200);
        b.Property(i => i.Facts).HasMaxLength(4000);
        b.Property(i => i.ScoreReason).HasMaxLength(2000);
        b.Property(i => i.Trace).HasMaxLength(2000);
        b.Property(i => i.WorkPaper).HasMaxLength(8000);
        b.Property(i => i.UpdatedBy).HasMaxLength(256);
        b.HasMany(i => i.Deductions).WithOne().HasForeignKey(d => d.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.EvaluationId, i.Order });
    }
}

internal sealed class IndicatorDeductionConfiguration : IEntityTypeConfiguration<IndicatorDeduction>
{
    public void Configure(EntityTypeBuilder<IndicatorDeduction> b)
    {
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.Reason).HasMaxLength(1000);
    }
}

internal sealed class EvaluationMemberConfiguration : IEntityTypeConfiguration<EvaluationMember>
{
    public void Configure(EntityTypeBuilder<EvaluationMember> b)
    {
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.UserName).HasMaxLength(256);
        b.Property(m => m.DisplayName).HasMaxLength(100);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.Conflict).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.ConflictNote).HasMaxLength(1000);
        b.HasIndex(m => new { m.EvaluationId, m.UserId }).IsUnique();
        b.HasIndex(m => m.UserId);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.UploadedBy).HasMaxLength(256);
        b.HasOne<Evaluation>().WithMany().HasForeignKey(f => f.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.EvaluationId, f.IndicatorId });
        b.HasIndex(f => f.FindingId);
    }
}
