using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Access;

public sealed class ScopeTests
{
    [Theory, DatabaseData]
    public async Task EachRole_SeesExactlyItsOwnProjects(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var s = world.Scope();
        var db = world.Get<JixiaoDbContext>(s);
        var all = await db.Projects.Include(p => p.BudgetUnit).Include(p => p.Department).Include(p => p.FinanceSection).AsNoTracking().ToListAsync();
        var expected = new Dictionary<string, Func<Project, bool>>
        {
            ["admin"] = _ => true,
            ["jixiao"] = _ => true,
            ["guikou"] = p => p.FinanceSection!.Name == "教科文股",
            ["bumen"] = p => p.Department!.Name == "青禾县教育局",
            ["danwei"] = p => p.BudgetUnit!.Code == "301002",
            ["pingjia"] = _ => false,
            ["zhuanjia"] = _ => false,
        };
        foreach (var (userName, rule) in expected)
        {
            var scope = await world.UserScopeOf(userName);
            var seen = await db.Projects.VisibleTo(scope).Select(p => p.Id).OrderBy(id => id).ToListAsync();
            Assert.Equal(all.Where(rule).Select(p => p.Id).OrderBy(id => id), seen);
        }
        Assert.Equal(4, all.Count(expected["danwei"]));
        Assert.Equal(10, all.Count(expected["bumen"]));
    }

    [Theory, DatabaseData]
    public async Task Unit_CannotReadEditOrMoveProjectsOfAnotherUnit(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var unit = await world.UserScopeOf("danwei");
        var admin = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("danwei");
        var other = (await world.Get<ListProjects>(s).Run(admin, new ProjectFilter(Search: "智慧校园建设", Year: 2025))).Items.Single();
        var otherView = await world.Get<GetProject>(s).Run(admin, other.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => world.Get<GetProject>(s).Run(unit, other.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Get<SaveProject>(s).Update(unit, other.Id, ProjectInputs.From(otherView, "改名", otherView.Version)));
        var foreign = await Assert.ThrowsAsync<ForbiddenException>(() => world.Get<SaveProject>(s).Create(unit,
            new ProjectInput(null, "越权项目", 2025, other.BudgetUnitId, null, ProjectCategory.Operating, null, [])));
        Assert.Equal("只能在本单位（本部门、本科室）范围内新建或修改项目。", foreign.Message);
    }

    [Theory, DatabaseData]
    public async Task DuplicateSourceAndNegativeAmounts_AreRejectedWithChineseMessages(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("danwei");
        var unit = await world.Organisation("301002");
        await using var s = world.Scope();
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Get<SaveProject>(s).Create(user,
            new ProjectInput(null, "", 2025, unit.Id, null, ProjectCategory.Operating, null,
                [new(FundingSource.GeneralBudget, 1m, 1m, 0m, 0m), new(FundingSource.GeneralBudget, -5m, 1m, 0m, 0m)])));
        Assert.Equal(["请填写项目名称。"], error.Errors["Name"]);
        Assert.Contains("资金来源重复：一般公共预算。", error.Errors["FundingLines"]);
        Assert.Contains("一般公共预算：金额不能为负数。", error.Errors["FundingLines"]);
    }
}
