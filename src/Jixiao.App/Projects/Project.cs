using Jixiao.App.Data;
using Jixiao.App.Organisations;

namespace Jixiao.App.Projects;

/// <summary>A budget project of one unit in one year. Owned by its budget unit.</summary>
public sealed class Project : Entity, IOwned
{
    public Guid JurisdictionId { get; set; }

    public Guid OrganisationId => BudgetUnitId;

    public required string Code { get; set; }

    public required string Name { get; set; }

    public int Year { get; set; }

    public Guid BudgetUnitId { get; set; }

    public Organisation? BudgetUnit { get; set; }

    public Guid DepartmentId { get; set; }

    public Organisation? Department { get; set; }

    public Guid? FinanceSectionId { get; set; }

    public Organisation? FinanceSection { get; set; }

    public ProjectCategory Category { get; set; } = ProjectCategory.SpecificPurpose;

    public string Description { get; set; } = "";

    public List<FundingLine> FundingLines { get; set; } = [];

    /// <summary>
    /// 全年预算数 over all lines, kept with the lines so lists can filter and sort by amount in SQL.
    /// </summary>
    public decimal BudgetTotal { get; set; }

    public void RecomputeTotals() => BudgetTotal = FundingLines.Sum(l => l.FullYearBudget);
}
