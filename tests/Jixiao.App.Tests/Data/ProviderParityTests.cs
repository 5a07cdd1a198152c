using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Data;

public sealed class ProviderParityTests
{
    [Theory, DatabaseData]
    public async Task Demo_LoadsTheWholeCounty_OnEveryProvider(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var scope = world.Scope();
        var db = world.Get<JixiaoDbContext>(scope);

        Assert.Equal(15, await db.Organisations.CountAsync(o => o.Kind == App.Organisations.OrganisationKind.BudgetUnit));
        Assert.Equal(8, await db.Organisations.CountAsync(o => o.Kind == App.Organisations.OrganisationKind.Department));
        Assert.Equal(3, await db.Organisations.CountAsync(o => o.Kind == App.Organisations.OrganisationKind.FinanceSection));
        Assert.Equal(40, await db.Projects.CountAsync());
        Assert.Equal([2024, 2025], await db.Projects.Select(p => p.Year).Distinct().OrderBy(y => y).ToListAsync());
        Assert.Equal(16, await db.DepartmentBudgets.CountAsync());
    }

    [Theory, DatabaseData]
    public async Task Money_SortsFiltersAndSumsToTheCent_OnEveryProvider(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var scope = await world.UserScopeOf("jixiao");
        await using var services = world.Scope();
        var list = world.Get<ListProjects>(services);

        var byAmount = await list.Run(scope, new ProjectFilter(Year: 2025, Sort: ProjectSort.Amount, Descending: true, PageSize: 100));
        Assert.Equal("高标准农田建设", byAmount.Items[0].Name);
        Assert.Equal(16_500_000.00m, byAmount.Items[0].BudgetTotal);
        Assert.True(byAmount.Items.Zip(byAmount.Items.Skip(1)).All(pair => pair.First.BudgetTotal >= pair.Second.BudgetTotal));

        // 校舍维修改造工程 2025: 2,380,000.00 + 412,350.60 carries cents through storage.
        var range = await list.Run(scope, new ProjectFilter(Year: 2025, MinAmount: 2_792_350.60m, MaxAmount: 2_792_350.60m));
        Assert.Equal("校舍维修改造工程", Assert.Single(range.Items).Name);

        var db = world.Get<JixiaoDbContext>(services);
        var lines = await db.FundingLines.Where(l => l.Source == FundingSource.CarryOver).Select(l => l.FullYearBudget).ToListAsync();
        Assert.Contains(186_420.35m, lines);
    }

    [Theory, DatabaseData]
    public async Task DepartmentBudget_BasicIsPersonnelPlusPublic_AndClassesAddUpToTheCent(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var scope = world.Scope();
        var db = world.Get<JixiaoDbContext>(scope);
        var budgets = await db.DepartmentBudgets.Include(b => b.FunctionalClasses).ToListAsync();

        Assert.All(budgets, b =>
        {
            Assert.Equal(b.PersonnelExpense + b.PublicExpense, b.BasicExpense);
            Assert.Equal(b.Total, b.FunctionalClasses.Sum(c => c.Amount));
        });
        var education = budgets.Single(b => b.Year == 2025 && b.FunctionalClasses.Any(c => c.ClassCode == "205"));
        Assert.Equal(3_836_000.00m, education.PersonnelExpense);
        Assert.Equal(690_480.00m, education.PublicExpense);
    }
}
