using Jixiao.Documents.Tables;
using Jixiao.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>What a user does in headless chromium: sign in, list, filter, create, edit, import. Screenshots go to screenshots-out/.</summary>
public sealed class BrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignIn_ThenListAndFilterProjects()
    {
        var page = await web.NewPage();
        await page.GotoAsync(web.BaseUrl + "/Projects");
        await page.WaitForURLAsync("**/Account/SignIn**");
        await page.FillAsync("#UserName", "jixiao");
        await page.FillAsync("#Password", "wrong-password");
        await page.ClickAsync("button[type=submit]");
        Assert.Equal("用户名或密码错误。", (await page.TextContentAsync(".alert.error"))?.Trim());
        await BrowserFixture.Shot(page, "01-signin");

        await page.FillAsync("#Password", WebFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/Projects");
        Assert.Equal(20, await page.Locator("table.grid tbody tr").CountAsync());
        await BrowserFixture.Shot(page, "02-projects");
        await page.SelectOptionAsync("select[name=year]", "2024");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForURLAsync("**year=2024**");
        Assert.Equal("共 20 个项目", (await page.TextContentAsync(".summary"))?.Trim());

        await page.SelectOptionAsync("select[name=year]", "2025");
        await page.SelectOptionAsync("select[name=department]", new SelectOptionValue { Label = "青禾县教育局" });
        await page.FillAsync("input[name=minWan]", "100");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForURLAsync("**minWan=100**");
        Assert.Equal("共 4 个项目", (await page.TextContentAsync(".summary"))?.Trim());
        await page.ClickAsync("text=全年预算（万元）");
        var first = await page.TextContentAsync("table.grid tbody tr:first-child td:nth-child(2) a");
        Assert.Equal("学前教育保教费补助", first);
        await BrowserFixture.Shot(page, "03-filtered");
    }

    [Fact]
    public async Task CreateThenEditAProject_ShowsRatesAndHistory()
    {
        var page = await web.SignedInPage("danwei");
        Assert.Equal("我的待办", (await page.TextContentAsync("h1"))?.Trim());
        await page.ClickAsync("nav >> text=项目");
        await page.ClickAsync("text=新建项目");
        await page.FillAsync("#Name", "校园安防系统升级");
        await page.FillAsync("#Year", "2025");
        await page.SelectOptionAsync("#BudgetUnitId", new SelectOptionValue { Label = "[301002]青禾县第一中学" });
        await page.FillAsync("#Description", "教学楼及宿舍监控、门禁改造。");
        await page.FillAsync("[aria-label='一般公共预算 年初预算数']", "600000");
        await page.FillAsync("[aria-label='一般公共预算 全年预算数']", "600000");
        await page.FillAsync("[aria-label='一般公共预算 到位数']", "450000");
        await page.FillAsync("[aria-label='一般公共预算 执行数']", "300000");
        await page.FillAsync("[aria-label='上年结转 全年预算数']", "85000.50");
        await BrowserFixture.Shot(page, "04-create");
        await page.ClickAsync("button:has-text('保存')");
        await page.WaitForURLAsync("**/Projects/Detail/**");
        Assert.Equal("项目已创建。", (await page.TextContentAsync(".alert.ok"))?.Trim());
        var total = page.Locator("table.funding tr.total td");
        Assert.Equal(["合计", "60.00", "68.50", "45.00", "30.00", "65.69%", "43.80%"], await total.AllTextContentsAsync());

        await page.ClickAsync("text=编辑");
        await page.FillAsync("[aria-label='一般公共预算 执行数']", "420000");
        await page.FillAsync("#Reason", "补录第三季度支出");
        await page.ClickAsync("button:has-text('保存')");
        await page.WaitForURLAsync("**/Projects/Detail/**");
        Assert.Equal("61.31%", (await total.AllTextContentsAsync())[6]);
        var history = await page.Locator("table.history tbody tr").AllTextContentsAsync();
        Assert.Contains(history, row => row.Contains("资金·一般公共预算") && row.Contains("执行数") && row.Contains("300,000.00") && row.Contains("420,000.00") && row.Contains("补录第三季度支出"));
        await BrowserFixture.Shot(page, "05-detail-history");
    }

    [Fact]
    public async Task Import_ShowsRowErrorsFirst_ThenImportsTheCorrectedFile()
    {
        string[] header = ["序号", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）", "资金来源"];
        var bad = Path.Combine(Path.GetTempPath(), $"import-bad-{Guid.NewGuid():N}.xlsx");
        var good = Path.Combine(Path.GetTempPath(), $"import-good-{Guid.NewGuid():N}.xlsx");
        TableWriter.WriteXlsx(bad, header, [
            ["1", "经济建设股", "[303002]青禾县农业技术推广中心", "农机购置补贴", "320", "上级转移支付"],
            ["2", "经济建设股", "[303002]青禾县农业技术推广中心", "农机购置补贴", "四十", "一般公共预算"],
            ["3", "经济建设股", "[909090]青禾县不存在中心", "土壤检测", "12", "一般公共预算"]]);
        TableWriter.WriteXlsx(good, header, [
            ["1", "经济建设股", "[303002]青禾县农业技术推广中心", "农机购置补贴", "320", "上级转移支付"],
            ["2", "经济建设股", "[303002]青禾县农业技术推广中心", "农机购置补贴", "40", "一般公共预算"]]);
        var page = await web.SignedInPage("jixiao");
        await page.GotoAsync(web.BaseUrl + "/Projects/Import");
        await page.FillAsync("#Year", "2026");
        await page.SetInputFilesAsync("#Upload", bad);
        await page.ClickAsync("button:has-text('导入')");
        var errors = await page.Locator("table.errors tbody tr").AllTextContentsAsync();
        Assert.Equal(2, errors.Count);
        Assert.Contains("预算批复金额“四十”不是有效的数字。", errors[0]);
        Assert.Contains("找不到编码为 909090 的预算单位。", errors[1]);
        await BrowserFixture.Shot(page, "06-import-errors");

        await page.FillAsync("#Year", "2026");
        await page.SetInputFilesAsync("#Upload", good);
        await page.ClickAsync("button:has-text('导入')");
        await page.WaitForURLAsync("**/Projects?year=2026");
        Assert.Equal("导入成功：1 个项目，2 条资金来源。", (await page.TextContentAsync(".alert.ok"))?.Trim());
        Assert.Equal("360.00", (await page.TextContentAsync("table.grid tbody tr:first-child td.num"))?.Trim());
        await BrowserFixture.Shot(page, "07-imported");
        File.Delete(bad);
        File.Delete(good);
    }

    [Fact]
    public async Task OrganisationsPage_ListsTheCountyByKind_AndAddsAUnit()
    {
        var page = await web.SignedInPage("admin");
        await page.ClickAsync("nav >> text=单位");
        await page.SelectOptionAsync("select[name=kind]", "Department");
        await page.ClickAsync("form.filters button[type=submit]");
        Assert.Equal("共 8 个单位", (await page.TextContentAsync(".summary"))?.Trim());
        await BrowserFixture.Shot(page, "08-organisations");

        await page.ClickAsync("text=新增单位");
        await page.SelectOptionAsync("#Kind", "BudgetUnit");
        await page.FillAsync("#Code", "abc");
        await page.FillAsync("#Name", "青禾县图书馆");
        await page.SelectOptionAsync("#ParentId", new SelectOptionValue { Label = "主管部门 · 青禾县文化和旅游局" });
        await page.ClickAsync("button:has-text('保存')");
        Assert.Contains("预算单位编码应为数字，如 213001。", await page.TextContentAsync(".validation-summary-errors"));
        await page.FillAsync("#Code", "308002");
        await page.ClickAsync("button:has-text('保存')");
        await page.WaitForURLAsync("**/Organisations");
        Assert.Equal("单位已保存。", (await page.TextContentAsync(".alert.ok"))?.Trim());

        await page.ClickAsync("nav >> text=部门预算");
        await page.SelectOptionAsync("select[name=year]", "2025");
        await page.ClickAsync("form.filters button[type=submit]");
        Assert.Equal(8, await page.Locator("table.grid tbody tr").CountAsync());
        await BrowserFixture.Shot(page, "09-department-budgets");
    }
}
