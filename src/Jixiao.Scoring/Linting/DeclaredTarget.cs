using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;

namespace Jixiao.Scoring.Linting;

/// <summary>A declared indicator as written in a target table: the raw target text is kept so unreadable ones can be reported.</summary>
public sealed record DeclaredTarget(string Level1, string Level2, string Name, decimal? Points, string? TargetText, IndicatorDirection? Direction = null);

/// <summary>What the linter may compare against: the project budget (万元) and the framework whose weights must add up.</summary>
public sealed record LintOptions
{
    public decimal? BudgetWanYuan { get; init; }
    public Framework? Framework { get; init; }

    /// <summary>The stated total the weights must reach; defaults to the framework's total, else 100.</summary>
    public decimal? ExpectedTotal { get; init; }

    /// <summary>Leave out first levels the table does not carry (预算执行率 is scored from money, not a row).</summary>
    public bool SkipBudgetExecutionLevel { get; init; } = true;
}

/// <summary>Finding codes of the target linter.</summary>
public static class LintCodes
{
    public const string Unreadable = "target-unreadable";
    public const string Vague = "target-vague";
    public const string UnitMissing = "unit-missing";
    public const string UnitUnfitting = "unit-unfitting";
    public const string OperatorDirection = "operator-direction";
    public const string CostWrittenEqual = "cost-written-equal";
    public const string StrictOperator = "strict-operator";
    public const string Duplicate = "indicator-duplicate";
    public const string CostOverBudget = "cost-over-budget";
    public const string WeightsSum = "weights-sum";
    public const string LevelWeightsSum = "level-weights-sum";
    public const string WeightNotPositive = "weight-not-positive";
}
