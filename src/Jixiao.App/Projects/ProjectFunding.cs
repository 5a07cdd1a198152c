namespace Jixiao.App.Projects;

/// <summary>Totals and derived rates of a project's funding lines.</summary>
public sealed record ProjectFunding(decimal InitialBudget, decimal FullYearBudget, decimal Received, decimal Spent)
{
    /// <summary>资金到位率 = 到位数 / 全年预算数 (计划投入); null when nothing was planned.</summary>
    public decimal? ReceivedRate => Rate(Received, FullYearBudget);

    /// <summary>预算执行率 = 执行数 / 全年预算数.</summary>
    public decimal? ExecutionRate => Rate(Spent, FullYearBudget);

    public static ProjectFunding Of(IEnumerable<FundingLine> lines)
    {
        var list = lines.ToList();
        return new(list.Sum(l => l.InitialBudget), list.Sum(l => l.FullYearBudget), list.Sum(l => l.Received), list.Sum(l => l.Spent));
    }

    public static decimal? Rate(decimal part, decimal whole) =>
        whole == 0 ? null : decimal.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero);
}
