using Jixiao.App.Jurisdictions;
using Jixiao.App.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.SelfEvaluations;

internal sealed class SelfEvaluationConfiguration : IEntityTypeConfiguration<SelfEvaluation>
{
    public void Configure(EntityTypeBuilder<SelfEvaluation> b)
    {
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Grade).HasMaxLength(4);
        foreach (var text in new[] { nameof(SelfEvaluation.GoalAchieved), nameof(SelfEvaluation.Basics), nameof(SelfEvaluation.WorkDone), nameof(SelfEvaluation.Conclusion),
            nameof(SelfEvaluation.IndicatorAnalysis), nameof(SelfEvaluation.Experience), nameof(SelfEvaluation.Suggestions), nameof(SelfEvaluation.OtherMatters) })
        {
            b.Property(text).HasMaxLength(8000);
        }
        b.Property(e => e.ReviewComment).HasMaxLength(2000);
        b.Property(e => e.ReopenReason).HasMaxLength(1000);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(e => e.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.TargetSheet).WithMany().HasForeignKey(e => e.TargetSheetId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(e => e.Entries).WithOne().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.ProjectId).IsUnique();
        b.HasIndex(e => new { e.JurisdictionId, e.Status });
    }
}

internal sealed class SelfEvaluationEntryConfiguration : IEntityTypeConfiguration<SelfEvaluationEntry>
{
    public void Configure(EntityTypeBuilder<SelfEvaluationEntry> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ActualText).HasMaxLength(200);
        b.Property(x => x.Explanation).HasMaxLength(2000);
        b.Property(x => x.Evidence).HasMaxLength(2000);
        b.HasOne<TargetIndicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.EvaluationId, x.IndicatorId }).IsUnique();
    }
}
