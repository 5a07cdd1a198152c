using Jixiao.App.Data;
using Jixiao.App.Projects;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Auditing;

/// <summary>The change history of aggregates (a target table with its indicators, an evaluation with its entries), newest first.</summary>
public static class AuditHistory
{
    public static async Task<IReadOnlyList<AuditView>> Of(JixiaoDbContext db, IEnumerable<Guid> roots, CancellationToken ct)
    {
        var keys = roots.Select(r => r.ToString()).ToList();
        // Id order is insertion order on both providers.
        return await db.AuditEntries.AsNoTracking().Where(a => a.RootKey != null && keys.Contains(a.RootKey)).OrderByDescending(a => a.Id)
            .Select(a => new AuditView(a.At, a.User, a.Action, a.Entity, a.Subject, a.Field, a.OldValue, a.NewValue, a.Reason))
            .ToListAsync(ct);
    }

    /// <summary>Stored enum names shown in Chinese (状态 “DepartmentApproved” → “待财政审核”).</summary>
    public static string? ValueText(string field, string? value) => field switch
    {
        "Status" when Enum.TryParse<Workflow.ReviewStatus>(value, out var status) => Workflow.ReviewStatusText.ToChinese(status),
        "Direction" when Enum.TryParse<Scoring.Rules.IndicatorDirection>(value, out var direction) => Scoring.Rules.DirectionText.ToChinese(direction),
        _ => value,
    };

    /// <summary>Field names as a finance officer reads them.</summary>
    public static string FieldName(string field) => field switch
    {
        "Status" => "状态",
        "OverallGoal" => "总体目标",
        "ChangeReason" => "调整原因",
        "ReviewComment" => "审核意见",
        "Level1" => "一级指标",
        "Level2" => "二级指标",
        "Name" => "三级指标",
        "Unit" => "计量单位",
        "Points" => "分值",
        "TargetText" => "年度指标值",
        "Direction" => "指标方向",
        "ActualText" => "实际完成值",
        "ChosenScore" => "定性评分",
        "Score" => "得分",
        "Explanation" => "偏差原因分析及改进措施",
        "Evidence" => "佐证材料",
        "Total" => "总分",
        "Grade" => "等级",
        "ExecutionScore" => "预算执行率得分",
        "ReopenReason" => "重新打开原因",
        "GoalAchieved" => "总体目标实际完成情况",
        "Basics" => "基本情况",
        "WorkDone" => "绩效评价工作开展情况",
        "Conclusion" => "综合评价情况及评价结论",
        "IndicatorAnalysis" => "绩效评价指标分析",
        "Experience" => "经验做法、问题及原因",
        "Suggestions" => "有关建议",
        "OtherMatters" => "其他需要说明的问题",
        "FullYearBudget" => "全年预算数",
        "Spent" => "全年执行数",
        "SubmittedAt" => "提交时间",
        "ApprovedAt" => "审定时间",
        "AcceptedAt" => "定稿时间",
        _ => field,
    };
}
