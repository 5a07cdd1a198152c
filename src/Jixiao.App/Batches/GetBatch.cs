using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.SelfEvaluations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Batches;

public sealed record BatchRow(Guid Id, int Year, string Name, DateTime DueAt, int Projects, int Commissioned);

public sealed record BatchProjectView(
    Guid ProjectId, string Code, string Name, string BudgetUnit, string Department, decimal BudgetTotal, IReadOnlyList<string> Sources,
    string Reason, Guid? AgencyId, string? Agency, string SelfEvaluation, decimal? SelfTotal, string? SelfGrade,
    Guid? EvaluationId = null, string? EvaluationStatus = null, decimal? Total = null, string? Grade = null, DateTime? EvaluationDue = null,
    string? Team = null, int OverdueFindings = 0);

/// <summary>The batch page: picked projects with reasons, agencies, and progress; amounts summed by fund source.</summary>
public sealed record BatchView(Guid Id, int Year, string Name, DateTime DueAt, IReadOnlyList<BatchProjectView> Projects, IReadOnlyDictionary<string, decimal> BySource, decimal BudgetTotal,
    BatchStatistics? Statistics = null);

public sealed class GetBatch(JixiaoDbContext db, GetSelfEvaluation settings, TimeProvider time)
{
    public async Task<IReadOnlyList<BatchRow>> List(UserScope scope, CancellationToken ct = default)
    {
        ManageBatches.RequireManager(scope);
        var rows = await db.EvaluationBatches.AsNoTracking().Where(b => b.JurisdictionId == scope.JurisdictionId)
            .Select(b => new { b.Id, b.Year, b.Name, b.DueAt, Projects = b.Projects.Count, Commissioned = b.Projects.Count(p => p.AgencyId != null) })
            .ToListAsync(ct);
        return rows.OrderByDescending(b => b.Year).ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new BatchRow(b.Id, b.Year, b.Name, b.DueAt, b.Projects, b.Commissioned)).ToList();
    }

    public async Task<BatchView> Run(UserScope scope, Guid id, CancellationToken ct = default)
    {
        ManageBatches.RequireManager(scope);
        var batch = await db.EvaluationBatches.AsNoTracking()
            .Include(b => b.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.FundingLines)
            .Include(b => b.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.BudgetUnit)
            .Include(b => b.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.Department)
            .Include(b => b.Projects).ThenInclude(p => p.Agency)
            .FirstOrDefaultAsync(b => b.Id == id && b.JurisdictionId == scope.JurisdictionId, ct)
            ?? throw new NotFoundException("批次不存在。");
        var projectIds = batch.Projects.Select(p => p.ProjectId).ToList();
        var evaluations = await db.SelfEvaluations.AsNoTracking().Where(e => projectIds.Contains(e.ProjectId))
            .Select(e => new { e.ProjectId, e.Status, e.Total, e.Grade }).ToDictionaryAsync(e => e.ProjectId, ct);
        var keyEvaluations = await db.Evaluations.AsNoTracking().Include(e => e.Indicators).Include(e => e.Team).Include(e => e.Findings)
            .Where(e => e.BatchId == batch.Id).ToListAsync(ct);
        var byProject = keyEvaluations.Where(e => e.ProjectId != null).ToDictionary(e => e.ProjectId!.Value);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = batch.Projects.OrderBy(p => p.Project!.Code, StringComparer.Ordinal).Select(p =>
        {
            var e = evaluations.GetValueOrDefault(p.ProjectId);
            var k = byProject.GetValueOrDefault(p.ProjectId);
            var team = k is null ? null : string.Join("、", k.Team.OrderBy(m => m.Role).Select(m => $"{(m.DisplayName.Length > 0 ? m.DisplayName : m.UserName)}（{m.Role.ToChinese()}，{m.Conflict.ToChinese()}）"));
            return new BatchProjectView(p.ProjectId, p.Project!.Code, p.Project.Name, p.Project.BudgetUnit!.Name, p.Project.Department!.Name, p.Project.BudgetTotal,
                p.Project.FundingLines.OrderBy(l => l.Source).Select(l => Projects.FundingSourceNames.ToChinese(l.Source)).ToList(), p.Reason, p.AgencyId, p.Agency?.Name,
                e is null ? "未开始" : GetSelfEvaluation.StatusText(e.Status), e?.Total, e?.Grade,
                k?.Id, k?.Status.ToChinese(), k?.Total, k?.Grade, k?.DueAt, team, k?.Findings.Count(f => f.IsOverdue(now)) ?? 0);
        }).ToList();
        var bySource = batch.Projects.SelectMany(p => p.Project!.FundingLines)
            .GroupBy(l => l.Source).OrderBy(g => g.Key).ToDictionary(g => Projects.FundingSourceNames.ToChinese(g.Key), g => g.Sum(l => l.FullYearBudget));
        var bands = (await settings.Settings(batch.JurisdictionId, ct)).GradeBands;
        var statistics = BatchStatisticsCalculator.Compute(keyEvaluations, bands, rows.Sum(r => r.OverdueFindings));
        return new BatchView(batch.Id, batch.Year, batch.Name, batch.DueAt, rows, bySource, rows.Sum(r => r.BudgetTotal), statistics);
    }
}
