using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.App.Data;
using Jixiao.App.Jurisdictions;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Settings;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Api;

/// <summary>The jurisdiction's scoring settings: everyone reads, only the bureau changes, with reasons, versions and Chinese messages.</summary>
public sealed class JurisdictionSettingsTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Api = "/api/v1/jurisdiction/settings";

    private sealed record Update(JurisdictionSettings Settings, long Version, string? Reason);

    private static async Task<JurisdictionSettingsView> Current(HttpClient client) =>
        await WebFixture.Read<JurisdictionSettingsView>(await client.GetAsync(Api));

    private static Task<HttpResponseMessage> Put(HttpClient client, JurisdictionSettings settings, long version, string? reason) =>
        client.PutAsJsonAsync(Api, new Update(settings, version, reason), WebFixture.Json);

    [Theory]
    [InlineData("admin", true)]
    [InlineData("jixiao", true)]
    [InlineData("guikou", false)]
    [InlineData("bumen", false)]
    [InlineData("danwei", false)]
    [InlineData("pingjia", false)]
    [InlineData("zhuanjia", false)]
    public async Task EveryoneReadsTheSettings_OnlyTheBureauChangesThem(string userName, bool mayChange)
    {
        var client = await web.SignedIn(userName);

        var view = await Current(client);
        Assert.Equal(mayChange, view.CanChange);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Jurisdiction/Settings")).StatusCode);
        var changed = view.Settings with { ExecutionWeight = view.Settings.ExecutionWeight };
        var put = await Put(client, changed, view.Version, $"{userName} 复核设置");
        if (mayChange)
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            Assert.Equal(view.Version + 1, (await WebFixture.Read<JurisdictionSettingsView>(put)).Version);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
            var problem = await put.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("只有绩效科或系统管理员可以修改本地区的评分设置。", problem.GetProperty("detail").GetString());
            Assert.Equal(view.Version, (await Current(client)).Version);
            var token = await WebFixture.Token(client, "/Jurisdiction/Settings");
            var post = await client.PostAsync("/Jurisdiction/Settings", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Excellent"] = "85", ["Form.Good"] = "75", ["Form.Fair"] = "60", ["Reason"] = "越权", ["Version"] = view.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
    }

    [Fact]
    public async Task ImpossibleValues_Are400_WithTheCoresChineseMessagesPerField()
    {
        var client = await web.SignedIn("jixiao");
        var view = await Current(client);
        var broken = view.Settings with
        {
            GradeBands = new GradeBands(70m, 80m, 60m),
            Monitoring = new MonitoringThresholds(0.9m, 0.8m, 1.2m),
        };

        var put = await Put(client, broken, view.Version, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("等级分数线应满足 优 > 良 > 中 ≥ 0，当前为 优 70、良 80、中 60", detail);
        var errors = problem.GetProperty("errors");
        Assert.Equal("监控预警阈值应满足 0 < 黄灯 < 绿灯 ≤ 蓝灯（如 0.6、0.8、1.2）", errors.GetProperty("monitoring")[0].GetString());
        Assert.Equal("请填写修改原因（写入审计日志）。", errors.GetProperty("reason")[0].GetString());
        Assert.Equal(view.Version, (await Current(client)).Version);
    }

    [Fact]
    public async Task ABodyWithoutSettings_Is400_NotACrash()
    {
        var client = await web.SignedIn("admin");

        var put = await client.PutAsJsonAsync(Api, new { version = 1, reason = "空" });
        var nullSection = await client.PutAsync(Api, new StringContent("""{ "version": 1, "reason": "空", "settings": { "gradeBands": null } }""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("请提供地区设置。", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, nullSection.StatusCode);
        Assert.Equal("缺少等级分数线", (await nullSection.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("gradeBands")[0].GetString());
    }

    [Fact]
    public async Task AChange_IsStored_ReadByTheCoresLoader_AndAuditedWithItsReason()
    {
        var client = await web.SignedIn("jixiao");
        var view = await Current(client);
        var eightyFifty = view.Settings with
        {
            GradeBands = new GradeBands(80m, 70m, 60m),
            QualitativeBands = QualitativeBands.EightyFifty,
            ReverseRule = ReverseRule.Ratio,
            ExecutionWeight = 20m,
        };

        var put = await Put(client, eightyFifty, view.Version, "按省厅2026年口径调整等级分数线");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await Current(client);
        Assert.Equal(eightyFifty, saved.Settings);
        var loaded = SettingsJson.FromJson(saved.Document);
        Assert.True(loaded.IsSuccess);
        Assert.Equal(Grade.Excellent, loaded.Settings!.GradeBands.GradeOf(80m));
        Assert.Equal(Grade.Good, loaded.Settings.GradeBands.GradeOf(79.9m));
        Assert.Equal(0.50m, loaded.Settings.QualitativeBands.PartlyFrom);

        await using var scope = web.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var audit = (await db.AuditEntries.AsNoTracking().Where(a => a.Entity == "Jurisdiction" && a.Field == "SettingsJson").ToListAsync())
            .Single(a => a.Reason == "按省厅2026年口径调整等级分数线");
        Assert.Equal("jixiao", audit.User);
        Assert.Contains("\"executionWeight\": 20", audit.NewValue);
        Assert.Contains("\"reverseRule\": \"Ratio\"", audit.NewValue);
        Assert.DoesNotContain("\"executionWeight\": 20", audit.OldValue);
    }

    [Fact]
    public async Task AStaleVersion_Is409_AndTheNewerChangeStays()
    {
        var first = await web.SignedIn("jixiao");
        var second = await web.SignedIn("admin");
        var view = await Current(first);

        var win = await Put(first, view.Settings with { ExecutionWeight = 15m }, view.Version, "先改");
        var lose = await Put(second, view.Settings with { ExecutionWeight = 30m }, view.Version, "后改");

        Assert.Equal(HttpStatusCode.OK, win.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lose.StatusCode);
        var problem = await lose.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("数据已被他人修改", problem.GetProperty("title").GetString());
        Assert.Equal(15m, (await Current(second)).Settings.ExecutionWeight);
    }

    [Fact]
    public async Task Page_ShowsCoreMessageAtTheField_AndKeepsWhatWasTyped()
    {
        var client = await web.SignedIn("jixiao");
        var view = await Current(client);
        var token = await WebFixture.Token(client, "/Jurisdiction/Settings");
        var form = new Dictionary<string, string>
        {
            ["Form.Name"] = "青禾县", ["Form.Excellent"] = "90", ["Form.Good"] = "80", ["Form.Fair"] = "60",
            ["Form.AchievedFrom"] = "0.5", ["Form.PartlyFrom"] = "0.6", ["Form.ReverseRule"] = "Ratio", ["Form.EqualRule"] = "Exact",
            ["Form.OverAchievementEnabled"] = "true", ["Form.PositiveRatio"] = "1.3", ["Form.ReverseRatio"] = "0.7",
            ["Form.ExecutionWeight"] = "abc", ["Form.MinOutputAndBenefitShare"] = "0.6",
            ["Form.Yellow"] = "0.6", ["Form.Green"] = "0.8", ["Form.Blue"] = "1.2",
            ["Reason"] = "改定性档次", ["Version"] = view.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token,
        };

        var html = await (await client.PostAsync("/Jurisdiction/Settings", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        Assert.Contains("“abc”不是有效的数值。", Section(html, "executionWeight"));

        form["Form.ExecutionWeight"] = "10";
        var response = await client.PostAsync("/Jurisdiction/Settings", new FormUrlEncodedContent(form));
        html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("定性等级分界应满足 1 ≥ 达成下限 > 部分达成下限 > 0（如 0.8 与 0.6）", Section(html, "qualitativeBands"));
        Assert.Contains("value=\"0.5\"", Section(html, "qualitativeBands"));
        Assert.Equal(view.Version, (await Current(client)).Version);
    }

    [Fact]
    public async Task DownloadedSettingsFile_UploadsBackWithChanges_AndFrameworksDownloadAsJson()
    {
        var client = await web.SignedIn("jixiao");
        var view = await Current(client);
        var download = await client.GetAsync("/Jurisdiction/Settings?handler=Download");
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var file = SettingsJson.FromJson(await download.Content.ReadAsStringAsync());
        Assert.Equal(view.Settings, file.Settings);

        var changed = (file.Settings! with { EqualRule = EqualRule.Exact, Monitoring = new MonitoringThresholds(0.5m, 0.8m, 1.3m) }).ToJson();
        var token = await WebFixture.Token(client, "/Jurisdiction/Settings");
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(changed)), "document", "qinghe.json" },
            { new StringContent("导入市局下发的设置文件"), "Reason" },
            { new StringContent(view.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/Jurisdiction/Settings?handler=Upload", upload)).StatusCode);
        var now = await Current(client);
        Assert.Equal((EqualRule.Exact, 0.5m, 1.3m), (now.Settings.EqualRule, now.Settings.Monitoring.Yellow, now.Settings.Monitoring.Blue));

        var broken = new MultipartFormDataContent
        {
            { new ByteArrayContent("{ \"gradeBands\": { \"excellent\": 50 } "u8.ToArray()), "document", "broken.json" },
            { new StringContent("试试"), "Reason" },
            { new StringContent(now.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
            { new StringContent(await WebFixture.Token(client, "/Jurisdiction/Settings")), "__RequestVerificationToken" },
        };
        var html = await (await client.PostAsync("/Jurisdiction/Settings?handler=Upload", broken)).Content.ReadAsStringAsync();
        Assert.Contains("地区设置文件不是有效的JSON", html);

        var frameworks = await client.GetStringAsync("/Jurisdiction/Frameworks");
        Assert.Contains("项目支出绩效自评表", frameworks);
        var project = await client.GetStringAsync("/Jurisdiction/Frameworks?handler=Download&id=project");
        var (framework, error) = FrameworkJson.FromJson(project);
        Assert.Null(error);
        Assert.Equal([20m, 20m, 40m, 20m], framework!.Levels.Select(l => l.Points));
    }

    /// <summary>The decoded HTML of the form block with this id (up to the next block), so messages are checked at their field.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no block {id}");
        var end = html.IndexOf("id=\"", start + 5, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[start..(end < 0 ? html.Length : end)]);
    }
}
