using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Tests.Api;

/// <summary>What scripts and plain browsers meet when they ask in unusual ways.</summary>
public sealed class ScriptClientTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    public async Task Anonymous_ApiCall_AcceptingOnlyHtmlOrXml_StillGets401ProblemDetails(string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/projects");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await web.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("未登录", problem!.Title);
    }

    [Fact]
    public async Task CreateProject_WithoutFundingLines_IsValidatedNotACrash()
    {
        var client = await web.SignedIn("jixiao");
        var json = """{"name":"","year":2025,"budgetUnitId":"00000000-0000-0000-0000-000000000001","category":"SpecificPurpose"}""";
        var response = await client.PostAsync("/api/v1/projects", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var validation = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["请填写项目名称。"], validation!.Errors["Name"]);
    }

    [Fact]
    public async Task Stylesheet_IsServedWithItsContent_OutsideDevelopment_EvenToClientsAcceptingGzip()
    {
        // The README's run command starts a build (not a publish) outside Development.
        await using var production = web.Factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var response = await production.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var css = await response.Content.ReadAsStringAsync();
        Assert.Contains(".topbar", css);
    }
}
