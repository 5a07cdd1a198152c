using System.CommandLine;
using System.Text.Json;
using Jixiao.App.Projects;
using Jixiao.Cli.Database;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Jixiao.Cli.Projects;

/// <summary><c>jixiao import projects FILE.xlsx --year Y [--sheet S] [--as USER] [--jurisdiction CODE] [--json]</c>.</summary>
public static class ImportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "项目清单（.xlsx 或 .csv）：序号、归口科室、实施单位、项目名称、预算批复金额（万元）、资金来源，可选项目编码" };
        var year = new Option<int>("--year") { Description = "项目年度", Required = true };
        var sheet = new Option<string?>("--sheet") { Description = "工作表名称（默认第一个）" };
        var asUser = new Option<string?>("--as") { Description = "以该用户的权限导入（默认系统管理员）" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "地区编码（数据库中有多个地区时必填）" };
        var json = new Option<bool>("--json") { Description = "只在标准输出打印一个JSON文档" };
        var projects = new Command("projects", "导入项目清单：全部行校验通过才写入，否则逐行报告错误") { file, year, sheet, asUser, jurisdiction, json };
        projects.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            return await CliHost.Guard(stderr, async () =>
            {
                await using var services = CliHost.Build();
                await using var scope = services.CreateAsyncScope();
                var (user, error) = await CliHost.Scope(scope.ServiceProvider, parseResult.GetValue(asUser), parseResult.GetValue(jurisdiction), ct);
                ImportResult result;
                if (user is null)
                {
                    result = new ImportResult(0, 0, [new ImportRowError(0, "", error!)]);
                }
                else if (!path.Exists)
                {
                    result = new ImportResult(0, 0, [new ImportRowError(0, "", $"找不到文件：{path.FullName}")]);
                }
                else
                {
                    var bytes = await File.ReadAllBytesAsync(path.FullName, ct);
                    var console = CliHost.ErrorConsole(stderr);
                    result = null!;
                    await console.Progress().AutoClear(true).StartAsync(async context =>
                    {
                        var task = context.AddTask("校验并导入项目");
                        var progress = new Progress<(int Done, int Total)>(p => { task.MaxValue = p.Total; task.Value = p.Done; });
                        result = await scope.ServiceProvider.GetRequiredService<ImportProjects>()
                            .Run(user, bytes, path.Name, parseResult.GetValue(year), parseResult.GetValue(sheet), progress, ct);
                        task.Value = task.MaxValue;
                    });
                }
                if (parseResult.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new { result.Succeeded, result.Projects, result.FundingLines, result.Errors }, Json));
                }
                Report(result, stderr);
                return result.Succeeded ? 0 : 1;
            }, message =>
            {
                if (parseResult.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new { Succeeded = false, Projects = 0, FundingLines = 0, Errors = new[] { new ImportRowError(0, "", message) } }, Json));
                }
            });
        });
        return new Command("import", "导入数据") { projects };
    }

    private static void Report(ImportResult result, TextWriter stderr)
    {
        if (result.Succeeded)
        {
            stderr.WriteLine($"导入成功：{result.Projects} 个项目，{result.FundingLines} 条资金来源。");
            return;
        }
        stderr.WriteLine($"导入失败，未写入任何数据（{result.Errors.Count} 处问题）：");
        var table = new Spectre.Console.Table().AddColumns("行号", "列", "问题");
        foreach (var e in result.Errors)
        {
            table.AddRow(e.Row == 0 ? "—" : e.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Column), Markup.Escape(e.Message));
        }
        CliHost.ErrorConsole(stderr).Write(table);
    }
}
