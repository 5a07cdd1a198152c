using Jixiao.App.Auditing;
using Jixiao.App.Budgets;
using Jixiao.App.Jurisdictions;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.App.Data;

internal sealed class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> b)
    {
        b.Property(j => j.Version).IsConcurrencyToken();
        b.Property(j => j.Code).HasMaxLength(32);
        b.Property(j => j.Name).HasMaxLength(100);
        b.HasIndex(j => j.Code).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Property(o => o.Code).HasMaxLength(32);
        b.Property(o => o.Name).HasMaxLength(200);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(o => o.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.JurisdictionId, o.Code }).IsUnique();
        b.HasIndex(o => new { o.JurisdictionId, o.Kind });
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Property(p => p.Code).HasMaxLength(64);
        b.Property(p => p.Name).HasMaxLength(300);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(p => p.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.BudgetUnit).WithMany().HasForeignKey(p => p.BudgetUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Department).WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.FinanceSection).WithMany().HasForeignKey(p => p.FinanceSectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.FundingLines).WithOne().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.JurisdictionId, p.Year, p.Code }).IsUnique();
        b.HasIndex(p => new { p.JurisdictionId, p.Year, p.BudgetUnitId, p.Name }).IsUnique();
        b.HasIndex(p => p.DepartmentId);
        b.HasIndex(p => p.FinanceSectionId);
    }
}

internal sealed class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> b)
    {
        b.Property(l => l.Version).IsConcurrencyToken();
        b.HasIndex(l => new { l.ProjectId, l.Source }).IsUnique();
    }
}

internal sealed class DepartmentBudgetConfiguration : IEntityTypeConfiguration<DepartmentBudget>
{
    public void Configure(EntityTypeBuilder<DepartmentBudget> b)
    {
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne<Jurisdiction>().WithMany().HasForeignKey(d => d.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.OrganisationId, d.Year }).IsUnique();
        b.HasMany(d => d.FunctionalClasses).WithOne().HasForeignKey(f => f.DepartmentBudgetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FunctionalClassAmountConfiguration : IEntityTypeConfiguration<FunctionalClassAmount>
{
    public void Configure(EntityTypeBuilder<FunctionalClassAmount> b)
    {
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Property(f => f.ClassCode).HasMaxLength(16);
        b.Property(f => f.ClassName).HasMaxLength(100);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.User).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(16);
        b.Property(a => a.Entity).HasMaxLength(64);
        b.Property(a => a.EntityKey).HasMaxLength(64);
        b.Property(a => a.RootKey).HasMaxLength(64);
        b.Property(a => a.Field).HasMaxLength(64);
        b.Property(a => a.Subject).HasMaxLength(200);
        b.HasIndex(a => a.RootKey);
        b.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
