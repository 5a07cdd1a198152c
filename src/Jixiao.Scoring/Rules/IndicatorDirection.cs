namespace Jixiao.Scoring.Rules;

/// <summary>A declared direction (the 指标方向 column): 正向, 反向, 等于, 定性.</summary>
public enum IndicatorDirection
{
    Positive,
    Reverse,
    Equal,
    Qualitative,
}

/// <summary>The rule an indicator is scored by.</summary>
public enum ScoringMethod
{
    /// <summary>正向: B ≥ A full, else B/A × W.</summary>
    Positive,

    /// <summary>反向: B ≤ A full, else by the jurisdiction's reverse rule.</summary>
    Reverse,

    /// <summary>等于: as 正向 (or exact, per settings); target 0 means "none allowed".</summary>
    Equal,

    /// <summary>区间: inside full; below as 正向 against the low end; above as 反向 against the high end.</summary>
    Range,

    /// <summary>定性: the evaluator's score must lie in the band of the chosen level.</summary>
    Qualitative,

    /// <summary>预算执行率: min(B/A, 1) × W.</summary>
    BudgetExecution,

    /// <summary>扣分制: W minus the stated deductions.</summary>
    Deduction,

    /// <summary>人工评分 with a mandatory reason.</summary>
    Manual,
}

public static class DirectionText
{
    public static string ToChinese(this IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.Positive => "正向",
        IndicatorDirection.Reverse => "反向",
        IndicatorDirection.Equal => "等于",
        IndicatorDirection.Qualitative => "定性",
    };

    public static string ToChinese(this ScoringMethod method) => method switch
    {
        ScoringMethod.Positive => "正向",
        ScoringMethod.Reverse => "反向",
        ScoringMethod.Equal => "等于",
        ScoringMethod.Range => "区间",
        ScoringMethod.Qualitative => "定性",
        ScoringMethod.BudgetExecution => "预算执行率",
        ScoringMethod.Deduction => "扣分制",
        ScoringMethod.Manual => "人工评分",
    };

    /// <summary>Reads 正向/反向/等于/定性 (also 正/反/中性/区间→null, 定量→null).</summary>
    public static IndicatorDirection? FromChinese(string? text) => text?.Trim() switch
    {
        "正向" or "正" or "正向指标" or "越大越好" => IndicatorDirection.Positive,
        "反向" or "反" or "反向指标" or "越小越好" => IndicatorDirection.Reverse,
        "等于" or "=" or "等于指标" => IndicatorDirection.Equal,
        "定性" or "定性指标" => IndicatorDirection.Qualitative,
        _ => null,
    };
}
