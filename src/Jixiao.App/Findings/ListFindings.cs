using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Findings;

/// <summary>A finding as the user sees it, with Chinese category and status and how late it is.</summary>
public sealed record FindingView(
    Guid Id, Guid EvaluationId, int Order, string Category, string Problem, string Cause, string Recommendation,
    Guid ResponsibleUnitId, string ResponsibleUnit, DateTime DueAt, FindingStatus Status, string StatusText, bool Overdue, int DaysOverdue,
    string Measures, DateTime? AnsweredAt, string? AnsweredBy, DateTime? VerifiedAt, string? VerifiedBy, string VerifyComment,
    string? ProjectName, IReadOnlyList<EvidenceRow> Evidence, long Version);

public sealed record EvidenceRow(Guid Id, string FileName, long Size, string UploadedBy, DateTime UploadedAt);

/// <summary>Filter of "my findings": by status, or only the overdue ones.</summary>
public sealed record FindingFilter(FindingStatus? Status = null, bool OverdueOnly = false);

/// <summary>Findings of one evaluation, one finding, and "my findings" (what my unit must rectify, or all for the bureau).</summary>
public sealed class ListFindings(JixiaoDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<FindingView>> OfEvaluation(UserScope scope, Guid evaluationId, CancellationToken ct = default)
    {
        var seen = await db.Evaluations.AsNoTracking().VisibleTo(db.Organisations, scope).AnyAsync(e => e.Id == evaluationId, ct);
        if (!seen)
        {
            throw new NotFoundException("评价不存在或无权查看。");
        }
        return await Views(Visible(scope).Where(f => f.EvaluationId == evaluationId), ct);
    }

    public async Task<FindingView> Get(UserScope scope, Guid findingId, CancellationToken ct = default) =>
        (await Views(Visible(scope).Where(f => f.Id == findingId), ct)).SingleOrDefault() ?? throw new NotFoundException("问题不存在或无权查看。");

    public async Task<IReadOnlyList<FindingView>> Mine(UserScope scope, FindingFilter filter, CancellationToken ct = default)
    {
        var findings = Visible(scope);
        if (scope.Role is Roles.Unit or Roles.Department)
        {
            // "Mine" for a unit or department is what it must rectify itself, not what its units must.
            findings = findings.Where(f => f.ResponsibleUnitId == scope.OrganisationId);
        }
        if (filter.Status is { } status)
        {
            findings = findings.Where(f => f.Status == status);
        }
        var views = await Views(findings, ct);
        return filter.OverdueOnly ? views.Where(v => v.Overdue).ToList() : views;
    }

    private IQueryable<Finding> Visible(UserScope scope) =>
        db.Findings.AsNoTracking().VisibleTo(db.Evaluations, db.Organisations, scope);

    private async Task<IReadOnlyList<FindingView>> Views(IQueryable<Finding> findings, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await findings.Include(f => f.ResponsibleUnit)
            .Select(f => new { Finding = f, Project = db.Evaluations.Where(e => e.Id == f.EvaluationId).Select(e => e.Project != null ? e.Project.Name : e.SubjectOrganisation!.Name + "部门整体支出").FirstOrDefault() })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Finding.Id).ToList();
        var files = (await db.EvidenceFiles.AsNoTracking().Where(e => e.FindingId != null && ids.Contains(e.FindingId.Value)).ToListAsync(ct))
            .ToLookup(e => e.FindingId!.Value);
        return rows.OrderBy(r => r.Finding.DueAt).ThenBy(r => r.Finding.Order).Select(r =>
        {
            var f = r.Finding;
            var overdue = f.IsOverdue(now);
            return new FindingView(f.Id, f.EvaluationId, f.Order, f.Category.ToChinese(), f.Problem, f.Cause, f.Recommendation,
                f.ResponsibleUnitId, f.ResponsibleUnit?.Name ?? "", f.DueAt, f.Status, f.Status.ToChinese(), overdue,
                overdue ? (int)Math.Ceiling((now - f.DueAt).TotalDays) : 0,
                f.Measures, f.AnsweredAt, f.AnsweredBy, f.VerifiedAt, f.VerifiedBy, f.VerifyComment, r.Project,
                files[f.Id].OrderBy(e => e.UploadedAt).Select(e => new EvidenceRow(e.Id, e.FileName, e.Size, e.UploadedBy, e.UploadedAt)).ToList(), f.Version);
        }).ToList();
    }
}
