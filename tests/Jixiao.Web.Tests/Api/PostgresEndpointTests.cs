using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>The web app end to end on PostgreSQL (the production store) when the test script started one.</summary>
public sealed class PostgresEndpointTests(PostgresWebFixture web) : IClassFixture<PostgresWebFixture>
{
    [Fact]
    public async Task ProductionStore_ServesHealthListsSortsByMoneyAndDetectsConflicts()
    {
        Assert.Equal(HttpStatusCode.OK, (await web.Anonymous().GetAsync("/healthz")).StatusCode);
        var client = await web.SignedIn("bumen");
        var page = await WebFixture.Read<Page<ProjectRow>>(await client.GetAsync("/api/v1/projects?year=2024&sort=Amount&desc=true"));
        Assert.Equal(5, page.Total);
        Assert.Equal("义务教育学生营养改善计划", page.Items[0].Name);
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(p => p.First.BudgetTotal >= p.Second.BudgetTotal));

        var view = await WebFixture.Read<ProjectView>(await client.GetAsync($"/api/v1/projects/{page.Items[^1].Id}"));
        var saved = await client.PutAsJsonAsync($"/api/v1/projects/{view.Id}", ProjectInputs.From(view, view.Name + "（调整）", view.Version), WebFixture.Json);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/projects/{view.Id}", ProjectInputs.From(view, view.Name, view.Version), WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var history = await WebFixture.Read<List<AuditView>>(await client.GetAsync($"/api/v1/projects/{view.Id}/history"));
        Assert.Contains(history, a => a.User == "bumen" && a.Field == "Name" && a.NewValue == view.Name + "（调整）");
    }
}
