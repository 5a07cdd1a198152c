using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Batches;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Reports;
using Jixiao.App.SelfEvaluations;
using Jixiao.Documents.Tests.Support;
using Jixiao.Scoring.Settings;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Reports;

/// <summary>Key evaluation and batch documents downloaded over HTTP from the demo county, with the buttons that lead to them.</summary>
public sealed class KeyEvaluationDownloadTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Bureau_DownloadsAnEvaluationReportAndTheBatchZip_FromThePagesButtons_AndAUnitGets403ForTheBatch()
    {
        var bureau = await web.SignedIn("jixiao");
        var batch = (await WebFixture.Read<List<BatchRow>>(await bureau.GetAsync("/api/v1/batches"))).Single(b => b.Name == "2024年度财政重点绩效评价（第一批）");
        var row = (await WebFixture.Read<List<EvaluationRow>>(await bureau.GetAsync("/api/v1/evaluations?status=Accepted"))).First(r => r.Name.Length > 0);
        string total, grade;
        using (var scope = web.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var e = await db.Evaluations.AsNoTracking().Include(x => x.Indicators).ThenInclude(i => i.Deductions).SingleAsync(x => x.Id == row.Id);
            var json = await db.Jurisdictions.Where(j => j.Id == e.JurisdictionId).Select(j => j.SettingsJson).SingleAsync();
            var card = EvaluationScoring.Score(e, EvaluationSettings.Read(json)).Card;
            (total, grade) = (card.Total.ToString("0.00", CultureInfo.InvariantCulture), card.Grade.ToChinese());
        }

        var page = await bureau.GetStringAsync($"/Evaluations/{row.Id}");
        var href = $"/api/v1/evaluations/{row.Id}/reports/evaluation?format=docx";
        Assert.Contains($"href=\"{href}\"", page, StringComparison.Ordinal);
        var response = await bureau.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportFormats.Docx, response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("项目支出绩效评价报告-", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var docx = await response.Content.ReadAsByteArrayAsync();
        Docx.AssertValid(docx);
        var paragraphs = Docx.Paragraphs(docx);
        Assert.Equal(row.Name + "绩效评价报告", paragraphs[0]);
        Assert.Contains(paragraphs, p => p.Contains($"综合得分{total}分（满分100.00分），评价等级为“{grade}”", StringComparison.Ordinal));

        var batchPage = System.Net.WebUtility.HtmlDecode(await bureau.GetStringAsync($"/Batches/{batch.Id}"));
        Assert.Contains($"<a class=\"button\" href=\"/api/v1/batches/{batch.Id}/reports/archive\">整批打包下载（zip）</a>", batchPage, StringComparison.Ordinal);
        var zip = await bureau.GetAsync($"/api/v1/batches/{batch.Id}/reports/archive");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{batch.Name}-整批打包.zip", zip.Content.Headers.ContentDisposition!.FileNameStar);
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            Assert.Contains(archive.Entries, x => x.FullName.StartsWith("评价报告/", StringComparison.Ordinal) && x.FullName.Contains(row.Name, StringComparison.Ordinal));
        }

        var unit = await web.SignedIn("danwei");
        var denied = await unit.GetAsync($"/api/v1/batches/{batch.Id}/reports/summary?format=docx");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("只有财政局绩效科可以组织重点评价。", (await denied.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        var notFound = await bureau.GetAsync($"/api/v1/evaluations/{Guid.NewGuid()}/reports/evaluation");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }
}
