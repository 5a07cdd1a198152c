using System.Text.Json.Serialization;
using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Scalar.AspNetCore;

namespace Jixiao.Web.Infrastructure;

public static class WebSetup
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// `--demo` is a bare flag; the configuration reader wants key=value, so it becomes Demo:Seed=true.
    /// The working directory stays the caller's (so data/jixiao.db is the same file for the web app and the
    /// CLI started from the same place); the content root (appsettings.json, wwwroot) is found from the binaries:
    /// next to them when published, the project folder when run from a build.
    /// </summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args.Select(a => a == "--demo" ? "--Demo:Seed=true" : a).ToArray(),
        ContentRootPath = File.Exists("appsettings.json") ? null : FindContentRoot(),
    };

    private static string FindContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
            {
                return dir.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }

    public static WebApplicationBuilder AddJixiaoHost(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }
        var services = builder.Services;
        services.AddHttpContextAccessor();
        // Chinese text stays readable in the HTML instead of becoming &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Jixiao 预算绩效管理 API";
            document.Info.Description = "组织与项目接口。错误以 ProblemDetails（RFC 9457）返回，title/detail 为中文。";
            return Task.CompletedTask;
        }));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToFolder("/Account");
        }).AddMvcOptions(o =>
        {
            // Business rules (with Chinese messages) live in Jixiao.App, not in implicit [Required] attributes.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            ChineseBindingMessages(o.ModelBindingMessageProvider);
        });
        return builder;
    }

    /// <summary>Form values that cannot be read get Chinese messages, like every other validation message.</summary>
    private static void ChineseBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的数值。");
        m.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        m.SetValueMustBeANumberAccessor(field => "请输入数字。");
        m.SetMissingBindRequiredValueAccessor(field => "缺少必填项。");
        m.SetValueMustNotBeNullAccessor(value => "必填项不能为空。");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效。");
        m.SetUnknownValueIsInvalidAccessor(field => "输入的值无效。");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "输入的值无效。");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "请输入数字。");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
        m.SetMissingKeyOrValueAccessor(() => "缺少必填项。");
    }

    public static async Task PrepareDatabase(this WebApplication app)
    {
        var signIns = await DatabaseStartup.Prepare(app.Services);
        if (signIns.Count > 0)
        {
            // Printed on purpose: the demo exists so that a newcomer can sign in right away.
            Console.WriteLine("演示数据已加载。演示账号（密码均为 " + App.Demo.DemoSeeder.Password + "）：");
            foreach (var s in signIns)
            {
                Console.WriteLine($"  {s.UserName,-10} {App.Access.Roles.ToChinese(s.Role),-8} {s.Organisation}");
            }
        }
    }

    public static WebApplication UseJixiaoPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(ErrorPages.Write);
        // Plain static files: MapStaticAssets serves empty pre-compressed variants when the app runs from a
        // build (dotnet run) outside Development, and the README's run command is exactly that.
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("Jixiao API 参考")).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", CheckHealth).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> CheckHealth(JixiaoDbContext db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? TypedResults.Text("ok")
            : TypedResults.Problem(title: "数据库不可用", statusCode: StatusCodes.Status503ServiceUnavailable);
}
