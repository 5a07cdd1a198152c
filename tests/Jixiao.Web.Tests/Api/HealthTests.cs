using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_Is503_WhenTheDatabaseCannotBeReached_AndTheAppStillStarts()
    {
        // A port nobody listens on: the app must start (operators read the warning) and report itself unhealthy.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:Jixiao", $"Host=127.0.0.1;Port={port};Database=none;Username=none;Password=none;Timeout=2");
        });
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("数据库不可用", await response.Content.ReadAsStringAsync());
    }
}
