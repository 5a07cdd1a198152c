using Jixiao.App.Auditing;
using Jixiao.App.Data;

namespace Jixiao.App.SelfEvaluations;

/// <summary>The unit's answer for one target indicator: what was achieved, the score the core gave, why it deviates, the evidence.</summary>
public sealed class SelfEvaluationEntry : Entity, IAuditChild
{
    public Guid EvaluationId { get; set; }

    public Guid IndicatorId { get; set; }

    public int Order { get; set; }

    /// <summary>实际完成值 as typed; readable by TargetParser once saved.</summary>
    public string ActualText { get; set; } = "";

    /// <summary>The score the unit chose for a 定性 indicator (inside the band of its level).</summary>
    public decimal? ChosenScore { get; set; }

    /// <summary>得分 as the scoring core computed it (null = not scored).</summary>
    public decimal? Score { get; set; }

    /// <summary>偏差原因分析及改进措施</summary>
    public string Explanation { get; set; } = "";

    /// <summary>佐证材料说明</summary>
    public string Evidence { get; set; } = "";

    public Guid AuditRootId => EvaluationId;
}
