namespace Jixiao.Review.Facts;

/// <summary>What a money amount stands for in the report (DOMAIN §2).</summary>
public enum AmountRole
{
    Other,
    /// <summary>A unit's or department's whole budget/income (收入预算总额, 部门预算).</summary>
    WholeBudget,
    Budget,
    Arrived,
    Executed,
    BasicExpense,
    Personnel,
    PublicExpense,
    ProjectExpense,
    Functional,
    FundSource,
}

/// <summary>年初 (as first approved) vs 全年 (after adjustments and carry-over) — they differ legitimately.</summary>
public enum BudgetBasis
{
    Unspecified,
    Initial,
    FullYear,
}

public static class AmountRoleNames
{
    public static string Chinese(AmountRole role) => role switch
    {
        AmountRole.Other => "金额",
        AmountRole.WholeBudget => "预算总额",
        AmountRole.Budget => "预算数",
        AmountRole.Arrived => "到位数",
        AmountRole.Executed => "执行数",
        AmountRole.BasicExpense => "基本支出",
        AmountRole.Personnel => "人员经费",
        AmountRole.PublicExpense => "公用经费",
        AmountRole.ProjectExpense => "项目支出",
        AmountRole.Functional => "功能分类支出",
        AmountRole.FundSource => "资金来源",
    };
}
