using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Auditing;
using Jixiao.App.Organisations;
using Jixiao.App.Users;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Tests.Users;

/// <summary>User administration through the API and the pages: who may, what it does to sign-in, what the log keeps.</summary>
public sealed class UserAdminTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("guikou")]
    [InlineData("bumen")]
    [InlineData("danwei")]
    [InlineData("pingjia")]
    [InlineData("zhuanjia")]
    public async Task NonAdminRoles_Get403_OnApiAndPage(string userName)
    {
        var client = await web.SignedIn(userName);

        var list = await client.GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("只有系统管理员或绩效科可以管理用户。", (await list.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        var create = await client.PostAsJsonAsync("/api/v1/users", new UserCreate("sneaky", null, await UnitId(client), "SystemAdmin", "Sneaky@2025"));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Users")).StatusCode);
        Assert.DoesNotContain("href=\"/Users\"", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Admin_CreatesUser_WhoCanSignIn_AndTheCreationIsAudited()
    {
        var admin = await web.SignedIn("admin");
        var unit = await UnitId(admin);

        var created = await admin.PostAsJsonAsync("/api/v1/users", new UserCreate("xinren", "新人甲", unit, "Unit", "Xinren@2025"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await WebFixture.Read<UserView>(created);
        Assert.Equal(("新人甲", "预算单位", false), (user.DisplayName, user.RoleName, user.LockedOut));
        await web.SignedIn("xinren", "Xinren@2025");
        var history = await History(admin, user.Id);
        Assert.Contains(history, a => a.Action == "新增" && a.Field == "Role" && a.NewValue == "预算单位" && a.User == "admin");
    }

    [Fact]
    public async Task Create_WithWeakPasswordOrDuplicateName_ReportsChineseMessagesAtTheField()
    {
        var admin = await web.SignedIn("admin");
        var unit = await UnitId(admin);

        var weak = await admin.PostAsJsonAsync("/api/v1/users", new UserCreate("ruomima", null, unit, "Unit", "abc"));
        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", new UserCreate("danwei", null, unit, "Unit", "Good@2025x"));

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var errors = (await weak.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors;
        Assert.Contains("密码至少 8 位。", errors["Password"]);
        Assert.Contains("密码须包含数字。", errors["Password"]);
        Assert.Equal(["用户名已存在。"], (await duplicate.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["UserName"]);
    }

    [Fact]
    public async Task Performance_CannotGrantSystemAdmin_ButManagesOthers()
    {
        var jixiao = await web.SignedIn("jixiao");
        var unit = await UnitId(jixiao);

        var grant = await jixiao.PostAsJsonAsync("/api/v1/users", new UserCreate("quanli", null, unit, "SystemAdmin", "Quanli@2025"));
        var users = await WebFixture.Read<List<UserView>>(await jixiao.GetAsync("/api/v1/users"));

        Assert.Equal(["只有系统管理员可以授予系统管理员角色。"], (await grant.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["Role"]);
        Assert.DoesNotContain(users, u => u.Role == "SystemAdmin");
        Assert.Contains(users, u => u.UserName == "danwei");
    }

    [Fact]
    public async Task LockedOutUser_CanSignInAgain_AfterUnlock_AndUnlockIsAudited()
    {
        var admin = await web.SignedIn("admin");
        var created = await WebFixture.Read<UserView>(await admin.PostAsJsonAsync("/api/v1/users",
            new UserCreate("suoding", null, await UnitId(admin), "Unit", "Suoding@2025")));
        for (var i = 0; i < 5; i++)
        {
            await WebFixture.SignIn(web.Anonymous(), "suoding", "wrong-password");
        }
        Assert.NotEqual(HttpStatusCode.Redirect, (await WebFixture.SignIn(web.Anonymous(), "suoding", "Suoding@2025")).StatusCode);
        Assert.True((await WebFixture.Read<UserView>(await admin.GetAsync($"/api/v1/users/{created.Id}"))).LockedOut);

        var unlocked = await admin.PostAsJsonAsync($"/api/v1/users/{created.Id}/unlock", new UserReason("本人电话确认"));

        Assert.False((await WebFixture.Read<UserView>(unlocked)).LockedOut);
        await web.SignedIn("suoding", "Suoding@2025");
        Assert.Contains(await History(admin, created.Id), a => a.Field == "LockedOut" && a.OldValue == "已锁定" && a.Reason == "本人电话确认");
    }

    [Fact]
    public async Task ChangeRole_ResetPassword_AndDisable_AreAuditedWithOldNewAndReason()
    {
        var admin = await web.SignedIn("admin");
        var organisations = await WebFixture.Read<List<OrganisationView>>(await admin.GetAsync("/api/v1/organisations?kind=Department"));
        var created = await WebFixture.Read<UserView>(await admin.PostAsJsonAsync("/api/v1/users",
            new UserCreate("bianggeng", "变更乙", await UnitId(admin), "Unit", "Bian@2025gx")));

        var changed = await WebFixture.Read<UserView>(await admin.PutAsJsonAsync($"/api/v1/users/{created.Id}",
            new UserChange("Department", organisations[0].Id, null, "调岗")));
        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{created.Id}/password", new PasswordReset("Xinmima@2026", "忘记密码"));
        await web.SignedIn("bianggeng", "Xinmima@2026");
        var noReason = await admin.PostAsJsonAsync($"/api/v1/users/{created.Id}/disable", new UserReason(" "));
        var disabled = await WebFixture.Read<UserView>(await admin.PostAsJsonAsync($"/api/v1/users/{created.Id}/disable", new UserReason("离职")));

        Assert.Equal(("主管部门", organisations[0].Name), (changed.RoleName, changed.Organisation));
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True(disabled.Disabled);
        Assert.NotEqual(HttpStatusCode.Redirect, (await WebFixture.SignIn(web.Anonymous(), "bianggeng", "Xinmima@2026")).StatusCode);
        var history = await History(admin, created.Id);
        Assert.Contains(history, a => a.Field == "Role" && a.OldValue == "预算单位" && a.NewValue == "主管部门" && a.Reason == "调岗");
        Assert.Contains(history, a => a.Field == "Password" && a.Reason == "忘记密码" && a.OldValue == null);
        Assert.Contains(history, a => a.Field == "Disabled" && a.NewValue == "已停用" && a.Reason == "离职");
    }

    [Fact]
    public async Task Page_CreateForm_ShowsPasswordRuleAtTheField_AndListShowsNewUser()
    {
        var admin = await web.SignedIn("admin");
        var unit = await UnitId(admin);
        var token = await WebFixture.Token(admin, "/Users/Edit");
        var form = new Dictionary<string, string>
        {
            ["UserName"] = "yemian", ["DisplayName"] = "页面丙", ["OrganisationId"] = unit.ToString(), ["Role"] = "Unit",
            ["Password"] = "short", ["__RequestVerificationToken"] = token,
        };

        var bad = await admin.PostAsync("/Users/Edit", new FormUrlEncodedContent(form));
        form["Password"] = "Yemian@2025";
        var good = await admin.PostAsync("/Users/Edit", new FormUrlEncodedContent(form));

        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Password\"", html);
        Assert.Contains("密码至少 8 位。", html);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("页面丙", await admin.GetStringAsync("/Users"));
    }

    private static async Task<Guid> UnitId(HttpClient client)
    {
        var units = await WebFixture.Read<List<OrganisationView>>(await client.GetAsync("/api/v1/organisations?kind=BudgetUnit"));
        return units.First(u => u.Code == "301002").Id;
    }

    private static async Task<List<AuditEntry>> History(HttpClient client, string id) =>
        await WebFixture.Read<List<AuditEntry>>(await client.GetAsync($"/api/v1/users/{id}/history"));
}
