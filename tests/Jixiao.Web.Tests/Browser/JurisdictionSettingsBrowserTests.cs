using Jixiao.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Browser;

/// <summary>The performance section edits the grade bands in chromium: a wrong value is explained at the field, a right one is saved.</summary>
public sealed class JurisdictionSettingsBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PerformanceSection_FixesGradeBands_AfterSeeingTheMessageAtTheField()
    {
        var page = await web.SignedInPage("jixiao");
        await page.ClickAsync("nav >> text=评分设置");
        await page.WaitForURLAsync("**/Jurisdiction/Settings");
        await page.FillAsync("input[name='Form.Excellent']", "70");
        await page.FillAsync("textarea[name=Reason]", "按市局通知调整等级分数线");
        await page.ClickAsync("button:has-text('保存设置')");

        Assert.Equal("等级分数线应满足 优 > 良 > 中 ≥ 0，当前为 优 70、良 80、中 60", (await page.TextContentAsync("#gradeBands .field-error"))?.Trim());
        await BrowserFixture.Shot(page, "settings-01-error");

        await page.FillAsync("input[name='Form.Excellent']", "85");
        await page.FillAsync("input[name='Form.Good']", "75");
        await page.SelectOptionAsync("select[name='Form.ReverseRule']", "Ratio");
        await page.ClickAsync("button:has-text('保存设置')");
        await page.WaitForSelectorAsync(".alert.ok");

        Assert.Equal("评分设置已保存，修改原因已记入审计日志。", (await page.TextContentAsync(".alert.ok"))?.Trim());
        Assert.Equal("85", await page.InputValueAsync("input[name='Form.Excellent']"));
        Assert.Equal("Ratio", await page.InputValueAsync("select[name='Form.ReverseRule']"));
        await BrowserFixture.Shot(page, "settings-02-saved");

        await page.ClickAsync("text=内置指标框架");
        await page.WaitForSelectorAsync("#framework-project");
        await BrowserFixture.Shot(page, "settings-03-frameworks");
    }
}
