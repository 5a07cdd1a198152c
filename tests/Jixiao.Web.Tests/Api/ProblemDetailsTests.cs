using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Tests.Api;

public sealed class ProblemDetailsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Anonymous_ApiCall_Gets401ProblemDetails_NotARedirect()
    {
        var response = await web.Anonymous().GetAsync("/api/v1/projects");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(("未登录", "请先登录后再访问。"), (problem!.Title, problem.Detail));
    }

    [Fact]
    public async Task Anonymous_Page_RedirectsToTheChineseSignInPage()
    {
        var client = web.Anonymous();
        var response = await client.GetAsync("/Projects");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
        Assert.Contains("请使用本单位分配的账号登录", await client.GetStringAsync("/Account/SignIn"));
    }

    [Fact]
    public async Task Healthz_IsAnonymous_AndOkWhenTheDatabaseAnswers()
    {
        var response = await web.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaleVersion_Gets409_AndInvalidInput400_WithChineseMessages()
    {
        var client = await web.SignedIn("jixiao");
        var row = (await WebFixture.Read<Page<ProjectRow>>(await client.GetAsync("/api/v1/projects?search=城区绿化养护&year=2025"))).Items.Single();
        var view = await WebFixture.Read<ProjectView>(await client.GetAsync($"/api/v1/projects/{row.Id}"));

        var first = await client.PutAsJsonAsync($"/api/v1/projects/{row.Id}", ProjectInputs.From(view, "城区绿化养护（一）", view.Version), WebFixture.Json);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/projects/{row.Id}", ProjectInputs.From(view, "城区绿化养护（二）", view.Version), WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(("数据已被他人修改", "保存前该记录已被其他用户修改，请刷新后重试。"), (conflict!.Title, conflict.Detail));

        var invalid = await client.PostAsJsonAsync("/api/v1/projects", ProjectInputs.From(view, "", 0) with { Code = null, Year = 1990 }, WebFixture.Json);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var validation = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal("输入有误", validation!.Title);
        Assert.Equal(["请填写项目名称。"], validation.Errors["Name"]);
        Assert.Equal(["年度应在 2000 至 2100 之间。"], validation.Errors["Year"]);

        var missing = await client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("项目不存在或无权查看。", (await missing.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheProjectEndpoints_AndTheReferencePageIsServed()
    {
        var client = web.Anonymous();
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/projects/{id}", document);
        Assert.Contains("/api/v1/organisations", document);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public async Task ProjectPageOutsideTheUsersScope_Is404_WithAChinesePage()
    {
        var admin = await web.SignedIn("jixiao");
        var foreign = (await WebFixture.Read<Page<ProjectRow>>(await admin.GetAsync("/api/v1/projects?search=农村公路养护&year=2025"))).Items.Single();
        var unit = await web.SignedIn("danwei");

        var page = await unit.GetAsync($"/Projects/Detail/{foreign.Id}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面或记录不存在，或您无权查看。", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/Projects/Edit/{foreign.Id}")).StatusCode);

        var api = await unit.GetAsync("/api/v1/no-such-endpoint");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DepartmentBudgets_AreListedWithinScope_InApiAndPage()
    {
        var client = await web.SignedIn("bumen");
        var budgets = await WebFixture.Read<List<Jixiao.App.Budgets.DepartmentBudgetView>>(await client.GetAsync("/api/v1/department-budgets?year=2024"));
        Assert.Equal("青禾县教育局", Assert.Single(budgets).Department);
        var html = await client.GetStringAsync("/Budgets?year=2024");
        Assert.Contains("青禾县教育局", html);
        Assert.DoesNotContain("青禾县民政局", html);
    }
}
