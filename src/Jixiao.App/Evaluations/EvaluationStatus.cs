namespace Jixiao.App.Evaluations;

/// <summary>Where a key or department evaluation stands.</summary>
public enum EvaluationStatus
{
    /// <summary>已委托: the agency is named; nobody on the team has declared yet.</summary>
    Commissioned,

    /// <summary>评价中</summary>
    InProgress,

    /// <summary>待绩效科审核</summary>
    Submitted,

    /// <summary>已退回</summary>
    Returned,

    /// <summary>已审定: final and read-only.</summary>
    Accepted,

    /// <summary>已重新打开 (with a reason) after it was final.</summary>
    Reopened,
}

public static class EvaluationStatusText
{
    public static string ToChinese(this EvaluationStatus status) => status switch
    {
        EvaluationStatus.Commissioned => "已委托",
        EvaluationStatus.InProgress => "评价中",
        EvaluationStatus.Submitted => "待绩效科审核",
        EvaluationStatus.Returned => "已退回",
        EvaluationStatus.Accepted => "已审定",
        EvaluationStatus.Reopened => "已重新打开",
    };

    /// <summary>The team may change scores, findings and text only in these states.</summary>
    public static bool IsEditable(this EvaluationStatus status) =>
        status is EvaluationStatus.Commissioned or EvaluationStatus.InProgress or EvaluationStatus.Returned or EvaluationStatus.Reopened;

    public static string ToChinese(this EvaluationKind kind) => kind switch
    {
        EvaluationKind.Project => "项目支出绩效评价",
        EvaluationKind.Department => "部门整体支出绩效评价",
    };
}
