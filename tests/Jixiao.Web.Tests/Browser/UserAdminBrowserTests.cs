using Jixiao.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Browser;

/// <summary>The admin creates an account in chromium: a weak password is explained at the field, then the user appears in the list.</summary>
public sealed class UserAdminBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_CreatesUser_AfterSeeingThePasswordRuleAtTheField()
    {
        var page = await web.SignedInPage("admin");
        await page.ClickAsync("nav >> text=用户");
        await page.WaitForURLAsync("**/Users");
        await page.ClickAsync("text=新增用户");
        await page.FillAsync("input[name=UserName]", "liuming");
        await page.FillAsync("input[name=DisplayName]", "刘明");
        await page.SelectOptionAsync("select[name=OrganisationId]", new Microsoft.Playwright.SelectOptionValue { Label = "预算单位 · [301002]青禾县第一中学" });
        await page.SelectOptionAsync("select[name=Role]", "Unit");
        await page.FillAsync("input[name=Password]", "liuming1");
        await page.ClickAsync("button:has-text('保存')");

        Assert.Equal("密码须包含大写字母。", (await page.TextContentAsync("[data-valmsg-for=Password]"))?.Trim());
        await BrowserFixture.Shot(page, "users-01-error");

        await page.FillAsync("input[name=Password]", "Liuming@2025");
        await page.ClickAsync("button:has-text('保存')");
        await page.WaitForSelectorAsync(".alert.ok");

        Assert.Equal("用户已创建。", (await page.TextContentAsync(".alert.ok"))?.Trim());
        Assert.Contains("刘明", await page.TextContentAsync("table.grid") ?? "");
        await BrowserFixture.Shot(page, "users-02-list");
    }
}
