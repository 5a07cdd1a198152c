using System.CommandLine;
using Jixiao.App.Projects;
using Jixiao.Cli.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Projects;

/// <summary><c>jixiao export projects FILE.xlsx [--year Y] [--as USER] [--jurisdiction CODE]</c>, in the import's columns.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "输出文件（.xlsx）" };
        var year = new Option<int?>("--year") { Description = "只导出该年度" };
        var asUser = new Option<string?>("--as") { Description = "以该用户的权限导出（默认系统管理员）" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "地区编码（数据库中有多个地区时必填）" };
        var projects = new Command("projects", "导出项目清单（与导入相同的列）") { file, year, asUser, jurisdiction };
        projects.SetAction(async (parseResult, ct) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            if (!string.Equals(path.Extension, ".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine("输出文件应以 .xlsx 结尾。");
                return 1;
            }
            return await CliHost.Guard(stderr, async () =>
            {
                await using var services = CliHost.Build();
                await using var scope = services.CreateAsyncScope();
                var (user, error) = await CliHost.Scope(scope.ServiceProvider, parseResult.GetValue(asUser), parseResult.GetValue(jurisdiction), ct);
                if (user is null)
                {
                    stderr.WriteLine(error);
                    return 1;
                }
                var bytes = await scope.ServiceProvider.GetRequiredService<ProjectSheet>()
                    .Export(user, new ProjectFilter(Year: parseResult.GetValue(year), PageSize: int.MaxValue), ct);
                await File.WriteAllBytesAsync(path.FullName, bytes, ct);
                stderr.WriteLine($"已导出到 {path.FullName}");
                return 0;
            });
        });
        return new Command("export", "导出数据") { projects };
    }
}
