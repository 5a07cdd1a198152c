using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Organisations;

public sealed class OrganisationTests
{
    private static readonly string[] Header = ["序号", "类型", "编码", "名称", "上级单位"];

    [Theory, DatabaseData]
    public async Task Import_AddsOrganisationsInFileOrder_OrNothingWhenARowIsBad(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var admin = await world.UserScopeOf("admin");
        await using var s = world.Scope("admin");
        var import = world.Get<ImportOrganisations>(s);

        var bad = await import.Run(admin, Imports.ProjectImportTests.Xlsx(Header,
            ["1", "主管部门", "", "青禾县水利局", "经济建设股"],
            ["2", "预算单位", "ABC", "青禾县水利工程站", "青禾县水利局"],
            ["3", "预算单位", "301002", "重复编码单位", "青禾县水利局"],
            ["4", "学校", "309001", "某学校", "青禾县水利局"]), "单位.xlsx");
        Assert.Equal(
        [
            new ImportRowError(3, "编码", "预算单位编码应为数字，如 213001。"),
            new ImportRowError(4, "编码", "编码 301002 已存在。"),
            new ImportRowError(5, "类型", "类型“学校”无法识别，应为：财政局、归口科室、主管部门、预算单位、第三方机构。"),
        ], bad.Errors);
        var db = world.Get<JixiaoDbContext>(s);
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "青禾县水利局"));

        var good = await import.Run(admin, Imports.ProjectImportTests.Xlsx(Header,
            ["1", "主管部门", "", "青禾县水利局", "经济建设股"],
            ["2", "预算单位", "309001", "青禾县水利工程站", "青禾县水利局"]), "单位.xlsx");
        Assert.Equal(2, good.Projects);
        var station = await db.Organisations.Include(o => o.Parent).SingleAsync(o => o.Code == "309001");
        Assert.Equal(("青禾县水利局", OrganisationKind.BudgetUnit), (station.Parent!.Name, station.Kind));
    }

    [Theory, DatabaseData]
    public async Task Manage_ChecksParentsAndCodes_AndRefusesToDeleteOrganisationsInUse(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var admin = await world.UserScopeOf("jixiao");
        var department = await world.Organisation("青禾县民政局");
        await using var s = world.Scope("jixiao");
        var manage = world.Get<ManageOrganisations>(s);

        var section = await world.Organisation("行政政法股");
        var wrongParent = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            manage.Create(admin, new OrganisationInput(OrganisationKind.BudgetUnit, "305003", "青禾县救助站", section.Id)));
        Assert.Equal(["预算单位的上级应为主管部门。"], wrongParent.Errors["ParentId"]);

        var id = await manage.Create(admin, new OrganisationInput(OrganisationKind.BudgetUnit, "305003", "青禾县救助站", department.Id));
        var created = await manage.Get(admin, id);
        Assert.Equal(("预算单位", "青禾县民政局", 1L), (created.Kind, created.Parent, created.Version));
        await manage.Update(admin, id, new OrganisationInput(OrganisationKind.BudgetUnit, "305003", "青禾县救助管理站", department.Id, created.Version));
        Assert.Equal("青禾县救助管理站", (await manage.Get(admin, id)).Name);

        var inUse = await Assert.ThrowsAsync<ValidationFailedException>(() => manage.Delete(admin, department.Id));
        Assert.Equal(["该单位仍有下级单位、项目或用户，不能删除。"], inUse.Errors["Id"]);
        await manage.Delete(admin, id);
        await Assert.ThrowsAsync<NotFoundException>(() => manage.Get(admin, id));
        var unit = await world.UserScopeOf("danwei");
        await Assert.ThrowsAsync<ForbiddenException>(() => manage.Delete(unit, department.Id));
    }
}
