using Jixiao.App.Data;

namespace Jixiao.App.Projects;

/// <summary>One source of a project's money, in 元.</summary>
public sealed class FundingLine : Entity
{
    public Guid ProjectId { get; set; }

    public FundingSource Source { get; set; }

    /// <summary>年初预算数</summary>
    public decimal InitialBudget { get; set; }

    /// <summary>全年预算数 (after adjustments, carry-over included)</summary>
    public decimal FullYearBudget { get; set; }

    /// <summary>到位数</summary>
    public decimal Received { get; set; }

    /// <summary>执行数</summary>
    public decimal Spent { get; set; }
}
