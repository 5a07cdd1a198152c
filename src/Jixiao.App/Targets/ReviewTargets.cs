using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Linting;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Targets;

/// <summary>Submit, approve, return a target table. Submitting locks it; the final approval supersedes older versions.</summary>
public sealed class ReviewTargets(JixiaoDbContext db, SaveTargets save, TimeProvider time)
{
    public async Task<ReviewStatus> Run(UserScope scope, Guid projectId, ReviewAction action, string? comment, long? version = null, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        var sheet = await save.Current(projectId, ct);
        if (version is { } v)
        {
            db.Entry(sheet).Property(s => s.Version).OriginalValue = v;
        }
        var next = ReviewFlow.Apply(scope, project, sheet.Status, action, comment, "绩效目标表");
        var now = time.GetUtcNow().UtcDateTime;
        if (action == ReviewAction.Submit)
        {
            CheckComplete(sheet, project.BudgetTotal);
            sheet.SubmittedAt = now;
        }
        if (next == ReviewStatus.Approved)
        {
            sheet.ApprovedAt = now;
            foreach (var old in await db.TargetSheets.Where(s => s.ProjectId == projectId && s.Id != sheet.Id && s.Status == ReviewStatus.Approved).ToListAsync(ct))
            {
                old.Status = ReviewStatus.Superseded;
            }
        }
        sheet.Status = next;
        sheet.ReviewComment = action == ReviewAction.Submit ? sheet.ReviewComment : comment?.Trim();
        db.AuditReason = comment?.Trim();
        await db.SaveChangesAsync(ct);
        return next;
    }

    /// <summary>A table goes up only when it is whole: a goal, indicators, and no linter errors (e.g. weights that do not add up).</summary>
    private static void CheckComplete(TargetSheet sheet, decimal budget)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(sheet.OverallGoal), "OverallGoal", "提交前请填写总体目标。");
        v.Require(sheet.Indicators.Count > 0, "Indicators", "提交前请至少填写一个绩效指标。");
        foreach (var finding in TargetLint.Run(sheet.Indicators.OrderBy(i => i.Order).Select(i => i.ToInput()), budget, sheet.FrameworkId)
            .Where(f => f.Severity == Severity.Error))
        {
            v.Add("Indicators", finding.Message);
        }
        v.ThrowIfInvalid();
    }
}
