using Jixiao.App.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.Targets;

internal sealed class TargetSheetConfiguration : IEntityTypeConfiguration<TargetSheet>
{
    public void Configure(EntityTypeBuilder<TargetSheet> b)
    {
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(t => t.FrameworkId).HasMaxLength(64);
        b.Property(t => t.OverallGoal).HasMaxLength(4000);
        b.Property(t => t.ChangeReason).HasMaxLength(1000);
        b.Property(t => t.ReviewComment).HasMaxLength(2000);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(t => t.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Project).WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Indicators).WithOne().HasForeignKey(i => i.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.ProjectId, t.Number }).IsUnique();
        b.HasIndex(t => new { t.JurisdictionId, t.Status });
    }
}

internal sealed class TargetIndicatorConfiguration : IEntityTypeConfiguration<TargetIndicator>
{
    public void Configure(EntityTypeBuilder<TargetIndicator> b)
    {
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Property(i => i.Level1).HasMaxLength(50);
        b.Property(i => i.Level2).HasMaxLength(50);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Unit).HasMaxLength(20);
        b.Property(i => i.TargetText).HasMaxLength(200);
        b.Property(i => i.Direction).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(i => new { i.SheetId, i.Order });
    }
}
