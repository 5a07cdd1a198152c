using Jixiao.App.Batches;
using Jixiao.App.Data;
using Jixiao.App.Tests.Imports;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Evaluations;

public sealed class BatchImportTests
{
    private static readonly string[] Header = ["序号", "项目编码", "项目名称", "选取理由"];

    [Theory, DatabaseData]
    public async Task Annex1List_WithBadRows_PicksNothing_AndNamesEachRowAndColumn_ThenAGoodListPicksThroughAddProjects(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var db = world.Get<JixiaoDbContext>(s);
        var farmland = await db.Projects.AsNoTracking().SingleAsync(p => p.Year == 2024 && p.Name == "高标准农田建设");
        var housing = await db.Projects.AsNoTracking().SingleAsync(p => p.Year == 2024 && p.Name == "老旧小区改造");
        var later = await db.Projects.AsNoTracking().SingleAsync(p => p.Year == 2025 && p.Name == "老旧小区改造");
        var id = await world.Get<ManageBatches>(s).Create(bureau, new NewBatch("2024年度财政重点绩效评价（导入）", 2024, new DateTime(2025, 9, 30)));
        var import = world.Get<ImportBatchProjects>(s);

        var bad = ProjectImportTests.Xlsx(Header,
            ["1", farmland.Code, farmland.Name, "资金量大"],
            ["2", housing.Code, "老旧小区", "民生项目"],
            ["3", later.Code, later.Name, "民生项目"],
            ["4", "2024-999999-001", "", "资金量大"],
            ["5", farmland.Code, "", "重复"],
            ["6", housing.Code, "", ""]);
        var refused = await import.Run(bureau, id, bad, "附件1.xlsx");

        Assert.Equal([(3, "项目名称"), (4, "项目编码"), (5, "项目编码"), (6, "项目编码"), (7, "选取理由"), (7, "项目编码")], refused.Errors.Select(e => (e.Row, e.Column)));
        Assert.Equal(
        [
            $"项目名称“老旧小区”与编码“{housing.Code}”的项目“老旧小区改造”不一致。",
            "“老旧小区改造”是 2025 年项目，本批次评价 2024 年项目。",
            "找不到编码为“2024-999999-001”的项目（或无权查看）。",
            "“高标准农田建设”与第 2 行重复。",
            "请填写选取“老旧小区改造”的理由。",
            "“老旧小区改造”与第 3 行重复。",
        ], refused.Errors.Select(e => e.Message));
        Assert.Empty((await world.Get<GetBatch>(s).Run(bureau, id)).Projects);

        var good = ProjectImportTests.Xlsx(Header, ["1", farmland.Code, farmland.Name, "资金量大，涉及粮食安全"], ["2", housing.Code, "", "民生项目"]);
        var picked = await import.Run(bureau, id, good, "附件1.xlsx");
        Assert.True(picked.Succeeded);
        Assert.Equal(2, picked.Projects);
        var view = await world.Get<GetBatch>(s).Run(bureau, id);
        Assert.Equal([("老旧小区改造", "民生项目"), ("高标准农田建设", "资金量大，涉及粮食安全")], view.Projects.Select(p => (p.Name, p.Reason)).OrderBy(p => p.Name, StringComparer.Ordinal));
        Assert.Contains(await db.AuditEntries.Where(a => a.RootKey == id.ToString()).ToListAsync(), a => a.Reason == "导入 附件1.xlsx" && a.User == "jixiao");

        var again = await import.Run(bureau, id, good, "附件1.xlsx");
        Assert.Equal(["“高标准农田建设”已在本批次中。", "“老旧小区改造”已在本批次中。"], again.Errors.Select(e => e.Message));
    }

    [Theory, DatabaseData]
    public async Task Annex1List_WithoutTheReasonColumn_IsRefusedWithTheHeaderRow(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var id = await world.Get<ManageBatches>(s).Create(bureau, new NewBatch("导入批次", 2024, new DateTime(2025, 9, 30)));
        var result = await world.Get<ImportBatchProjects>(s).Run(bureau, id, ProjectImportTests.Xlsx(["项目编码", "项目名称"], ["2024-301002-001", ""]), "附件1.xlsx");
        Assert.Equal((1, "选取理由", "缺少“选取理由”列。"), (result.Errors.Single().Row, result.Errors.Single().Column, result.Errors.Single().Message));
    }
}
