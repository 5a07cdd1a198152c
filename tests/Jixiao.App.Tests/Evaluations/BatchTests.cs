using Jixiao.App.Batches;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Evaluations;

public sealed class BatchTests
{
    [Theory, DatabaseData]
    public async Task Candidates_FilterByCategory_AsWellAsAmountDepartmentAndSource(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var db = world.Get<JixiaoDbContext>(s);
        var list = world.Get<ListProjects>(s);
        foreach (var category in Enum.GetValues<ProjectCategory>())
        {
            var expected = await db.Projects.Where(p => p.Year == 2024 && p.Category == category && p.BudgetTotal >= 1_000_000m).Select(p => p.Id).OrderBy(x => x).ToListAsync();
            var page = await list.Run(bureau, new ProjectFilter(Year: 2024, MinAmount: 1_000_000m, PageSize: 500, Category: category));
            Assert.Equal(expected, page.Items.Select(p => p.Id).OrderBy(x => x));
            Assert.All(page.Items, p => Assert.Equal(category.ToChinese(), p.Category));
        }
        Assert.True(await db.Projects.Select(p => p.Category).Distinct().CountAsync() > 1, "the demo should hold more than one category, or the filter is untested");
    }

    [Theory, DatabaseData]
    public async Task PerformanceSection_PicksProjectsWithReasons_CommissionsAnAgency_AndSeesTotalsBySource(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var manage = world.Get<ManageBatches>(s);
        var db = world.Get<JixiaoDbContext>(s);
        var farmland = await db.Projects.AsNoTracking().SingleAsync(p => p.Year == 2024 && p.Name == "高标准农田建设");
        var housing = await db.Projects.AsNoTracking().SingleAsync(p => p.Year == 2024 && p.Name == "老旧小区改造");
        var old = await db.Projects.AsNoTracking().SingleAsync(p => p.Year == 2025 && p.Name == "老旧小区改造");

        var id = await manage.Create(bureau, new NewBatch("2024年度财政重点绩效评价", 2024, new DateTime(2025, 9, 30)));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => manage.AddProjects(bureau, id,
            [new BatchPick(farmland.Id, "资金量大"), new BatchPick(housing.Id, " "), new BatchPick(old.Id, "民生")]));
        Assert.Equal(["请填写选取“老旧小区改造”的理由。", "“老旧小区改造”是 2025 年项目，本批次评价 2024 年项目。"], refused.Errors["Picks"]);
        await manage.AddProjects(bureau, id, [new BatchPick(farmland.Id, "资金量大，涉及粮食安全"), new BatchPick(housing.Id, "民生项目，群众关注度高")]);
        var agency = await world.Organisation("青禾正信会计师事务所");
        await manage.Commission(bureau, id, agency.Id, null);

        var view = await world.Get<GetBatch>(s).Run(bureau, id);
        Assert.Equal(["老旧小区改造", "高标准农田建设"], view.Projects.Select(p => p.Name).Order());
        Assert.All(view.Projects, p => Assert.Equal("青禾正信会计师事务所", p.Agency));
        Assert.Equal(farmland.BudgetTotal + housing.BudgetTotal, view.BudgetTotal);
        Assert.Equal(view.BudgetTotal, view.BySource.Values.Sum());
        Assert.Contains("上级转移支付", view.BySource.Keys);
        Assert.Contains(await db.AuditEntries.Where(a => a.RootKey == id.ToString()).ToListAsync(), a => a.Field == "AgencyId" && a.Reason == "委托青禾正信会计师事务所");
    }

    [Theory, DatabaseData]
    public async Task OnlyThePerformanceSection_OrganisesKeyEvaluations(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var s = world.Scope();
        foreach (var user in new[] { "danwei", "bumen", "guikou", "pingjia" })
        {
            var e = await Assert.ThrowsAsync<ForbiddenException>(async () => await world.Get<ManageBatches>(s).Create(await world.UserScopeOf(user), new NewBatch("批次", 2024, new DateTime(2025, 9, 30))));
            Assert.Equal("只有财政局绩效科可以组织重点评价。", e.Message);
        }
        await Assert.ThrowsAsync<ForbiddenException>(async () => await world.Get<GetBatch>(s).List(await world.UserScopeOf("danwei")));
    }
}
