using Jixiao.App.Budgets;
using Jixiao.App.Data;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.App.Tests.Budgets;

public sealed class DepartmentBudgetTests
{
    [Theory, DatabaseData]
    public async Task EachRole_SeesTheDepartmentBudgetsItOversees(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var s = world.Scope();
        var list = world.Get<ListDepartmentBudgets>(s);
        async Task<string[]> Seen(string user) =>
            (await list.Run(await world.UserScopeOf(user), 2025)).Select(b => b.Department).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(8, (await Seen("jixiao")).Length);
        Assert.Equal(["青禾县卫生健康局", "青禾县教育局", "青禾县文化和旅游局"], await Seen("guikou"));
        Assert.Equal(["青禾县教育局"], await Seen("bumen"));
        Assert.Equal(["青禾县教育局"], await Seen("danwei"));
        Assert.Empty(await Seen("pingjia"));

        var education = (await list.Run(await world.UserScopeOf("bumen"), 2025)).Single();
        Assert.Equal((3_836_000.00m, 690_480.00m, 4_526_480.00m), (education.PersonnelExpense, education.PublicExpense, education.BasicExpense));
        Assert.Equal(education.Total, education.FunctionalClasses.Sum(c => c.Amount));
        Assert.Equal(["205", "208", "221"], education.FunctionalClasses.Select(c => c.ClassCode));
    }
}
