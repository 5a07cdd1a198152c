using System.Net;
using Microsoft.Playwright;

namespace Jixiao.Tests.Infrastructure;

/// <summary>The app on a real loopback port (any free one) and Debian's headless chromium driving it.</summary>
public sealed class BrowserFixture : WebFixture
{
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? playwright;

    public static string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    protected override void Start()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
    }

    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 }, Locale = "zh-CN" });
        // The whole suite shares two cores with several servers and browsers: be patient, this is not a speed test.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPage(string userName)
    {
        var page = await NewPage();
        await page.GotoAsync(BaseUrl + "/Account/SignIn");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Password);
        // Start waiting before the click, and only for the new document's DOM: the sign-in answers with a redirect,
        // and waiting for a full "load" after the fact has hung once on a loaded machine.
        var landed = page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.ClickAsync("button[type=submit]");
        await landed;
        return page;
    }

    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public override async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    private static string FindScreenshotDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.Web.Tests.csproj")))
        {
            dir = dir.Parent;
        }
        var path = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "screenshots-out");
        Directory.CreateDirectory(path);
        return path;
    }
}
