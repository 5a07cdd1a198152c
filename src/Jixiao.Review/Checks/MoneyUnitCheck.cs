using Jixiao.Review.Facts;

namespace Jixiao.Review.Checks;

/// <summary>
/// unit-mismatch for money: the same figure written once in 万元 and once in 元 ("预算192.05万元" …
/// "预算192.05元") — one of the two units is wrong, and sums across them go astray by ten thousand times.
/// </summary>
public sealed class MoneyUnitCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var money = context.Report.Money.Where(m => m.Amount.Unit is "元" or "万元" && m.Amount.Value >= 1m).ToList();
        context.Budget.Step(money.Count * 2);
        foreach (var figure in money.GroupBy(m => m.Amount.Stated.ToString()))
        {
            var inWan = figure.FirstOrDefault(m => m.Amount.Unit == "万元");
            var inYuan = figure.FirstOrDefault(m => m.Amount.Unit == "元" && (inWan is null || SameRole(m, inWan)));
            if (inWan is null || inYuan is null)
            {
                continue;
            }

            var lines = new[] { inWan.Amount.Line, inYuan.Amount.Line };
            yield return Finding.Of(FindingCodes.UnitMismatch, Severity.Warning,
                $"同一金额 {inWan.Amount.Stated} 在第{inWan.Amount.Line}行写为“万元”（{inWan.Amount.Label}），在第{inYuan.Amount.Line}行写为“元”（{inYuan.Amount.Label}）：两处单位必有一处有误，相差一万倍。",
                lines, ("value", inWan.Amount.Value));
        }
    }

    static bool SameRole(MoneyFact a, MoneyFact b) => a.Role == b.Role || a.Role == AmountRole.Other || b.Role == AmountRole.Other;
}
