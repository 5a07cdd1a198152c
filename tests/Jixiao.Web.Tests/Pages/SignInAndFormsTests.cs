using System.Net;
using System.Text.RegularExpressions;
using Jixiao.App.Projects;
using Jixiao.App.Users;
using Jixiao.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Pages;

public sealed class SignInAndFormsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task WrongPassword_ShowsAChineseMessage_AndFiveFailuresLockTheAccount()
    {
        await using (var scope = web.Factory.Services.CreateAsyncScope())
        {
            var errors = await scope.ServiceProvider.GetRequiredService<AddUser>().Run(new NewUser("locktest", "Lock@2025ab", "Unit", "301003"));
            Assert.Empty(errors);
        }
        var client = web.Anonymous();
        var first = await WebFixture.SignIn(client, "locktest", "wrong-password");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("用户名或密码错误。", await first.Content.ReadAsStringAsync());
        for (var i = 0; i < 4; i++)
        {
            await WebFixture.SignIn(client, "locktest", "wrong-password");
        }
        var locked = await WebFixture.SignIn(client, "locktest", "Lock@2025ab");
        Assert.Contains("登录失败次数过多，账号已锁定，请 15 分钟后再试。", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownUserName_AnswersExactlyLikeARealOne_SoNobodyLearnsWhichNamesExist()
    {
        await using (var scope = web.Factory.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AddUser>().Run(new NewUser("realname", "Real@2025ab", "Unit", "301003")));
        }
        async Task<List<string>> Answers(string userName)
        {
            var client = web.Anonymous();
            var answers = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                var page = await (await WebFixture.SignIn(client, userName, "wrong-password")).Content.ReadAsStringAsync();
                answers.Add(page.Contains("账号已锁定", StringComparison.Ordinal) ? "locked" : page.Contains("用户名或密码错误。", StringComparison.Ordinal) ? "wrong" : "other");
            }
            return answers;
        }
        var real = await Answers("realname");
        Assert.Contains("locked", real);
        Assert.Equal(real, await Answers("nosuchuser"));
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_IsRejected()
    {
        var client = await web.SignedIn("jixiao");
        var response = await client.PostAsync("/Projects/Edit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "无令牌项目" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CreateForm_WithBadValues_ShowsChineseValidationMessages()
    {
        var client = await web.SignedIn("danwei");
        var token = await WebFixture.Token(client, "/Projects/Edit");
        var response = await client.PostAsync("/Projects/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Name"] = "", ["Year"] = "2025", ["Category"] = "Operating",
            ["Lines[0].Source"] = "GeneralBudget", ["Lines[0].FullYearBudget"] = "-1",
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写项目名称。", html);
        Assert.Contains("请选择本地区的预算单位。", html);
        Assert.Contains("一般公共预算：金额不能为负数。", html);
    }

    [Fact]
    public async Task CreateForm_WithUnreadableAmounts_NamesEveryOne_AndSavesNothing()
    {
        var client = await web.SignedIn("jixiao");
        var token = await WebFixture.Token(client, "/Projects/Edit");
        var response = await client.PostAsync("/Projects/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Name"] = "金额格式检查项目", ["Year"] = "2025", ["Category"] = "Operating",
            ["Lines[0].Source"] = "GeneralBudget", ["Lines[0].InitialBudget"] = "12,5", ["Lines[0].FullYearBudget"] = "1e3",
            ["Lines[0].Received"] = "１２３", ["Lines[0].Spent"] = "abc",
        }));
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("一般公共预算·年初预算数：“12,5”不是有效的金额（元）", html);
        Assert.Contains("一般公共预算·全年预算数：“1e3”不是有效的金额（元）", html);
        Assert.Contains("一般公共预算·执行数：“abc”不是有效的金额（元）", html);
        Assert.DoesNotContain("到位数：“", html);
        var found = await WebFixture.Read<Page<ProjectRow>>(await client.GetAsync("/api/v1/projects?search=金额格式检查项目"));
        Assert.Empty(found.Items);
    }

    [Fact]
    public async Task DeletingFromTheDetailPage_NeedsAReason_AndTheReasonIsAudited()
    {
        var client = await web.SignedIn("danwei");
        var row = (await WebFixture.Read<Page<ProjectRow>>(await client.GetAsync("/api/v1/projects?search=教师培训经费&year=2024"))).Items.Single();
        var page = await client.GetStringAsync($"/Projects/Detail/{row.Id}");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Task<HttpResponseMessage> Delete(string reason) => client.PostAsync($"/Projects/Detail/{row.Id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["version"] = row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = reason,
        }));

        var refused = await Delete(" ");
        Assert.Equal($"/Projects/Detail/{row.Id}", refused.Headers.Location!.OriginalString);
        Assert.Contains("删除项目须填写原因。", await client.GetStringAsync($"/Projects/Detail/{row.Id}"));

        var deleted = await Delete("与校本培训合并");
        Assert.Equal("/Projects", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/projects/{row.Id}")).StatusCode);
        await using var scope = web.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Jixiao.App.Data.JixiaoDbContext>();
        Assert.Contains(db.AuditEntries, a => a.RootKey == row.Id.ToString() && a.Action == "删除" && a.Field == "Name" && a.User == "danwei" && a.Reason == "与校本培训合并");
    }
}
