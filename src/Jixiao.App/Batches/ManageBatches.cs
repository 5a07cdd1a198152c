using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Scoring.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Batches;

public sealed record NewBatch(string? Name, int Year, DateTime DueAt);

/// <summary>A pick: the project and the reason it is a key project (large, livelihood, public attention …).</summary>
public sealed record BatchPick(Guid ProjectId, string? Reason);

/// <summary>Creates batches, picks projects with reasons, commissions agencies. Only the performance section does this.</summary>
public sealed class ManageBatches(JixiaoDbContext db)
{
    public async Task<Guid> Create(UserScope scope, NewBatch input, CancellationToken ct = default)
    {
        RequireManager(scope);
        var v = new Validation();
        var name = input.Name?.Trim() ?? "";
        v.Require(name.Length > 0, "Name", "请填写批次名称。");
        v.Require(input.Year is >= 2000 and <= 2100, "Year", "年度应在 2000 至 2100 之间。");
        v.Require(!await db.EvaluationBatches.AnyAsync(b => b.JurisdictionId == scope.JurisdictionId && b.Year == input.Year && b.Name == name, ct),
            "Name", $"{input.Year} 年已有同名批次。");
        v.ThrowIfInvalid();
        var batch = new EvaluationBatch { JurisdictionId = scope.JurisdictionId, Year = input.Year, Name = name, DueAt = DateTime.SpecifyKind(input.DueAt, DateTimeKind.Utc) };
        db.EvaluationBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return batch.Id;
    }

    /// <summary>All picks or none: each needs a reason and a project of the batch's year that is not picked yet.</summary>
    public async Task AddProjects(UserScope scope, Guid batchId, IReadOnlyList<BatchPick> picks, CancellationToken ct = default)
    {
        var batch = await Batch(scope, batchId, ct);
        var ids = picks.Select(p => p.ProjectId).ToList();
        var projects = await db.Projects.AsNoTracking().VisibleTo(scope).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var v = new Validation();
        v.Require(picks.Count > 0, "Picks", "请至少选择一个项目。");
        foreach (var pick in picks)
        {
            if (!projects.TryGetValue(pick.ProjectId, out var project))
            {
                v.Add("Picks", "所选项目不存在或无权查看。");
                continue;
            }
            v.Require(project.Year == batch.Year, "Picks", $"“{project.Name}”是 {project.Year} 年项目，本批次评价 {batch.Year} 年项目。");
            v.Require(!string.IsNullOrWhiteSpace(pick.Reason), "Picks", $"请填写选取“{project.Name}”的理由。");
            v.Require(batch.Projects.All(p => p.ProjectId != project.Id), "Picks", $"“{project.Name}”已在本批次中。");
        }
        v.ThrowIfInvalid();
        batch.Projects.AddRange(picks.Select(p => new BatchProject { BatchId = batch.Id, ProjectId = p.ProjectId, Reason = p.Reason!.Trim() }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Commissions one agency for the given projects of the batch, or for all of them when none are named.</summary>
    public async Task Commission(UserScope scope, Guid batchId, Guid agencyId, IReadOnlyList<Guid>? projectIds, CancellationToken ct = default)
    {
        var batch = await Batch(scope, batchId, ct);
        var agency = await db.Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == agencyId && o.JurisdictionId == scope.JurisdictionId && o.Kind == OrganisationKind.ThirdPartyAgency, ct)
            ?? throw ValidationFailedException.For("AgencyId", "请选择本地区登记的第三方机构。");
        var targets = projectIds is { Count: > 0 } ? batch.Projects.Where(p => projectIds.Contains(p.ProjectId)).ToList() : batch.Projects;
        if (targets.Count == 0)
        {
            throw ValidationFailedException.For("ProjectIds", "本批次中没有所选项目。");
        }
        var ids = targets.Select(t => t.ProjectId).ToList();
        var existing = await db.Evaluations.Include(e => e.Team).Where(e => e.BatchId == batch.Id && e.ProjectId != null && ids.Contains(e.ProjectId.Value)).ToDictionaryAsync(e => e.ProjectId!.Value, ct);
        var started = existing.Values.Where(e => e.AgencyId != agency.Id && (e.Status != EvaluationStatus.Commissioned || e.Team.Any(m => m.Conflict == ConflictAnswer.NoConflict))).ToList();
        if (started.Count > 0)
        {
            var names = await db.Projects.Where(p => started.Select(e => e.ProjectId).Contains(p.Id)).Select(p => p.Name).ToListAsync(ct);
            throw ValidationFailedException.For("ProjectIds", $"“{string.Join("”“", names)}”的评价已经开始，不能更换第三方机构。");
        }
        var projects = await db.Projects.AsNoTracking().Include(p => p.FundingLines).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var row in targets)
        {
            row.AgencyId = agency.Id;
            if (existing.TryGetValue(row.ProjectId, out var evaluation))
            {
                evaluation.AgencyId = agency.Id;
                // The previous agency's undeclared or recused members leave with it.
                db.EvaluationMembers.RemoveRange(evaluation.Team);
                continue;
            }
            var project = projects[row.ProjectId];
            var created = new Evaluation
            {
                JurisdictionId = batch.JurisdictionId, Kind = EvaluationKind.Project, Year = batch.Year, BatchId = batch.Id, ProjectId = project.Id,
                SubjectOrganisationId = project.BudgetUnitId, AgencyId = agency.Id, FrameworkId = BuiltInFrameworks.ProjectId, DueAt = batch.DueAt,
            };
            created.Indicators.AddRange(EvaluationTemplates.Rows(created.Id, BuiltInFrameworks.Project, ProjectFunding.Of(project.FundingLines)));
            db.Evaluations.Add(created);
        }
        db.AuditReason = $"委托{agency.Name}";
        await db.SaveChangesAsync(ct);
    }

    internal static void RequireManager(UserScope scope)
    {
        if (!Scopes.CanManageBatches(scope))
        {
            throw new ForbiddenException("只有财政局绩效科可以组织重点评价。");
        }
    }

    private async Task<EvaluationBatch> Batch(UserScope scope, Guid batchId, CancellationToken ct)
    {
        RequireManager(scope);
        return await db.EvaluationBatches.Include(b => b.Projects).FirstOrDefaultAsync(b => b.Id == batchId && b.JurisdictionId == scope.JurisdictionId, ct)
            ?? throw new NotFoundException("批次不存在。");
    }
}
