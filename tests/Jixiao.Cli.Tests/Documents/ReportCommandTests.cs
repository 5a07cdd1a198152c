using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.App.Data;
using Jixiao.App.SelfEvaluations;
using Jixiao.Cli.Database;
using Jixiao.Cli.Documents;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Tests.Documents;

/// <summary>`jixiao report` against a migrated SQLite database seeded with the demo county.</summary>
[Collection(nameof(Projects.DatabaseCommandTests))]
public sealed class ReportCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> Run(TestDatabase database, params string[] args)
    {
        CliHost.ConfigurationOverride = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var root = new RootCommand { DbCommand.Create(), ReportCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"jixiao-report-{Guid.NewGuid():N}{extension}");

    private static (IReadOnlyList<string> Errors, string Text) Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => e.Description).ToList();
        return (errors, string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));
    }

    [Fact]
    public async Task ProjectReport_FromTheDemoDatabase_IsAValidDocx_WithTheTotalAndGradeThePageShows()
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await Run(database, "db", "migrate", "--demo")).Exit);
        await using var services = CliHost.Build();
        await using var scope = services.CreateAsyncScope();
        var (user, _) = await CliHost.Scope(scope.ServiceProvider, null, null, CancellationToken.None);
        var projectId = await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Projects.Where(p => p.Code == "2024-301001-001").Select(p => p.Id).SingleAsync();
        var page = (await scope.ServiceProvider.GetRequiredService<GetSelfEvaluation>().Run(user!, projectId))!;

        var file = TempFile(".docx");
        var (exit, json, log) = await Run(database, "report", "project", "--id", "2024-301001-001", "--format", "docx", "--out", file, "--json");

        Assert.Equal(0, exit);
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal("project", document.RootElement.GetProperty("kind").GetString());
            Assert.Equal(file, document.RootElement.GetProperty("file").GetString());
            Assert.Equal(new FileInfo(file).Length, document.RootElement.GetProperty("bytes").GetInt64());
        }
        Assert.Contains("已生成 项目支出绩效评价报告-2024-301001-001-义务教育学生营养改善计划.docx", log);
        var (errors, text) = Read(file);
        Assert.Empty(errors);
        Assert.Contains("义务教育学生营养改善计划绩效评价报告", text);
        Assert.Contains($"综合得分{page.Score.Total.ToString("0.00", CultureInfo.InvariantCulture)}分（满分100.00分），评价等级为“{page.Score.Grade}”", text);
        File.Delete(file);
    }

    [Fact]
    public async Task SelfEvaluationTable_AndDepartmentReport_AreWritten_AndAnotherUnitsProjectIsRefused()
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Sqlite);
        await Run(database, "db", "migrate", "--demo");
        var selfeval = TempFile(".xlsx");
        var (exit, _, _) = await Run(database, "report", "selfeval", "--id", "2024-301001-001", "--out", selfeval);
        Assert.Equal(0, exit);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(selfeval), 0, 2));

        await using (var services = CliHost.Build())
        {
            var budgetId = await services.CreateScope().ServiceProvider.GetRequiredService<JixiaoDbContext>().DepartmentBudgets
                .Where(b => b.Year == 2024).Select(b => b.Id).FirstAsync();
            var department = TempFile(".docx");
            Assert.Equal(0, (await Run(database, "report", "department", "--id", budgetId.ToString(), "--out", department)).Exit);
            var (errors, text) = Read(department);
            Assert.Empty(errors);
            Assert.Contains("2024年度部门整体支出绩效评价报告", text);
            File.Delete(department);
        }

        var refused = TempFile(".docx");
        var (denied, json, log) = await Run(database, "report", "selfeval", "--id", "2024-302001-001", "--out", refused, "--as", "danwei", "--json");
        Assert.Equal(1, denied);
        Assert.Equal("找不到项目或自评“2024-302001-001”，或无权查看。", JsonDocument.Parse(json).RootElement.GetProperty("error").GetString());
        Assert.Contains("找不到项目或自评", log);
        Assert.False(File.Exists(refused));
        File.Delete(selfeval);
    }

    [Theory]
    [InlineData("monitoring", "绩效监控功能尚未实现")]
    public async Task KindsWithoutData_ExitNonZero_NamingWhatIsMissing_AndJsonIsTheOnlyStdout(string kind, string missing)
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Sqlite);
        var file = TempFile(".docx");
        var (exit, json, log) = await Run(database, "report", kind, "--id", "1", "--out", file, "--json");

        Assert.Equal(1, exit);
        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Contains(missing, document.RootElement.GetProperty("error").GetString());
        Assert.Contains("数据库中还没有这些数据", log);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task FeedbackAndBatch_FromTheDemoBatch_WriteTheFeedbackFile_TheSummary_AndTheZip_AndProjectTakesAnEvaluationId()
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await Run(database, "db", "migrate", "--demo")).Exit);
        Guid batchId, evaluationId;
        string projectName;
        await using (var services = CliHost.Build())
        {
            var db = services.CreateScope().ServiceProvider.GetRequiredService<JixiaoDbContext>();
            batchId = await db.EvaluationBatches.Where(b => b.Name == "2024年度财政重点绩效评价（第一批）").Select(b => b.Id).SingleAsync();
            var accepted = await db.Evaluations.Where(e => e.BatchId == batchId && e.Status == App.Evaluations.EvaluationStatus.Accepted)
                .Select(e => new { e.Id, e.Project!.Name }).FirstAsync();
            (evaluationId, projectName) = (accepted.Id, accepted.Name);
        }

        var feedback = TempFile(".docx");
        var (exit, json, _) = await Run(database, "report", "feedback", "--id", batchId.ToString(), "--out", feedback, "--json");
        Assert.Equal(0, exit);
        Assert.Equal("feedback", JsonDocument.Parse(json).RootElement.GetProperty("kind").GetString());
        var (errors, text) = Read(feedback);
        Assert.Empty(errors);
        Assert.Contains("未列入本文件", text);

        var zip = TempFile(".zip");
        (exit, json, _) = await Run(database, "report", "batch", "--id", batchId.ToString(), "--out", zip, "--json");
        Assert.Equal(0, exit);
        Assert.Equal("zip", JsonDocument.Parse(json).RootElement.GetProperty("format").GetString());
        using (var archive = System.IO.Compression.ZipFile.OpenRead(zip))
        {
            Assert.Contains(archive.Entries, x => x.FullName == "2024年度重点绩效评价情况的报告.docx");
        }

        var report = TempFile(".docx");
        Assert.Equal(0, (await Run(database, "report", "project", "--id", evaluationId.ToString(), "--out", report)).Exit);
        (errors, text) = Read(report);
        Assert.Empty(errors);
        Assert.Contains($"{projectName}绩效评价报告", text);
        Assert.Contains("（2024年度 · 财政重点评价）", text);

        var refused = TempFile(".docx");
        (exit, json, _) = await Run(database, "report", "batch", "--id", batchId.ToString(), "--out", refused, "--as", "bumen", "--json");
        Assert.Equal(1, exit);
        Assert.Equal("只有财政局绩效科可以组织重点评价。", JsonDocument.Parse(json).RootElement.GetProperty("error").GetString());
        Assert.False(File.Exists(refused));
        foreach (var file in new[] { feedback, zip, report })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task FormatAndExtensionThatDisagree_AreRefusedBeforeTouchingTheDatabase()
    {
        await using var database = await TestDatabase.Create(DatabaseProvider.Sqlite);
        var (exit, output, log) = await Run(database, "report", "project", "--id", "x", "--format", "pdf", "--out", TempFile(".docx"));
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal("输出文件扩展名 .docx 与格式 pdf 不一致。", log.Trim());
    }
}
