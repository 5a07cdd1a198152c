using Jixiao.App.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.Batches;

internal sealed class EvaluationBatchConfiguration : IEntityTypeConfiguration<EvaluationBatch>
{
    public void Configure(EntityTypeBuilder<EvaluationBatch> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Projects).WithOne().HasForeignKey(p => p.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.JurisdictionId, x.Year, x.Name }).IsUnique();
    }
}

internal sealed class BatchProjectConfiguration : IEntityTypeConfiguration<BatchProject>
{
    public void Configure(EntityTypeBuilder<BatchProject> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BatchId, x.ProjectId }).IsUnique();
    }
}
