using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Jixiao.App.Organisations;

namespace Jixiao.App.Findings;

/// <summary>Problem categories of DOMAIN §7.4 / issue 4, in report order.</summary>
public enum FindingCategory
{
    Initiation,
    TargetsAndIndicators,
    FundingInput,
    FundManagement,
    OrganisationAndRules,
    OutputAndEffect,
    Satisfaction,
    Other,
}

/// <summary>整改 state of a finding.</summary>
public enum FindingStatus
{
    /// <summary>待整改</summary>
    Open,

    /// <summary>已反馈，待核实</summary>
    Answered,

    /// <summary>核实未通过，退回重改</summary>
    Returned,

    /// <summary>已核实整改到位</summary>
    Verified,
}

/// <summary>
/// A problem an evaluation found, with its cause and recommendation; the responsible unit answers with its measures and
/// evidence by the deadline, and the bureau verifies (整改闭环).
/// </summary>
public sealed class Finding : Entity, IAuditChild
{
    public Guid EvaluationId { get; set; }

    public Guid JurisdictionId { get; set; }

    public int Order { get; set; }

    public FindingCategory Category { get; set; }

    /// <summary>存在的问题</summary>
    public string Problem { get; set; } = "";

    /// <summary>原因分析</summary>
    public string Cause { get; set; } = "";

    /// <summary>有关建议</summary>
    public string Recommendation { get; set; } = "";

    /// <summary>整改责任单位</summary>
    public Guid ResponsibleUnitId { get; set; }

    public Organisation? ResponsibleUnit { get; set; }

    /// <summary>整改期限 (UTC)</summary>
    public DateTime DueAt { get; set; }

    public FindingStatus Status { get; set; } = FindingStatus.Open;

    /// <summary>整改措施及成效, written by the responsible unit.</summary>
    public string Measures { get; set; } = "";

    public DateTime? AnsweredAt { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime? VerifiedAt { get; set; }

    public string? VerifiedBy { get; set; }

    /// <summary>核实意见 (required when returned).</summary>
    public string VerifyComment { get; set; } = "";

    public Guid AuditRootId => EvaluationId;

    /// <summary>Overdue: not verified and not answered by its deadline.</summary>
    public bool IsOverdue(DateTime nowUtc) => Status is FindingStatus.Open or FindingStatus.Returned && DueAt < nowUtc;
}

public static class FindingText
{
    public static IReadOnlyList<FindingCategory> Categories { get; } = Enum.GetValues<FindingCategory>();

    public static string ToChinese(this FindingCategory category) => category switch
    {
        FindingCategory.Initiation => "立项",
        FindingCategory.TargetsAndIndicators => "绩效目标与指标",
        FindingCategory.FundingInput => "资金投入",
        FindingCategory.FundManagement => "资金管理与执行",
        FindingCategory.OrganisationAndRules => "组织管理与制度",
        FindingCategory.OutputAndEffect => "产出与效果",
        FindingCategory.Satisfaction => "满意度调查",
        FindingCategory.Other => "其他",
    };

    public static FindingCategory? FromChinese(string? text) =>
        Categories.Cast<FindingCategory?>().FirstOrDefault(c => c!.Value.ToChinese() == text?.Trim() || c.Value.ToString() == text?.Trim());

    public static string ToChinese(this FindingStatus status) => status switch
    {
        FindingStatus.Open => "待整改",
        FindingStatus.Answered => "已反馈待核实",
        FindingStatus.Returned => "退回重新整改",
        FindingStatus.Verified => "已核实",
    };
}
