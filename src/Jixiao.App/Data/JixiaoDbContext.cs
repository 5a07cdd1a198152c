using Jixiao.App.Auditing;
using Jixiao.App.Batches;
using Jixiao.App.Budgets;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Jurisdictions;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.Reports;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Targets;
using Jixiao.App.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Data;

/// <summary>The one model, on SQLite or PostgreSQL. Saving bumps versions and writes the audit log.</summary>
public sealed class JixiaoDbContext(DbContextOptions<JixiaoDbContext> options, IAuditActor actor, TimeProvider time)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<FundingLine> FundingLines => Set<FundingLine>();

    public DbSet<DepartmentBudget> DepartmentBudgets => Set<DepartmentBudget>();

    public DbSet<TargetSheet> TargetSheets => Set<TargetSheet>();

    public DbSet<TargetIndicator> TargetIndicators => Set<TargetIndicator>();

    public DbSet<SelfEvaluation> SelfEvaluations => Set<SelfEvaluation>();

    public DbSet<SelfEvaluationEntry> SelfEvaluationEntries => Set<SelfEvaluationEntry>();

    public DbSet<EvaluationBatch> EvaluationBatches => Set<EvaluationBatch>();

    public DbSet<BatchProject> BatchProjects => Set<BatchProject>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<EvaluationIndicator> EvaluationIndicators => Set<EvaluationIndicator>();

    public DbSet<IndicatorDeduction> IndicatorDeductions => Set<IndicatorDeduction>();

    public DbSet<EvaluationMember> EvaluationMembers => Set<EvaluationMember>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<ReportTemplateOverride> ReportTemplateOverrides => Set<ReportTemplateOverride>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Why the current change is made, when the action asks for a reason; goes into every audit row.</summary>
    public string? AuditReason { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
        }
        TouchParentsOfChangedLines();
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
        AuditEntries.AddRange(AuditRecorder.Collect(this, actor.Name, time.GetUtcNow().UtcDateTime, AuditReason));
    }

    /// <summary>A changed funding line changes its project: bump the project's version so concurrent edits collide.</summary>
    private void TouchParentsOfChangedLines()
    {
        var projectIds = ChangeTracker.Entries<FundingLine>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.ProjectId)
            .ToHashSet();
        foreach (var project in ChangeTracker.Entries<Project>().Where(e => e.State == EntityState.Unchanged && projectIds.Contains(e.Entity.Id)))
        {
            project.State = EntityState.Modified;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Provider quirks live here and only here.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<CentsConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        }
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FundingSource>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ProjectCategory>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JixiaoDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            // Keys are made in code (Guid v7); a new child found through a navigation must be inserted, not assumed to exist.
            builder.Entity(type.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }
    }
}
