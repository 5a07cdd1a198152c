using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Jixiao.App.Data;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Tests.Infrastructure;

/// <summary>The web app on its own throwaway database holding the demo county (SQLite unless told otherwise).</summary>
public class WebFixture : IAsyncLifetime
{
    public const string Password = "Demo@2025jx";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public TestDatabase Database { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.Create(Provider);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in Database.Settings)
            {
                builder.UseSetting(key, value);
            }
            builder.UseSetting("Database:AutoMigrate", "true");
            builder.UseSetting("Demo:Seed", "true");
        });
        Start();
    }

    /// <summary>In-memory test server by default; browser tests override this with a real Kestrel port.</summary>
    protected virtual void Start() => _ = Factory.Server;

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in through the real sign-in form (antiforgery token included).</summary>
    public async Task<HttpClient> SignedIn(string userName, string password = Password)
    {
        var client = Anonymous();
        var response = await SignIn(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode}");
        }
        return client;
    }

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string userName, string password)
    {
        var token = await Token(client, "/Account/SignIn");
        return await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<string> Token(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    public static async Task<T> Read<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json)) ?? throw new InvalidOperationException("empty body");

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The same app on PostgreSQL when the test script started one (else the SQLite default).</summary>
public sealed class PostgresWebFixture : WebFixture
{
    protected override DatabaseProvider Provider => TestDatabase.PostgresServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
}
