using Jixiao.App.Projects;

namespace Jixiao.Tests.Infrastructure;

public static class ProjectInputs
{
    /// <summary>An edit of a project as its form would post it back, with a new name.</summary>
    public static ProjectInput From(ProjectView p, string name, long version) =>
        new(p.Code, name, p.Year, p.BudgetUnitId, p.FinanceSectionId, p.CategoryValue, p.Description,
            p.FundingLines.Select(l => new FundingLineInput(l.SourceValue!.Value, l.InitialBudget, l.FullYearBudget, l.Received, l.Spent)).ToList(),
            version);
}
