using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.SelfEvaluations;

/// <summary>Submit → department review → finance review (accept = final); the bureau may reopen a final one with a reason.</summary>
public sealed class ReviewSelfEvaluation(JixiaoDbContext db, SaveSelfEvaluation save, GetSelfEvaluation get, TimeProvider time)
{
    public async Task<ReviewStatus> Run(UserScope scope, Guid projectId, ReviewAction action, string? comment, long? version = null, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        var evaluation = await save.Tracked(projectId, ct);
        if (version is { } v)
        {
            db.Entry(evaluation).Property(e => e.Version).OriginalValue = v;
        }
        var next = ReviewFlow.Apply(scope, project, evaluation.Status, action, comment, "自评");
        var now = time.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case ReviewAction.Submit:
                // Submit checks what is saved: every actual present, every explanation the core asks for written.
                var inputs = evaluation.Entries.Select(GetSelfEvaluation.ToInput).ToList();
                var score = SelfEvaluationScoring.Score(evaluation.TargetSheet!.Indicators, inputs, evaluation.FullYearBudget, evaluation.Spent, await get.Settings(project.JurisdictionId, ct));
                SaveSelfEvaluation.ThrowIfAny(score.Problems);
                evaluation.SubmittedAt = now;
                break;
            case ReviewAction.Reopen:
                evaluation.ReopenReason = comment!.Trim();
                break;
            default:
                evaluation.ReviewComment = comment?.Trim();
                break;
        }
        if (next == ReviewStatus.Approved)
        {
            evaluation.AcceptedAt = now;
        }
        evaluation.Status = next;
        db.AuditReason = comment?.Trim();
        await db.SaveChangesAsync(ct);
        return next;
    }
}
