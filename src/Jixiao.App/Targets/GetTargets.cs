using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Targets;

/// <summary>The current target table of a project (the newest version), its versions and linter findings.</summary>
public sealed class GetTargets(JixiaoDbContext db)
{
    public async Task<TargetSheetView?> Run(UserScope scope, Guid projectId, CancellationToken ct = default)
    {
        var project = await VisibleProject(db, scope, projectId, ct);
        var sheets = await db.TargetSheets.AsNoTracking().Include(s => s.Indicators)
            .Where(s => s.ProjectId == projectId).OrderByDescending(s => s.Number).ToListAsync(ct);
        if (sheets.Count == 0)
        {
            return null;
        }
        var sheet = sheets[0];
        var indicators = sheet.Indicators.OrderBy(i => i.Order).ToList();
        var findings = TargetLint.Run(indicators.Select(i => i.ToInput()), project.BudgetTotal, sheet.FrameworkId);
        var can = new TargetPermissions(
            CanEdit: sheet.Status.IsEditable() && Scopes.CanChange(scope, project),
            CanSubmit: sheet.Status.IsEditable() && Scopes.CanChange(scope, project),
            CanReview: Scopes.CanReview(scope, project, sheet.Status),
            CanNewVersion: sheet.Status == ReviewStatus.Approved && Scopes.CanChange(scope, project));
        return new TargetSheetView(
            sheet.Id, project.Id, project.Code, project.Name, project.Year, project.BudgetUnit!.Label, project.BudgetTotal,
            sheet.Number, sheet.Status, sheet.Status.ToChinese(), sheet.FrameworkId, TargetTemplates.FrameworkOf(sheet.FrameworkId).Name,
            sheet.OverallGoal, sheet.ChangeReason, sheet.ReviewComment,
            indicators.Select(ToView).ToList(), findings,
            sheets.Select(s => new TargetVersionView(s.Id, s.Number, s.Status, s.Status.ToChinese(), s.ChangeReason, s.ReviewComment, s.ApprovedAt)).ToList(),
            sheet.Version, can);
    }

    /// <summary>Every change of every version of the project's target table.</summary>
    public async Task<IReadOnlyList<Projects.AuditView>> History(UserScope scope, Guid projectId, CancellationToken ct = default)
    {
        await VisibleProject(db, scope, projectId, ct);
        var sheets = await db.TargetSheets.AsNoTracking().Where(s => s.ProjectId == projectId).Select(s => s.Id).ToListAsync(ct);
        return await Auditing.AuditHistory.Of(db, sheets, ct);
    }

    /// <summary>全年预算数 of a visible project (元), for the linter's cost check.</summary>
    public async Task<decimal> Budget(UserScope scope, Guid projectId, CancellationToken ct = default) =>
        (await VisibleProject(db, scope, projectId, ct)).BudgetTotal;

    /// <summary>The project if the user may see it; 404 otherwise (its existence is not revealed).</summary>
    internal static async Task<Project> VisibleProject(JixiaoDbContext db, UserScope scope, Guid projectId, CancellationToken ct) =>
        await db.Projects.AsNoTracking().VisibleTo(scope).Include(p => p.BudgetUnit).FirstOrDefaultAsync(p => p.Id == projectId, ct)
        ?? throw new NotFoundException("项目不存在或无权查看。");

    private static TargetIndicatorView ToView(TargetIndicator i)
    {
        var parsed = TargetParser.Parse(i.TargetText);
        return new TargetIndicatorView(i.Id, i.Order, i.Level1, i.Level2, i.Name, i.Unit, i.Points, i.TargetText,
            i.Direction?.ToChinese(), parsed.IsSuccess ? parsed.Value.ToString() : null);
    }
}
