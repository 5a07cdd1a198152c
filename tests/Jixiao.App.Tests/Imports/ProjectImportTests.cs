using System.Text;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Documents.Tables;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Imports;

public sealed class ProjectImportTests
{
    private static readonly string[] Header = ["序号", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）", "资金来源"];

    internal static byte[] Xlsx(string[] header, params string[][] rows)
    {
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(stream, header, rows, "项目清单");
        return stream.ToArray();
    }

    [Theory, DatabaseData]
    public async Task ValidFile_CreatesOneProjectPerUnitAndName_WithAFundingLinePerSource(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("jixiao");
        var file = Xlsx(Header,
            ["1", "教科文股", "[301002]青禾县第一中学", "图书馆改造", "120.5", "一般公共预算"],
            ["2", "教科文股", "[301002]青禾县第一中学", "图书馆改造", "30.123456", "上级转移支付"],
            ["3", "", "[304001]青禾县交通运输局机关", "桥梁安全检测", "85", "政府性基金"]);
        await using var s = world.Scope("jixiao");

        var result = await world.Get<ImportProjects>(s).Run(user, file, "清单.xlsx", 2026);

        Assert.Equal((2, 3, 0), (result.Projects, result.FundingLines, result.Errors.Count));
        var db = world.Get<JixiaoDbContext>(s);
        var library = await db.Projects.Include(p => p.FundingLines).Include(p => p.FinanceSection).SingleAsync(p => p.Name == "图书馆改造");
        Assert.Equal(("2026-301002-001", 2026, "教科文股"), (library.Code, library.Year, library.FinanceSection!.Name));
        Assert.Equal(1_506_234.56m, library.BudgetTotal);
        var transfer = library.FundingLines.Single(l => l.Source == FundingSource.SuperiorTransfer);
        Assert.Equal((301_234.56m, 301_234.56m, 0m), (transfer.InitialBudget, transfer.FullYearBudget, transfer.Spent));
        var bridge = await db.Projects.Include(p => p.FinanceSection).SingleAsync(p => p.Name == "桥梁安全检测");
        Assert.Equal("经济建设股", bridge.FinanceSection!.Name);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RootKey == library.Id.ToString() && a.Reason == "导入 清单.xlsx" && a.User == "jixiao"));
    }

    [Theory, DatabaseData]
    public async Task BadRows_WriteNothing_AndEveryBadRowIsReportedWithRowColumnAndMessage(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("jixiao");
        var file = Xlsx(Header,
            ["1", "教科文股", "[301002]青禾县第一中学", "操场改造", "50", "一般公共预算"],
            ["2", "教科文股", "[301002]青禾县第一中学", "实验室建设", "十万", "一般公共预算"],
            ["3", "教科文股", "[999999]不存在的单位", "体育器材", "12", "一般公共预算"],
            ["4", "教科文股", "[301002]青禾县第一中学", "操场改造", "8", "一般公共预算资金"],
            ["5", "教科文股", "[301002]青禾县第一中学", "教师培训经费", "10", "一般公共预算"],
            ["6", "教科文股", "[301002]青禾县第一中学", "心理健康教育", "6", "彩票公益金"]);
        await using var s = world.Scope();
        var db = world.Get<JixiaoDbContext>(s);
        var before = await db.Projects.CountAsync();

        var result = await world.Get<ImportProjects>(s).Run(user, file, "清单.xlsx", 2025);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            new ImportRowError(3, "预算批复金额（万元）", "预算批复金额“十万”不是有效的数字。"),
            new ImportRowError(4, "实施单位", "找不到编码为 999999 的预算单位。"),
            new ImportRowError(5, "资金来源", "项目“操场改造”的资金来源“一般公共预算”重复（与第 2 行相同）。"),
            new ImportRowError(6, "项目名称", "2025 年已有该单位的同名项目“教师培训经费”（编码 2025-301002-002），不能重复导入。"),
            new ImportRowError(7, "资金来源", "资金来源“彩票公益金”无法识别，应为：一般公共预算、政府性基金、国有资本经营预算、上级转移支付、上年结转、其他。"),
        ], result.Errors);
        Assert.Equal(before, await db.Projects.CountAsync());
        Assert.False(await db.Projects.AnyAsync(p => p.Name == "操场改造"));
    }

    [Theory, DatabaseData]
    public async Task UnreadableFiles_AreRefusedWithAChineseReason(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("jixiao");
        await using var s = world.Scope();
        var import = world.Get<ImportProjects>(s);

        var empty = await import.Run(user, [], "空.xlsx", 2025);
        Assert.Equal("文件“空.xlsx”是空的", Assert.Single(empty.Errors).Message);

        var renamed = await import.Run(user, Encoding.UTF8.GetBytes("这不是表格，只是一段文字。"), "项目.xlsx", 2025);
        Assert.StartsWith("“项目.xlsx”不是有效的Excel工作簿（.xlsx）", Assert.Single(renamed.Errors).Message);

        var wrongSheet = await import.Run(user, Xlsx(Header, ["1", "", "[301002]青禾县第一中学", "甲", "1", "其他"]), "项目.xlsx", 2025, sheet: "Sheet9");
        Assert.Contains("Sheet9", Assert.Single(wrongSheet.Errors).Message);

        var otherTable = await import.Run(user, Xlsx(["指标名称", "分值"], ["产出", "50"]), "指标.xlsx", 2025);
        Assert.Equal("文件“指标.xlsx”中找不到表头行（应包含“项目名称”、“实施单位”之一）", Assert.Single(otherTable.Errors).Message);

        var headerOnly = await import.Run(user, Xlsx(Header), "空表.xlsx", 2025);
        Assert.Equal(new ImportRowError(1, "", "文件中没有项目数据。"), Assert.Single(headerOnly.Errors));

        var missingColumn = await import.Run(user, Xlsx(["序号", "实施单位", "项目名称", "资金来源"], ["1", "[301002]x", "甲", "其他"]), "缺列.xlsx", 2025);
        Assert.Equal(["缺少“归口科室”列。", "缺少“预算批复金额（万元）”列。"], missingColumn.Errors.Select(e => e.Message));
    }

    [Theory, DatabaseData]
    public async Task UnitStaff_CannotImportProjectsForAnotherUnit(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("danwei");
        await using var s = world.Scope();
        var result = await world.Get<ImportProjects>(s).Run(user,
            Xlsx(Header, ["1", "", "[301002]青禾县第一中学", "自己的项目", "1", "其他"], ["2", "", "[302002]青禾县人民医院", "别人的项目", "1", "其他"]),
            "清单.xlsx", 2026);
        Assert.Equal(new ImportRowError(3, "实施单位", "无权为“[302002]青禾县人民医院”导入项目。"), Assert.Single(result.Errors));

        var evaluator = await world.UserScopeOf("pingjia");
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Get<ImportProjects>(s).Run(evaluator, [1], "x.xlsx", 2026));
    }

    [Theory, DatabaseData]
    public async Task Export_WritesTheImportColumns_AndReimportsToTheSameCents(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("jixiao");
        await using var s = world.Scope();
        var bytes = await world.Get<ProjectSheet>(s).Export(user, new ProjectFilter(Year: 2025, Search: "校舍维修改造工程"));

        var table = TableReader.Read(bytes, "导出.xlsx").Table!;
        Assert.Equal(ProjectSheet.Columns, table.Header);
        Assert.Equal(["1", "2025-301002-001", "教科文股", "[301002]青禾县第一中学", "校舍维修改造工程", "238", "一般公共预算"], table.Rows[0].Cells);
        Assert.Equal("41.23506", table.Rows[1][5]);

        var again = await world.Get<ImportProjects>(s).Run(user, bytes, "导出.xlsx", 2027);
        Assert.True(again.Succeeded);
        var copy = await world.Get<JixiaoDbContext>(s).Projects.SingleAsync(p => p.Year == 2027);
        Assert.Equal((2_792_350.60m, "2025-301002-001"), (copy.BudgetTotal, copy.Code));
    }
}
