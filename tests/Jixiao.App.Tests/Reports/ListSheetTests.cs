using System.Globalization;
using Jixiao.App.Batches;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Reports;
using Jixiao.Documents.Tables;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.App.Tests.Reports;

/// <summary>The list downloads hold exactly the rows the list pages show to the same user, read back with the project's TableReader.</summary>
public sealed class ListSheetTests
{
    private static Table Read(ReportFile file)
    {
        Assert.Equal(ReportFormats.Xlsx, file.ContentType);
        return TableReader.Read(file.Bytes, file.FileName).Table!;
    }

    // PostgreSQL keeps the column's scale (98.1000); the sheet holds the number, which reads back as 98.1.
    private static string Score(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory, DatabaseData]
    public async Task EvaluationList_RowsEqualThePageList_ForTheBureauAndForADepartment(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var counts = new List<int>();
        foreach (var user in new[] { "jixiao", "bumen" })
        {
            var scope = await world.UserScopeOf(user);
            await using var s = world.Scope(user);
            var seen = await world.Get<GetEvaluation>(s).List(scope, 2024);
            var table = Read((await world.Get<ListSheets>(s).Evaluations(scope, 2024, null, ReportFormat.Xlsx)).Value!);

            Assert.Equal(["序号", "评价对象", "类型", "被评价单位", "评价机构", "状态", "得分", "等级", "截止日期"], table.Header);
            Assert.Equal(seen.Select((r, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), r.Name, r.Kind, r.SubjectUnit, r.Agency ?? "—", r.StatusText, Score(r.Total), r.Grade ?? "—", Date(r.DueAt) }),
                table.Rows.Select(r => r.Cells.ToArray()));
            counts.Add(seen.Count);
        }
        Assert.True(counts[0] > counts[1] && counts[1] > 0, $"the bureau should see more evaluations than the department, and the department some ({counts[0]}, {counts[1]})");
    }

    [Theory, DatabaseData]
    public async Task FindingList_RowsEqualThePageList_WithItsFilter_ForTheBureauAndForAUnit(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        // A year after the demo's deadlines: open and returned findings are overdue, answered and verified ones are not.
        world.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var counts = new List<int>();
        foreach (var (user, filter) in new[] { ("jixiao", new FindingFilter()), ("jixiao", new FindingFilter(OverdueOnly: true)), ("bumen", new FindingFilter()) })
        {
            var scope = await world.UserScopeOf(user);
            await using var s = world.Scope(user);
            var seen = ListSheets.OverdueFirst(await world.Get<ListFindings>(s).Mine(scope, filter));
            var table = Read((await world.Get<ListSheets>(s).Findings(scope, filter, ReportFormat.Xlsx)).Value!);

            Assert.Equal(seen.Select(f => (f.ProjectName ?? "", f.Problem, f.ResponsibleUnit, Date(f.DueAt), f.StatusText, f.Overdue ? f.DaysOverdue.ToString(CultureInfo.InvariantCulture) : "")),
                table.Rows.Select(r => (r[table.FindColumn("项目")], r[table.FindColumn("存在的问题")], r[table.FindColumn("责任单位")], r[table.FindColumn("整改期限")], r[table.FindColumn("状态")], r[table.FindColumn("逾期天数")])));
            counts.Add(seen.Count);
        }
        Assert.True(counts[0] > counts[1] && counts[1] > 0, $"the overdue filter should keep some findings, not all ({counts[0]}, {counts[1]})");
        Assert.True(counts[0] > counts[2], $"a department sees fewer findings than the bureau ({counts[0]}, {counts[2]})");
    }

    [Theory, DatabaseData]
    public async Task BatchList_IsTheBureausList_AndRefusedToAUnit(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var seen = await world.Get<GetBatch>(s).List(bureau);
        var table = Read((await world.Get<ListSheets>(s).Batches(bureau, ReportFormat.Xlsx)).Value!);

        Assert.Equal(seen.Select(b => new[] { b.Year.ToString(CultureInfo.InvariantCulture), b.Name, b.Projects.ToString(CultureInfo.InvariantCulture), b.Commissioned.ToString(CultureInfo.InvariantCulture), Date(b.DueAt) }),
            table.Rows.Select(r => r.Cells.Skip(1).ToArray()));
        Assert.Contains(DemoBatch.Name, table.Rows.Select(r => r[2]));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await world.Get<ListSheets>(s).Batches(await world.UserScopeOf("danwei"), ReportFormat.Xlsx));
        Assert.False((await world.Get<ListSheets>(s).Batches(bureau, ReportFormat.Docx)).Succeeded);
    }

    [Theory, DatabaseData]
    public async Task BudgetList_InWan_HasTheRowsThePageShows_AndAnExactTotalRow(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var sizes = new List<int>();
        foreach (var user in new[] { "jixiao", "bumen" })
        {
            var scope = await world.UserScopeOf(user);
            await using var s = world.Scope(user);
            var seen = await world.Get<Jixiao.App.Budgets.ListDepartmentBudgets>(s).Run(scope, 2025);
            var table = Read((await world.Get<ListSheets>(s).Budgets(scope, 2025, ReportFormat.Xlsx)).Value!);
            decimal Cell(TableRow row, string column) => decimal.Parse(row[table.FindColumn(column)], CultureInfo.InvariantCulture);

            var lines = table.Rows.Take(table.Rows.Count - 1).ToList();
            Assert.Equal(seen.Select(b => (b.Department, b.BasicExpense / 10000m, b.Total / 10000m)),
                lines.Select(r => (r[table.FindColumn("部门")], Cell(r, "基本支出（万元）"), Cell(r, "合计（万元）"))));
            var total = table.Rows[^1];
            Assert.Equal("合计", total[table.FindColumn("部门")]);
            Assert.Equal(seen.Sum(b => b.Total) / 10000m, Cell(total, "合计（万元）"));
            Assert.Equal(seen.Sum(b => b.ProjectExpense) / 10000m, Cell(total, "项目支出（万元）"));
            sizes.Add(seen.Count);
        }
        Assert.True(sizes[0] > sizes[1] && sizes[1] > 0, $"a department sees only its own budget ({sizes[0]}, {sizes[1]})");
    }
}
