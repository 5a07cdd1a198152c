using Jixiao.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>The performance section creates a key-evaluation batch, picks projects by amount with reasons, commissions the agency.</summary>
public sealed class BatchBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Bureau_CreatesABatch_PicksLargeProjectsWithReasons_AndCommissionsTheAgency()
    {
        var page = await web.SignedInPage("jixiao");
        await page.ClickAsync("nav >> text=评价批次");
        await page.FillAsync("#Name", "2024年度财政重点绩效评价");
        await page.FillAsync("#Year", "2024");
        await page.ClickAsync("button:has-text('创建')");
        await page.WaitForSelectorAsync("text=批次已创建，请选取项目。");

        await page.FillAsync("[aria-label='最低金额（万元）']", "1000");
        await page.ClickAsync("form.filters button:has-text('筛选')");
        await page.WaitForURLAsync("**MinWan=1000**");
        Assert.Equal(["高标准农田建设", "老旧小区改造", "城乡最低生活保障资金"], await page.Locator("form[action*=Pick] tbody td:nth-child(3)").AllTextContentsAsync());
        await page.CheckAsync("[aria-label='选取 高标准农田建设']");
        await page.CheckAsync("[aria-label='选取 老旧小区改造']");
        await page.FillAsync("[aria-label='高标准农田建设 选取理由']", "资金量大，涉及粮食安全");
        await page.ClickAsync("button:has-text('加入批次')");
        Assert.Contains("请填写选取“老旧小区改造”的理由。", await page.TextContentAsync(".alert.error"));
        Assert.Equal("资金量大，涉及粮食安全", await page.InputValueAsync("[aria-label='高标准农田建设 选取理由']"));
        await page.FillAsync("[aria-label='老旧小区改造 选取理由']", "民生项目，群众关注度高");
        await page.ClickAsync("button:has-text('加入批次')");
        await page.WaitForSelectorAsync("text=已加入批次。");

        await page.SelectOptionAsync("[aria-label='第三方机构']", new SelectOptionValue { Label = "青禾正信会计师事务所" });
        await page.ClickAsync("button:has-text('委托')");
        await page.WaitForSelectorAsync("text=已委托第三方机构。");
        var rows = await page.Locator("table.batch tbody tr").AllTextContentsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("青禾正信会计师事务所", r));
        Assert.Contains(rows, r => r.Contains("老旧小区改造") && r.Contains("民生项目，群众关注度高"));
        await BrowserFixture.Shot(page, "evaluations-08-batch");
    }
}
