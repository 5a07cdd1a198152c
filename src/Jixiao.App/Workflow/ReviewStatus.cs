namespace Jixiao.App.Workflow;

/// <summary>Where a target table or a self-evaluation stands in its review (DOMAIN §1: unit → department → finance).</summary>
public enum ReviewStatus
{
    Draft,
    Submitted,
    DepartmentApproved,
    Approved,
    Returned,
    Reopened,
    Superseded,
}

public enum ReviewAction
{
    Submit,
    Approve,
    Return,
    Reopen,
}

public static class ReviewStatusText
{
    public static string ToChinese(this ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "草稿",
        ReviewStatus.Submitted => "待主管部门审核",
        ReviewStatus.DepartmentApproved => "待财政审核",
        ReviewStatus.Approved => "已审定",
        ReviewStatus.Returned => "已退回",
        ReviewStatus.Reopened => "已重新打开",
        ReviewStatus.Superseded => "已被新版本替代",
    };

    public static string ToChinese(this ReviewAction action) => action switch
    {
        ReviewAction.Submit => "提交",
        ReviewAction.Approve => "审核通过",
        ReviewAction.Return => "退回",
        ReviewAction.Reopen => "重新打开",
    };

    /// <summary>Only these may be changed by their owner; everything else is locked.</summary>
    public static bool IsEditable(this ReviewStatus status) => status is ReviewStatus.Draft or ReviewStatus.Returned or ReviewStatus.Reopened;
}
