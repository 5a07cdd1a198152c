using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>Role × resource: no role sees or changes another organisation's projects, through the API or the pages.</summary>
public sealed class AccessMatrixTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly Dictionary<string, Func<ProjectRow, bool>> Rules = new()
    {
        ["admin"] = _ => true,
        ["jixiao"] = _ => true,
        ["guikou"] = p => p.FinanceSection == "教科文股",
        ["bumen"] = p => p.Department == "青禾县教育局",
        ["danwei"] = p => p.BudgetUnit.StartsWith("[301002]", StringComparison.Ordinal),
        ["pingjia"] = _ => false,
        ["zhuanjia"] = _ => false,
    };

    [Theory]
    [InlineData("admin", 40)]
    [InlineData("jixiao", 40)]
    [InlineData("guikou", 20)]
    [InlineData("bumen", 10)]
    [InlineData("danwei", 4)]
    [InlineData("pingjia", 0)]
    [InlineData("zhuanjia", 0)]
    public async Task Role_SeesExactlyItsOwnProjects_InListDetailAndPages(string userName, int expectedCount)
    {
        var all = await AllProjects();
        var client = await web.SignedIn(userName);
        var expected = all.Where(Rules[userName]).Select(p => p.Id).Order().ToList();

        var listed = await WebFixture.Read<Page<ProjectRow>>(await client.GetAsync("/api/v1/projects?pageSize=500"));
        Assert.Equal(expected, listed.Items.Select(p => p.Id).Order());
        Assert.Equal(expectedCount, listed.Total);
        var page = await client.GetStringAsync("/Projects?p=1");
        Assert.Contains($"共 <strong>{expectedCount}</strong> 个项目", page);

        foreach (var project in all)
        {
            var visible = expected.Contains(project.Id);
            var want = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.Equal(want, (await client.GetAsync($"/api/v1/projects/{project.Id}")).StatusCode);
            Assert.Equal(want, (await client.GetAsync($"/Projects/Detail/{project.Id}")).StatusCode);
            Assert.Equal(want, (await client.GetAsync($"/api/v1/projects/{project.Id}/history")).StatusCode);
        }
    }

    [Theory]
    [InlineData("guikou")]
    [InlineData("bumen")]
    [InlineData("danwei")]
    [InlineData("pingjia")]
    [InlineData("zhuanjia")]
    public async Task Role_CannotChangeAnotherOrganisationsProject_ButCanChangeItsOwn(string userName)
    {
        var all = await AllProjects();
        var client = await web.SignedIn(userName);
        var foreign = all.First(p => !Rules[userName](p));
        var admin = await web.SignedIn("jixiao");
        var foreignView = await WebFixture.Read<ProjectView>(await admin.GetAsync($"/api/v1/projects/{foreign.Id}"));

        var put = await client.PutAsJsonAsync($"/api/v1/projects/{foreign.Id}", ProjectInputs.From(foreignView, "越权修改", foreignView.Version), WebFixture.Json);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/projects/{foreign.Id}")).StatusCode);
        var moved = ProjectInputs.From(foreignView, "越权新建", 0) with { Code = null, Year = 2030 };
        var create = await client.PostAsJsonAsync("/api/v1/projects", moved, WebFixture.Json);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var unchanged = await WebFixture.Read<ProjectView>(await admin.GetAsync($"/api/v1/projects/{foreign.Id}"));
        Assert.Equal((foreignView.Name, foreignView.Version), (unchanged.Name, unchanged.Version));

        if (all.FirstOrDefault(Rules[userName]) is { } own)
        {
            var ownView = await WebFixture.Read<ProjectView>(await client.GetAsync($"/api/v1/projects/{own.Id}"));
            var edit = await client.PutAsJsonAsync($"/api/v1/projects/{own.Id}", ProjectInputs.From(ownView, ownView.Name, ownView.Version) with { Description = $"{userName} 修改" }, WebFixture.Json);
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
            Assert.Equal($"{userName} 修改", (await WebFixture.Read<ProjectView>(edit)).Description);
        }
    }

    [Theory]
    [InlineData("guikou")]
    [InlineData("bumen")]
    [InlineData("danwei")]
    [InlineData("pingjia")]
    public async Task OnlyTheBureau_MaintainsOrganisations(string userName)
    {
        var client = await web.SignedIn(userName);
        var response = await client.PostAsJsonAsync("/api/v1/organisations",
            new { Kind = "ThirdPartyAgency", Name = "越权机构" }, WebFixture.Json);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        Assert.Equal(("无权操作", "只有绩效科或系统管理员可以维护单位。"), (problem!.Title, problem.Detail));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organisations")).StatusCode);
    }

    private async Task<IReadOnlyList<ProjectRow>> AllProjects()
    {
        var admin = await web.SignedIn("admin");
        return (await WebFixture.Read<Page<ProjectRow>>(await admin.GetAsync("/api/v1/projects?pageSize=500"))).Items;
    }
}
