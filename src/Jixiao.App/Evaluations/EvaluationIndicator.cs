using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Jixiao.Scoring.Rules;

namespace Jixiao.App.Evaluations;

/// <summary>
/// One third-level indicator of an evaluation: its 评分标准, the facts the team found, and the score — computed by the
/// scoring core from target and actual, or deduction-based / manual with a reason for every point taken. Each row has
/// its own version, so team members working on different indicators never collide and two on the same one are told.
/// </summary>
public sealed class EvaluationIndicator : Entity, IAuditChild
{
    public Guid EvaluationId { get; set; }

    public int Order { get; set; }

    public string Level1 { get; set; } = "";

    public string Level2 { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>分值</summary>
    public decimal Points { get; set; }

    /// <summary>评分标准</summary>
    public string Standard { get; set; } = "";

    /// <summary>The framework's rule; null = decided by the target (as the core's RuleResolver does).</summary>
    public ScoringMethod? Method { get; set; }

    /// <summary>项目个性指标 added by the evaluators (DOMAIN §4.2), as opposed to the framework's common ones.</summary>
    public bool ProjectSpecific { get; set; }

    /// <summary>目标值 as typed (TargetParser reads it); empty for deduction-scored rows.</summary>
    public string TargetText { get; set; } = "";

    /// <summary>实际完成值 / 业绩值 as typed.</summary>
    public string ActualText { get; set; } = "";

    /// <summary>评价发现：the facts found (核查情况).</summary>
    public string Facts { get; set; } = "";

    /// <summary>The evaluator's 得分 for 定性 / deduction-scored rows, or a manual override with <see cref="ScoreReason"/>.</summary>
    public decimal? EvaluatorScore { get; set; }

    /// <summary>扣分原因 of a manual or summary deduction.</summary>
    public string ScoreReason { get; set; } = "";

    /// <summary>得分 as the scoring core gave it (null = not scored).</summary>
    public decimal? Score { get; set; }

    /// <summary>The core's Chinese trace of <see cref="Score"/>.</summary>
    public string Trace { get; set; } = "";

    /// <summary>工作底稿: the team's working notes for this indicator.</summary>
    public string WorkPaper { get; set; } = "";

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public List<IndicatorDeduction> Deductions { get; set; } = [];

    public Guid AuditRootId => EvaluationId;
}

/// <summary>One itemised deduction (扣分项) of an indicator, with its mandatory reason.</summary>
public sealed class IndicatorDeduction : Entity, IAuditChild
{
    public Guid IndicatorId { get; set; }

    public Guid EvaluationId { get; set; }

    public int Order { get; set; }

    public decimal Points { get; set; }

    public string Reason { get; set; } = "";

    public Guid AuditRootId => EvaluationId;
}
