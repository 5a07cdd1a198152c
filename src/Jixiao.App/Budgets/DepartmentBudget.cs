using Jixiao.App.Data;

namespace Jixiao.App.Budgets;

/// <summary>A department's budget for one year: 基本支出 (人员经费 + 公用经费) and 项目支出, in 元.</summary>
public sealed class DepartmentBudget : Entity, IOwned
{
    public Guid JurisdictionId { get; set; }

    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    /// <summary>人员经费</summary>
    public decimal PersonnelExpense { get; set; }

    /// <summary>公用经费</summary>
    public decimal PublicExpense { get; set; }

    /// <summary>项目支出</summary>
    public decimal ProjectExpense { get; set; }

    /// <summary>基本支出 = 人员经费 + 公用经费</summary>
    public decimal BasicExpense => PersonnelExpense + PublicExpense;

    public decimal Total => BasicExpense + ProjectExpense;

    public List<FunctionalClassAmount> FunctionalClasses { get; set; } = [];
}

/// <summary>The part of a department budget under one functional class (e.g. 社会保障和就业支出).</summary>
public sealed class FunctionalClassAmount : Entity
{
    public Guid DepartmentBudgetId { get; set; }

    /// <summary>Class code as in the 政府收支分类科目, e.g. 208.</summary>
    public required string ClassCode { get; set; }

    public required string ClassName { get; set; }

    public decimal Amount { get; set; }
}
