using System.CommandLine;
using System.Text.Json;
using Jixiao.App.Data;
using Jixiao.Cli.Database;
using Jixiao.Cli.Projects;
using Jixiao.Cli.Users;
using Jixiao.Documents.Tables;
using Jixiao.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Jixiao.Cli.Tests.Projects;

/// <summary>db migrate, user add, import and export projects against a real database of each provider.</summary>
[Collection(nameof(DatabaseCommandTests))]
public sealed class DatabaseCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> Run(TestDatabase database, params string[] args)
    {
        CliHost.ConfigurationOverride = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var root = new RootCommand { DbCommand.Create(), UserCommand.Create(), ImportCommand.Create(), ExportCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string Xlsx(params string[][] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cli-import-{Guid.NewGuid():N}.xlsx");
        TableWriter.WriteXlsx(path, ["序号", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）", "资金来源"], rows);
        return path;
    }

    [Theory, DatabaseData]
    public async Task MigrateImportExport_RoundTripsProjects_AndJsonIsTheOnlyStdout(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        var (migrated, _, migrateLog) = await Run(database, "db", "migrate", "--demo");
        Assert.Equal(0, migrated);
        Assert.Contains("数据库已迁移到最新结构", migrateLog);

        var file = Xlsx(["1", "行政政法股", "[305002]青禾县社会福利院", "适老化改造", "64.5", "一般公共预算"],
                        ["2", "行政政法股", "[305002]青禾县社会福利院", "适老化改造", "20", "上年结转"]);
        var (imported, json, _) = await Run(database, "import", "projects", file, "--year", "2026", "--json");
        Assert.Equal(0, imported);
        using (var document = JsonDocument.Parse(json))
        {
            Assert.True(document.RootElement.GetProperty("succeeded").GetBoolean());
            Assert.Equal(1, document.RootElement.GetProperty("projects").GetInt32());
            Assert.Equal(2, document.RootElement.GetProperty("fundingLines").GetInt32());
        }

        var exported = Path.ChangeExtension(file, ".out.xlsx");
        var (exportExit, exportOut, _) = await Run(database, "export", "projects", exported, "--year", "2026");
        Assert.Equal((0, ""), (exportExit, exportOut));
        var table = TableReader.Read(exported).Table!;
        Assert.Equal([["1", "2026-305002-001", "行政政法股", "[305002]青禾县社会福利院", "适老化改造", "64.5", "一般公共预算"],
                      ["2", "2026-305002-001", "行政政法股", "[305002]青禾县社会福利院", "适老化改造", "20", "上年结转"]],
            table.Rows.Select(r => r.Cells.ToArray()));
        File.Delete(file);
        File.Delete(exported);
    }

    [Theory, DatabaseData]
    public async Task BadImport_ExitsNonZero_ReportsRowsInJson_AndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await Run(database, "db", "migrate", "--demo");
        var file = Xlsx(["1", "", "[305002]青禾县社会福利院", "护理床位购置", "12", "一般公共预算"],
                        ["2", "", "305999", "康复设备", "8.5", "一般公共预算"],
                        ["3", "", "[305002]青禾县社会福利院", "厨房改造", "-3", "一般公共预算"]);
        var (exit, json, log) = await Run(database, "import", "projects", file, "--year", "2026", "--json");

        Assert.Equal(1, exit);
        using var document = JsonDocument.Parse(json);
        var errors = document.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString())).ToList();
        Assert.Equal([(3, "实施单位", "找不到编码为 305999 的预算单位。"), (4, "预算批复金额（万元）", "预算批复金额应大于 0（当前为 -3）。")], errors);
        Assert.Contains("导入失败，未写入任何数据", log);
        var (_, _, exportLog) = await Run(database, "export", "projects", Path.ChangeExtension(file, ".none.xlsx"), "--year", "2026");
        Assert.Equal(["序号", "项目编码", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）", "资金来源"], TableReader.Read(Path.ChangeExtension(file, ".none.xlsx")).Table!.Header);
        Assert.Empty(TableReader.Read(Path.ChangeExtension(file, ".none.xlsx")).Table!.Rows);
        Assert.Contains("已导出到", exportLog);
        var (missing, _, missingLog) = await Run(database, "import", "projects", "/nonexistent/项目.xlsx", "--year", "2026");
        Assert.Equal(1, missing);
        Assert.Contains("找不到文件", missingLog);
        File.Delete(file);
    }

    [Fact]
    public async Task UserAdd_CreatesAUser_AndRefusesUnknownRolesAndWeakPasswords()
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Sqlite);
        await Run(database, "db", "migrate", "--demo");

        var (ok, _, okLog) = await Run(database, "user", "add", "zhouli", "--role", "Department", "--org", "青禾县民政局", "--password", "Zhou@2025li");
        Assert.Equal((0, "已创建用户 zhouli（主管部门）。"), (ok, okLog.Trim()));
        var (role, _, roleLog) = await Run(database, "user", "add", "x1", "--role", "Boss", "--org", "305002", "--password", "Zhou@2025li");
        Assert.Equal(1, role);
        Assert.StartsWith("未知角色“Boss”", roleLog);
        var (weak, _, weakLog) = await Run(database, "user", "add", "x2", "--role", "Unit", "--org", "305002", "--password", "abc");
        Assert.Equal(1, weak);
        Assert.Contains("密码至少 8 位。", weakLog);
        var (again, _, againLog) = await Run(database, "user", "add", "zhouli", "--role", "Unit", "--org", "305002", "--password", "Zhou@2025li");
        Assert.Equal((1, "用户名已存在。"), (again, againLog.Trim()));
    }

    [Fact]
    public async Task UnreachableDatabase_GivesOneChineseLine_ExitCode2_AndStillOneJsonDocument()
    {
        CliHost.ConfigurationOverride = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Jixiao"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2",
        }).Build();
        var root = new RootCommand { ImportCommand.Create(), ExportCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var file = Xlsx(["1", "", "[305002]青禾县社会福利院", "甲", "1", "其他"]);

        var exit = await root.Parse(["import", "projects", file, "--year", "2026", "--json"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(2, exit);
        using var document = JsonDocument.Parse(output.ToString());
        Assert.False(document.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.StartsWith("数据库错误：", document.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Contains("请检查 Database__Provider", error.ToString());
        File.Delete(file);
    }
}
