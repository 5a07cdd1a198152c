using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Access;
using Jixiao.App.Budgets;
using Jixiao.App.Reports;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Users;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Tables;
using Jixiao.Documents.Tests.Support;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Reports;

/// <summary>Documents downloaded from the demo county as its users would: scoped, valid, with the figures of the page.</summary>
public sealed class ReportDownloadTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static string Points(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The unit's (第一中学) first self-evaluation, with the total and grade its page shows.</summary>
    private async Task<(HttpClient Unit, SelfEvaluationView View)> OwnEvaluation()
    {
        var unit = await web.SignedIn("danwei");
        var rows = await WebFixture.Read<List<SelfEvaluationRow>>(await unit.GetAsync("/api/v1/self-evaluations"));
        var view = await WebFixture.Read<SelfEvaluationView>(await unit.GetAsync($"/api/v1/projects/{rows[0].ProjectId}/self-evaluation"));
        return (unit, view);
    }

    /// <summary>A unit user of another organisation (县人民医院), created once per fixture.</summary>
    private async Task<HttpClient> OtherUnit()
    {
        using (var scope = web.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync("yiyuan") is null)
            {
                Assert.Empty(await scope.ServiceProvider.GetRequiredService<AddUser>().Run(new NewUser("yiyuan", WebFixture.Password, Roles.Unit, "302002")));
            }
        }
        return await web.SignedIn("yiyuan");
    }

    private static async Task<byte[]> Download(HttpClient client, string url, string contentType, string fileNameStart)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.StartsWith(fileNameStart, Uri.UnescapeDataString(disposition.FileNameStar!), StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString(fileNameStart), response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task SelfEvaluationTable_AsWord_IsValid_AndShowsProjectTotalAndGrade()
    {
        var (unit, view) = await OwnEvaluation();
        var docx = await Download(unit, $"/api/v1/projects/{view.ProjectId}/reports/self-evaluation?format=docx", ReportFormats.Docx, "项目支出绩效自评表-" + view.ProjectCode);

        Docx.AssertValid(docx);
        var text = string.Join("\n", Docx.Paragraphs(docx));
        Assert.Contains(view.ProjectName, text);
        var total = Docx.Tables(docx).SelectMany(t => t).First(r => r[0] == "总分");
        Assert.Contains(Points(view.Score.Total), total);
        Assert.Contains($"评价等级：{view.Score.Grade}", total);
        var funding = Docx.Tables(docx).SelectMany(t => t).First(r => r[0] == "年度资金总额");
        var rate = Math.Round(view.Spent / view.FullYearBudget * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%";
        Assert.Equal([Wan(view.FullYearBudget), Wan(view.Spent), "10.00", rate, Points(view.Score.ExecutionScore!.Value)], funding.Skip(2));
    }

    [Fact]
    public async Task ProjectEvaluationReport_AsWord_CarriesTheUnitsNarrative_AndTheCoresTotalAndGrade()
    {
        var (unit, view) = await OwnEvaluation();
        var docx = await Download(unit, $"/api/v1/projects/{view.ProjectId}/reports/project-evaluation", ReportFormats.Docx, "项目支出绩效评价报告-" + view.ProjectCode);

        Docx.AssertValid(docx);
        var paragraphs = Docx.Paragraphs(docx);
        Assert.Equal(view.ProjectName + "绩效评价报告", paragraphs[0]);
        Assert.Contains(paragraphs, p => p.Contains($"综合得分{Points(view.Score.Total)}分（满分100.00分），评价等级为“{view.Score.Grade}”", StringComparison.Ordinal));
        Assert.Contains(view.Narrative.WorkDone, paragraphs);
        Assert.Contains(paragraphs, p => p.Contains($"全年预算{(view.FullYearBudget / 10000m).ToString("0.00", CultureInfo.InvariantCulture)}万元", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelfEvaluationTable_AsExcel_ListsEveryIndicatorWithItsScore()
    {
        var (unit, view) = await OwnEvaluation();
        var xlsx = await Download(unit, $"/api/v1/projects/{view.ProjectId}/reports/self-evaluation?format=xlsx", ReportFormats.Xlsx, "项目支出绩效自评表-");

        var table = TableReader.Read(xlsx, "自评表.xlsx").Table!;
        Assert.Equal(view.Entries.Select(e => e.Name), table.Rows.Select(r => r[2]));
        var scores = view.Score.Entries.Select(e => e.Score is { } s ? Points(s) : "").ToList();
        Assert.Equal(scores, table.Rows.Select(r => r[6].Length == 0 ? "" : Points(decimal.Parse(r[6], CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task TargetTable_AsWordAndExcel_AddsPointsUpToTheTotalRow()
    {
        var (unit, view) = await OwnEvaluation();
        var docx = await Download(unit, $"/api/v1/projects/{view.ProjectId}/reports/targets?format=docx", ReportFormats.Docx, "绩效目标表-" + view.ProjectCode);
        Docx.AssertValid(docx);
        Assert.Contains(view.ProjectName, string.Join("\n", Docx.Paragraphs(docx)));
        var indicators = Docx.TableStartingWith(docx, "一级指标");
        Assert.Equal(["合计", "90.00", "", ""], indicators[^1]);

        var xlsx = await Download(unit, $"/api/v1/projects/{view.ProjectId}/reports/targets?format=xlsx", ReportFormats.Xlsx, "绩效目标表-");
        var rows = TableReader.Read(xlsx, "t.xlsx").Table!.Rows;
        Assert.Equal(view.Entries.Count + 1, rows.Count);
        Assert.Equal("合计", rows[^1][0]);
    }

    [Fact]
    public async Task ProjectList_AsExcel_HoldsOnlyTheUnitsProjects_WithATotalRow()
    {
        var unit = await web.SignedIn("danwei");
        var xlsx = await Download(unit, "/api/v1/projects/reports/list?year=2024", ReportFormats.Xlsx, "项目清单-2024");

        var rows = TableReader.Read(xlsx, "list.xlsx").Table!.Rows;
        Assert.All(rows.SkipLast(1), r => Assert.Equal("青禾县第一中学", r[5]));
        Assert.Equal("合计", rows[^1][0]);
        var lines = rows.SkipLast(1).Sum(r => decimal.Parse(r[8], CultureInfo.InvariantCulture));
        Assert.Equal(lines, decimal.Parse(rows[^1][8], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task DepartmentReport_AsWord_PrintsTheBudgetTable_AndNoScoringWithoutAnEvaluation()
    {
        var department = await web.SignedIn("bumen");
        var budget = (await WebFixture.Read<List<DepartmentBudgetView>>(await department.GetAsync("/api/v1/department-budgets"))).First();
        var docx = await Download(department, $"/api/v1/department-budgets/{budget.Id}/report?format=docx", ReportFormats.Docx, "部门整体支出绩效评价报告-青禾县教育局");

        Docx.AssertValid(docx);
        var paragraphs = Docx.Paragraphs(docx);
        Assert.Equal($"青禾县教育局{budget.Year}年度部门整体支出绩效评价报告", paragraphs[0]);
        Assert.Contains("（部门预算情况 · 尚未开展部门整体支出绩效评价）", paragraphs);
        var composition = Docx.TableStartingWith(docx, "人员经费");
        Assert.Equal(Wan(budget.Total), composition[1][4]);
        var classes = Docx.TableStartingWith(docx, "科目编码");
        Assert.Equal(["合计", Wan(budget.FunctionalClasses.Sum(c => c.Amount))], classes[^1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("评分表", StringComparison.Ordinal) || p.Contains("综合得分", StringComparison.Ordinal));
    }

    private static string Wan(decimal yuan) => Math.Round(yuan / 10000m, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AnotherUnit_Gets404ForEveryReportOfTheProject_AndAnotherDepartmentsBudget()
    {
        var (_, view) = await OwnEvaluation();
        var other = await OtherUnit();
        foreach (var kind in new[] { "self-evaluation", "project-evaluation", "targets" })
        {
            var response = await other.GetAsync($"/api/v1/projects/{view.ProjectId}/reports/{kind}?format=docx");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("项目不存在或无权查看。", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        }
        var bureau = await web.SignedIn("jixiao");
        var budgets = await WebFixture.Read<List<DepartmentBudgetView>>(await bureau.GetAsync("/api/v1/department-budgets"));
        var foreign = budgets.First(b => b.Department != "青禾县教育局");
        var denied = await (await web.SignedIn("bumen")).GetAsync($"/api/v1/department-budgets/{foreign.Id}/report");
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Anonymous().GetAsync($"/api/v1/projects/{view.ProjectId}/reports/targets")).StatusCode);
    }

    [Fact]
    public async Task ProjectEvaluationReport_AsPdf_ReadsProjectTotalAndGrade()
    {
        var (unit, view) = await OwnEvaluation();
        var pdf = await Download(unit, $"/api/v1/projects/{view.ProjectId}/reports/project-evaluation?format=pdf", ReportFormats.Pdf, "项目支出绩效评价报告-");

        var text = string.Concat(Poppler.Text(pdf).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(view.ProjectName + "绩效评价报告", text);
        Assert.Contains($"综合得分{Points(view.Score.Total)}分", text);
        Assert.Contains($"评价等级为“{view.Score.Grade}”", text);
    }

    [Fact]
    public async Task Pdf_WithoutLibreOffice_AnswersAChineseProblemNamingThePackage_AndAPageForBrowsers()
    {
        var (_, view) = await OwnEvaluation();
        using var factory = web.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton(new LibreOfficePdfConverter(sofficePath: "/nonexistent/soffice"))));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await WebFixture.SignIn(client, "danwei", WebFixture.Password);

        var response = await client.GetAsync($"/api/v1/projects/{view.ProjectId}/reports/self-evaluation?format=pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Equal("无法生成 PDF", problem.Title);
        Assert.Contains("libreoffice-writer-nogui", problem.Detail, StringComparison.Ordinal);

        using var browser = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/projects/{view.ProjectId}/reports/self-evaluation?format=pdf");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var page = await client.SendAsync(browser);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("请安装软件包 libreoffice-writer-nogui", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ShowDownloadButtons_ThatDownload()
    {
        var (unit, view) = await OwnEvaluation();
        var department = await web.SignedIn("bumen");
        foreach (var (client, page, count) in new[] { (unit, $"/SelfEvaluations/{view.ProjectId}", 5), (unit, $"/Projects/Detail/{view.ProjectId}", 3), (department, "/Budgets", 2) })
        {
            var html = await client.GetStringAsync(page);
            var links = System.Text.RegularExpressions.Regex.Matches(html, "<a class=\"button\" href=\"(/api/v1/[^\"]+/report[^\"]*)\">").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.True(links.Count >= count, $"{page}: {links.Count} download links");
            foreach (var link in links.Where(l => !l.EndsWith("format=pdf", StringComparison.Ordinal)).Distinct())
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
            }
        }
    }

    [Fact]
    public async Task UnknownFormat_Is400_AndAReportWithoutExcel_SaysWhichFormatsExist()
    {
        var (unit, view) = await OwnEvaluation();
        var unknown = await unit.GetAsync($"/api/v1/projects/{view.ProjectId}/reports/targets?format=odt");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("不支持的格式“odt”，可选：docx、pdf、xlsx。", (await unknown.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        var excel = await unit.GetAsync($"/api/v1/projects/{view.ProjectId}/reports/project-evaluation?format=xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, excel.StatusCode);
        Assert.Equal("项目支出绩效评价报告不提供 xlsx 格式，可选：docx、pdf。", (await excel.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
    }
}
