using Jixiao.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Reviews;

/// <summary>A reviewer uploads the aketao self-evaluation in chromium and follows a finding to its line.</summary>
public sealed class ReviewBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reviewer_UploadsAketao_SeesCountsFindingsAndMarkedLines()
    {
        var page = await web.SignedInPage("jixiao");
        await page.ClickAsync("nav >> text=报告复核");
        await page.WaitForURLAsync("**/Reviews");
        await page.SetInputFilesAsync("input[name=Report]", ReviewEndpointTests.SamplePath(ReviewEndpointTests.Aketao));
        await BrowserFixture.Shot(page, "review-01-upload");
        await page.ClickAsync("#upload button[type=submit]");
        await page.WaitForURLAsync("**/Reviews/*-*");

        Assert.Equal("单位绩效自评报告", (await page.TextContentAsync("h1 small"))?.Trim());
        Assert.Equal("0", (await page.TextContentAsync("#count-error"))?.Trim());
        Assert.NotEqual("0", (await page.TextContentAsync("#count-warning"))?.Trim());
        var mismatch = page.Locator("#findings li[data-code=count-mismatch].sev-warning", new() { HasText = "22 个三级指标" });
        Assert.Equal(1, await mismatch.CountAsync());
        await mismatch.Locator("a[href='#L203']").ClickAsync();
        await page.WaitForURLAsync("**#L203");
        Assert.Equal("sev-warning", await page.GetAttributeAsync("#L203", "class"));
        Assert.Contains("22", await page.TextContentAsync("#L203 .tx"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "review-03-line203.png") });
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "review-02-detail.png") });

        await page.ClickAsync(".crumbs a[href='/Reviews']");
        await page.WaitForURLAsync("**/Reviews");
        Assert.Equal(ReviewEndpointTests.Aketao, (await page.TextContentAsync("#reviews tbody tr:first-child td:first-child a"))?.Trim());
    }
}
