using Jixiao.App.Access;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Budgets;

public sealed record FunctionalClassView(string ClassCode, string ClassName, decimal Amount);

/// <summary>A department's budget in 元: 基本支出 = 人员经费 + 公用经费, plus 项目支出, and the split by functional class.</summary>
public sealed record DepartmentBudgetView(
    Guid Id, Guid DepartmentId, string Department, int Year,
    decimal PersonnelExpense, decimal PublicExpense, decimal BasicExpense, decimal ProjectExpense, decimal Total,
    IReadOnlyList<FunctionalClassView> FunctionalClasses, long Version = 0);

public sealed class ListDepartmentBudgets(JixiaoDbContext db)
{
    public async Task<IReadOnlyList<DepartmentBudgetView>> Run(UserScope scope, int? year, CancellationToken ct = default)
    {
        var query = db.DepartmentBudgets.AsNoTracking().VisibleTo(db.Organisations, scope);
        if (year is { } y)
        {
            query = query.Where(b => b.Year == y);
        }
        var budgets = await query.Include(b => b.FunctionalClasses).ToListAsync(ct);
        var ids = budgets.Select(b => b.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return budgets
            .Select(b => new DepartmentBudgetView(b.Id, b.OrganisationId, names[b.OrganisationId], b.Year,
                b.PersonnelExpense, b.PublicExpense, b.BasicExpense, b.ProjectExpense, b.Total,
                b.FunctionalClasses.OrderBy(c => c.ClassCode, StringComparer.Ordinal).Select(c => new FunctionalClassView(c.ClassCode, c.ClassName, c.Amount)).ToList(), b.Version))
            .OrderByDescending(b => b.Year).ThenByDescending(b => b.Total).ToList();
    }
}
