using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Projects;

namespace Jixiao.App.Workflow;

/// <summary>
/// The one review workflow of targets and self-evaluations: the owner submits, the department approves or
/// returns, the finance side (section in charge, performance section) approves or returns; the bureau may
/// reopen an approved item with a reason. Who may do what is decided by <see cref="Scopes"/>.
/// </summary>
public static class ReviewFlow
{
    public static ReviewStatus Apply(UserScope scope, Project project, ReviewStatus current, ReviewAction action, string? comment, string what)
    {
        switch (action)
        {
            case ReviewAction.Submit:
                if (!Scopes.CanChange(scope, project))
                {
                    throw new ForbiddenException($"无权提交该{what}。");
                }
                RequireState(current.IsEditable(), current, action, what);
                return ReviewStatus.Submitted;
            case ReviewAction.Approve or ReviewAction.Return:
                RequireState(current is ReviewStatus.Submitted or ReviewStatus.DepartmentApproved, current, action, what);
                if (!Scopes.CanReview(scope, project, current))
                {
                    throw new ForbiddenException(current == ReviewStatus.Submitted ? $"该{what}应由主管部门审核。" : $"该{what}应由财政（归口科室或绩效科）审核。");
                }
                if (action == ReviewAction.Return)
                {
                    RequireText(comment, "Comment", "退回时请填写审核意见，说明需要修改的内容。");
                    return ReviewStatus.Returned;
                }
                return current == ReviewStatus.Submitted ? ReviewStatus.DepartmentApproved : ReviewStatus.Approved;
            case ReviewAction.Reopen:
                RequireState(current == ReviewStatus.Approved, current, action, what);
                if (!Scopes.CanReopen(scope, project))
                {
                    throw new ForbiddenException($"只有财政局绩效科可以重新打开已审定的{what}。");
                }
                RequireText(comment, "Comment", "重新打开时请填写原因。");
                return ReviewStatus.Reopened;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>Changing a locked item is a conflict with its state, not a permission question (409).</summary>
    public static void RequireEditable(ReviewStatus status, string what)
    {
        if (!status.IsEditable())
        {
            throw new ConflictException(status == ReviewStatus.Approved
                ? $"该{what}已审定定稿，不能修改；如需修改，请由财政局重新打开（须填写原因）。"
                : $"该{what}当前状态为“{status.ToChinese()}”，已锁定，不能修改。");
        }
    }

    private static void RequireState(bool ok, ReviewStatus current, ReviewAction action, string what)
    {
        if (!ok)
        {
            throw new ConflictException($"该{what}当前状态为“{current.ToChinese()}”，不能{action.ToChinese()}。");
        }
    }

    private static void RequireText(string? text, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ValidationFailedException.For(field, message);
        }
    }
}
