using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

public sealed record MoneyFact(Quantity Amount, AmountRole Role, BudgetBasis Basis);

public enum RateKind
{
    Other,
    Execution,
    Arrival,
    ScoreRate,
    Satisfaction,
    Completion,
}

public sealed record RateFact(Quantity Rate, RateKind Kind);

public enum ScoreKind
{
    /// <summary>"…该指标不扣分，得5分": one indicator's score.</summary>
    Item,

    /// <summary>"合计得10分", "小计": a sum of the item scores just above.</summary>
    Subtotal,

    /// <summary>"权重分为20分，实际得分20分": a first-level section's score.</summary>
    Section,

    /// <summary>"决策类指标得分20分": a first-level score named in a summary sentence.</summary>
    Level,

    /// <summary>"本项目总得分为100分", "评价分值 73.64": the report's total.</summary>
    Total,
}

public sealed record ScoreFact(StatedNumber Score, ScoreKind Kind, string Label, int Line, int Position);

public sealed record WeightFact(StatedNumber Weight, string Label, int Line, int Position);

/// <summary>
/// "X万元，其中：A a万元，B b万元": a stated whole and the parts listed after 其中. <see cref="Total"/> is the
/// nearest figure before 其中; <see cref="Alternatives"/> are the earlier ones of the same sentence, which a
/// sentence like "支出100万元，比上年增加20万元，其中…" may mean instead.
/// </summary>
public sealed record PartsGroup(Quantity Total, IReadOnlyList<Quantity> Parts)
{
    public IReadOnlyList<Quantity> Alternatives { get; init; } = [];
}

public sealed record CountFact(int Count, string Noun, int Line, string Text);

public sealed record SatisfactionFact(string Subject, StatedNumber Percent, int Line);

/// <summary>A third-level indicator as the report states it, from a table or from a list of targets.
/// <see cref="Source"/> is 0 for the sentence list, else the header line of its table.</summary>
public sealed record IndicatorFact(
    string Level1,
    string Level2,
    string Name,
    string NameUnit,
    string Target,
    string Actual,
    StatedNumber? Weight,
    StatedNumber? Completion,
    StatedNumber? Score,
    string Explanation,
    int Line,
    int Source);

public sealed record ListFact(string Title, int HeadingLine, IReadOnlyList<ReportLine> Items);

public sealed record LabeledValue(string Label, string Value, int Line);
