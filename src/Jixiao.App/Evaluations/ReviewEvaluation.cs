using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;

namespace Jixiao.App.Evaluations;

public enum EvaluationAction
{
    Submit,
    Accept,
    Return,
    Reopen,
}

/// <summary>
/// The lead submits a complete evaluation; the performance section accepts it (final) or returns it with a comment, and
/// reopens a final one with a reason. Comments and reasons go to the audit log as its reason.
/// </summary>
public sealed class ReviewEvaluation(JixiaoDbContext db, GetEvaluation get, TimeProvider time)
{
    public async Task<EvaluationStatus> Run(UserScope scope, Guid id, EvaluationAction action, string? comment, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var text = comment?.Trim() ?? "";
        switch (action)
        {
            case EvaluationAction.Submit:
                if (!Scopes.CanLead(scope, e))
                {
                    throw new ForbiddenException("只有评价组组长可以提交评价。");
                }
                GetEvaluation.RequireEditable(e);
                var score = EvaluationScoring.Apply(e, await get.Settings(e.JurisdictionId, ct));
                var v = new Validation();
                foreach (var message in EvaluationWeights.Check(e))
                {
                    v.Add("Points", message);
                }
                score.Problems.ToList().ForEach(p => v.Add($"{p.IndicatorId}.{p.Field}", p.Message));
                foreach (var s in score.Indicators.Where(s => !s.Result.IsScored && score.Problems.All(p => p.IndicatorId != s.Indicator.Id)))
                {
                    v.Add($"{s.Indicator.Id}.Score", $"“{s.Indicator.Name}”尚未评分。");
                }
                v.ThrowIfInvalid();
                (e.Status, e.SubmittedAt) = (EvaluationStatus.Submitted, now);
                break;
            case EvaluationAction.Accept or EvaluationAction.Return:
                RequireBureau(scope);
                if (e.Status != EvaluationStatus.Submitted)
                {
                    throw new ConflictException($"该评价当前状态为“{e.Status.ToChinese()}”，不能审核。");
                }
                if (action == EvaluationAction.Return && text.Length == 0)
                {
                    throw ValidationFailedException.For("Comment", "退回时须填写意见。");
                }
                (e.Status, e.ReviewComment) = action == EvaluationAction.Accept ? (EvaluationStatus.Accepted, text.Length > 0 ? text : e.ReviewComment) : (EvaluationStatus.Returned, text);
                e.AcceptedAt = action == EvaluationAction.Accept ? now : e.AcceptedAt;
                break;
            case EvaluationAction.Reopen:
                RequireBureau(scope);
                if (e.Status != EvaluationStatus.Accepted)
                {
                    throw new ConflictException("只有已审定的评价可以重新打开。");
                }
                if (text.Length == 0)
                {
                    throw ValidationFailedException.For("Comment", "重新打开时须填写原因。");
                }
                (e.Status, e.ReopenReason, e.AcceptedAt) = (EvaluationStatus.Reopened, text, null);
                break;
        }
        db.AuditReason = text.Length > 0 ? text : null;
        await db.SaveChangesAsync(ct);
        return e.Status;
    }

    private static void RequireBureau(UserScope scope)
    {
        if (!Scopes.CanAcceptEvaluations(scope))
        {
            throw new ForbiddenException("只有绩效科可以审核评价。");
        }
    }
}
