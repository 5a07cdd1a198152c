using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Jixiao.Scoring.Rules;

namespace Jixiao.App.Targets;

/// <summary>One third-level indicator of a target table; the target text is stored as typed and read by the scoring core.</summary>
public sealed class TargetIndicator : Entity, IAuditChild
{
    public Guid SheetId { get; set; }

    public int Order { get; set; }

    public string Level1 { get; set; } = "";

    public string Level2 { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>计量单位 as declared; defaults to the unit in the target text.</summary>
    public string Unit { get; set; } = "";

    /// <summary>分值 (weight).</summary>
    public decimal Points { get; set; }

    /// <summary>年度指标值 as typed, e.g. "≥95%"; always readable by TargetParser once saved.</summary>
    public string TargetText { get; set; } = "";

    /// <summary>指标方向 when declared; the indicator's kind still decides the rule.</summary>
    public IndicatorDirection? Direction { get; set; }

    public Guid AuditRootId => SheetId;
}
