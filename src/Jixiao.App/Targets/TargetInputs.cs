using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;

namespace Jixiao.App.Targets;

/// <summary>One indicator row as a form, the API or an imported sheet sends it.</summary>
public sealed record TargetIndicatorInput(string? Level1, string? Level2, string? Name, string? Unit, decimal? Points, string? TargetText, IndicatorDirection? Direction = null)
{
    /// <summary>A row with nothing of its own typed (template rows carry only their levels) is left out.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(TargetText) && string.IsNullOrWhiteSpace(Unit) && Points is null;
}

/// <summary>The whole table; Version is the sheet version the user saw (optimistic concurrency).</summary>
public sealed record TargetSheetInput(string? OverallGoal, IReadOnlyList<TargetIndicatorInput> Indicators, long? Version = null);

public static class TargetTemplates
{
    public static Framework FrameworkOf(string? id) => BuiltInFrameworks.ById(id ?? "") ?? BuiltInFrameworks.SelfEvaluation;

    /// <summary>The template's skeleton: one empty row per second level (budget execution is scored from money, not a row).</summary>
    public static IReadOnlyList<TargetIndicatorInput> Skeleton(string? frameworkId) =>
        FrameworkOf(frameworkId).Levels.Where(l => !l.IsBudgetExecution)
            .SelectMany(l => l.Children.Select(c => new TargetIndicatorInput(l.Name, c.Name, null, null, null, null)))
            .ToList();
}
