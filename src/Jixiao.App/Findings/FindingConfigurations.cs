using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.Findings;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Property(f => f.Category).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Problem).HasMaxLength(2000);
        b.Property(f => f.Cause).HasMaxLength(2000);
        b.Property(f => f.Recommendation).HasMaxLength(2000);
        b.Property(f => f.Measures).HasMaxLength(4000);
        b.Property(f => f.AnsweredBy).HasMaxLength(256);
        b.Property(f => f.VerifiedBy).HasMaxLength(256);
        b.Property(f => f.VerifyComment).HasMaxLength(2000);
        b.HasOne(f => f.ResponsibleUnit).WithMany().HasForeignKey(f => f.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.JurisdictionId, f.Status, f.DueAt });
        b.HasIndex(f => f.ResponsibleUnitId);
    }
}
