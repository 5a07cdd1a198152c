using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Workflow;
using Jixiao.Documents.Tables;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Tests.Reports;

/// <summary>Excel in and out through HTTP as a browser or script uses it: the filled 自评表 uploaded back, list downloads, the batch 附件1 upload.</summary>
public sealed class ExcelEndpointTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static async Task<SelfEvaluationView> Evaluation(HttpClient client, Func<SelfEvaluationRow, bool> which)
    {
        var rows = await WebFixture.Read<List<SelfEvaluationRow>>(await client.GetAsync("/api/v1/self-evaluations"));
        return await WebFixture.Read<SelfEvaluationView>(await client.GetAsync($"/api/v1/projects/{rows.First(which).ProjectId}/self-evaluation"));
    }

    /// <summary>The downloaded sheet with 实际完成值 (and 得分 of 定性 rows) typed in; <paramref name="actual"/> picks the value per indicator.</summary>
    private static async Task<byte[]> DownloadAndFill(HttpClient client, SelfEvaluationView view, Func<EntryView, string> actual)
    {
        var xlsx = await client.GetByteArrayAsync($"/api/v1/projects/{view.ProjectId}/reports/self-evaluation?format=xlsx");
        var table = TableReader.Read(xlsx, "自评表.xlsx").Table!;
        var (header, rows) = TableWriter.WithColumns(table, ["实际完成值", "得分"], (row, column) =>
        {
            var entry = view.Entries.Single(e => e.Name == row[2]);
            return column == "实际完成值" ? actual(entry) : entry.IsQualitative ? (entry.Points * 0.9m).ToString("0.##", CultureInfo.InvariantCulture) : null;
        });
        using var filled = new MemoryStream();
        TableWriter.WriteXlsx(filled, header, rows, "自评表");
        return filled.ToArray();
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, Guid projectId, byte[] file)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "自评表.xlsx");
        return client.PostAsync($"/api/v1/projects/{projectId}/self-evaluation/import", form);
    }

    private static string Typed(EntryView e) => e.IsQualitative ? "达成年度指标" : e.TargetText.TrimStart('=', '≥', '≤', '>', '<');

    [Fact]
    public async Task FilledSheet_Uploaded_IsSavedAndScored_AndABadCellAnswers400WithRowAndColumn_SavingNothing()
    {
        var unit = await web.SignedIn("danwei");
        var view = await Evaluation(unit, r => r.StatusValue.IsEditable());

        var bad = await Upload(unit, view.ProjectId, await DownloadAndFill(unit, view, e => e == view.Entries[0] ? "约七项" : Typed(e)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await WebFixture.Read<ValidationProblemDetails>(bad);
        Assert.Equal("导入失败", problem.Title);
        Assert.Contains(view.Entries[0].Name, Assert.Single(problem.Errors["第2行/实际完成值"]));
        var unchanged = await WebFixture.Read<SelfEvaluationView>(await unit.GetAsync($"/api/v1/projects/{view.ProjectId}/self-evaluation"));
        Assert.Equal(view.Version, unchanged.Version);

        var ok = await Upload(unit, view.ProjectId, await DownloadAndFill(unit, view, Typed));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var saved = await WebFixture.Read<SelfEvaluationView>(ok);
        Assert.Equal(view.Entries.Select(Typed), saved.Entries.Select(e => e.ActualText));
        var preview = await WebFixture.Read<ScoreView>(await unit.PostAsJsonAsync($"/api/v1/projects/{view.ProjectId}/self-evaluation/score",
            new SelfEvaluationInput(saved.Entries.Select(e => new EntryInput(e.IndicatorId, e.ActualText, e.ChosenScore, e.Explanation, e.Evidence)).ToList(), null), WebFixture.Json));
        Assert.Equal((preview.Total, preview.Grade), (saved.Score.Total, saved.Score.Grade));
        Assert.NotEqual(view.Version, saved.Version);
    }

    [Fact]
    public async Task LockedEvaluation_Answers409_AndThePageShowsTheUploadOnlyWhileEditable()
    {
        var unit = await web.SignedIn("danwei");
        var locked = await Evaluation(unit, r => !r.StatusValue.IsEditable());
        var response = await Upload(unit, locked.ProjectId, await DownloadAndFill(unit, locked, Typed));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.EndsWith("不能修改。", (await WebFixture.Read<ProblemDetails>(response)).Detail);
        Assert.DoesNotContain("id=\"import\"", await unit.GetStringAsync($"/SelfEvaluations/{locked.ProjectId}"));

        var editable = await Evaluation(unit, r => r.StatusValue.IsEditable());
        var page = await unit.GetStringAsync($"/SelfEvaluations/{editable.ProjectId}");
        Assert.Contains("id=\"import\"", page);
    }

    [Fact]
    public async Task ListDownloads_AreLinkedFromTheirPages_AndScopedLikeThem()
    {
        var bureau = await web.SignedIn("jixiao");
        foreach (var (page, link) in new[] { ("/Evaluations", "/api/v1/evaluations/reports/list?format=xlsx"), ("/Findings", "/api/v1/findings/reports/list?format=xlsx"), ("/Batches", "/api/v1/batches/reports/list?format=xlsx") })
        {
            Assert.Contains(link, await bureau.GetStringAsync(page));
            var response = await bureau.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(TableReader.Read(await response.Content.ReadAsByteArrayAsync(), "list.xlsx").IsSuccess);
        }
        Assert.Contains("/api/v1/findings/reports/list?format=xlsx&amp;status=Open&amp;overdue=true", await bureau.GetStringAsync("/Findings?Status=Open&Overdue=true"));
        var unit = await web.SignedIn("danwei");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/v1/batches/reports/list?format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task BatchPage_Annex1Upload_WithABadRow_ListsItAndPicksNothing()
    {
        var bureau = await web.SignedIn("jixiao");
        var batch = (await WebFixture.Read<List<App.Batches.BatchRow>>(await bureau.GetAsync("/api/v1/batches"))).First();
        var before = await WebFixture.Read<App.Batches.BatchView>(await bureau.GetAsync($"/api/v1/batches/{batch.Id}"));
        using var file = new MemoryStream();
        TableWriter.WriteXlsx(file, ["项目编码", "选取理由"], [["2024-999999-001", "资金量大"]], "附件1");
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file.ToArray()), "file", "附件1.xlsx" },
            { new StringContent(await WebFixture.Token(bureau, $"/Batches/{batch.Id}")), "__RequestVerificationToken" },
        };

        var html = await (await bureau.PostAsync($"/Batches/{batch.Id}?handler=Import", form)).Content.ReadAsStringAsync();

        Assert.Contains("导入失败，未写入任何数据", html);
        Assert.Contains("找不到编码为“2024-999999-001”的项目（或无权查看）。", html);
        var after = await WebFixture.Read<App.Batches.BatchView>(await bureau.GetAsync($"/api/v1/batches/{batch.Id}"));
        Assert.Equal(before.Projects.Count, after.Projects.Count);
    }
}
