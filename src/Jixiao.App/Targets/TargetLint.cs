using Jixiao.Scoring.Linting;

namespace Jixiao.App.Targets;

/// <summary>The scoring core's target linter over a table as typed, with the project's budget for the cost check.</summary>
public static class TargetLint
{
    public static IReadOnlyList<Finding> Run(IEnumerable<TargetIndicatorInput> rows, decimal budgetYuan, string? frameworkId)
    {
        var declared = rows.Where(r => !r.IsBlank)
            .Select(r => new DeclaredTarget(r.Level1?.Trim() ?? "", r.Level2?.Trim() ?? "", r.Name?.Trim() ?? "", r.Points, r.TargetText?.Trim(), r.Direction))
            .ToList();
        return TargetLinter.Lint(declared, new LintOptions { BudgetWanYuan = budgetYuan / 10000m, Framework = TargetTemplates.FrameworkOf(frameworkId) });
    }

    public static TargetIndicatorInput ToInput(this TargetIndicator i) => new(i.Level1, i.Level2, i.Name, i.Unit, i.Points, i.TargetText, i.Direction);
}
