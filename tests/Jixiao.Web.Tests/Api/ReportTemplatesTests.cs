using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.App.Reports;
using Jixiao.App.SelfEvaluations;
using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Templates;
using Jixiao.Documents.Tests.Support;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>Issue 5 over HTTP: the report-templates API with its ProblemDetails, and the 报告模板 page a clerk uses.</summary>
public sealed class ReportTemplatesTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Api = "/api/v1/jurisdiction/report-templates";

    private sealed record Update(ReportTemplate Template, long Version);

    private static Task<HttpResponseMessage> Put(HttpClient client, string kind, ReportTemplate template, long version) =>
        client.PutAsJsonAsync($"{Api}/{kind}", new Update(template, version), WebFixture.Json);

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Fact]
    public async Task Api_ListsGetsSavesAndResets_WithVersions_400InChinese_403ForAUnit_409WhenStale()
    {
        var bureau = await web.SignedIn("jixiao");
        var unit = await web.SignedIn("danwei");
        var kind = BatchSummaryTemplates.Kind;
        var list = await WebFixture.Read<List<ReportTemplateSummary>>(await bureau.GetAsync(Api));
        Assert.Equal(ReportTemplateKinds.All.Select(k => k.Kind), list.Select(k => k.Kind));
        var view = await WebFixture.Read<ReportTemplateView>(await bureau.GetAsync($"{Api}/{kind}"));
        Assert.Equal((false, 0L), (view.Overridden, view.Version));
        Assert.Equal(BatchSummaryTemplates.Default.Title, view.Template.Title);

        var renamed = view.Template with { Sections = [.. view.Template.Sections.Select(s => s.Key == "next" ? s with { Heading = "下一步工作安排" } : s)] };
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(unit, kind, renamed, 0)).StatusCode);
        var saved = await Put(bureau, kind, renamed, 0);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1L, (await WebFixture.Read<ReportTemplateView>(saved)).Version);
        var seen = await WebFixture.Read<ReportTemplateView>(await unit.GetAsync($"{Api}/{kind}"));
        Assert.Equal((true, false), (seen.Overridden, seen.CanChange));
        Assert.Contains(seen.Template.Sections, s => s.Heading == "下一步工作安排");

        var stale = await Put(bureau, kind, renamed, 0);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被其他用户修改", await Detail(stale), StringComparison.Ordinal);
        var invented = await Put(bureau, kind, renamed with { Sections = [.. renamed.Sections, new("appendix", "附录")] }, 1);
        Assert.Equal(HttpStatusCode.BadRequest, invented.StatusCode);
        Assert.Contains("“appendix”不属于重点绩效评价情况的报告", await Detail(invented), StringComparison.Ordinal);
        var placeholder = await Put(bureau, kind, renamed with { Title = "{县名}重点评价报告" }, 1);
        Assert.Contains("标题：占位符“{县名}”无法识别", await Detail(placeholder), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.DeleteAsync($"{Api}/{kind}?version=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.DeleteAsync($"{Api}/{kind}?version=7")).StatusCode);
        var reset = await WebFixture.Read<ReportTemplateView>(await bureau.DeleteAsync($"{Api}/{kind}?version=1"));
        Assert.Equal((false, 0L, BatchSummaryTemplates.Default.ToJson()), (reset.Overridden, reset.Version, reset.Template.ToJson()));
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"{Api}/monitoring")).StatusCode);
    }

    [Fact]
    public async Task Page_SavesTheForm_KeepsWhatWasTypedOnRefusal_ServesTheSample_AndResets()
    {
        var client = await web.SignedIn("jixiao");
        const string page = "/Jurisdiction/Templates?kind=" + ProjectEvaluationTemplates.Kind;
        var html = await client.GetStringAsync(page);
        Assert.Contains("项目支出绩效评价报告", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Sections[8].Heading\"", html, StringComparison.Ordinal);

        // The default sections with 基本情况 renamed and 其他 (index 7) not printed; the valid post numbers 有关建议 (6) before 主要经验 (5).
        var token = await WebFixture.Token(client, page);
        Dictionary<string, string> Form(string title) => new(ProjectEvaluationTemplates.Default.Sections.SelectMany((s, i) => new[]
        {
            KeyValuePair.Create($"Form.Sections[{i}].Key", s.Key),
            KeyValuePair.Create($"Form.Sections[{i}].Heading", s.Key == "basic" ? "项目概况" : s.Heading),
            KeyValuePair.Create($"Form.Sections[{i}].Order", (i + 1).ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create($"Form.Sections[{i}].Include", (s.Include && s.Key != "other") ? "true" : "false"),
        }))
        {
            ["Form.Title"] = title, ["Form.Subtitle"] = "（{年度}年度 · 演示县）", ["Form.Issuer"] = "演示县财政局", ["Form.DocumentNumber"] = "演财绩〔2025〕9号",
            ["Form.Signature"] = "演示县财政局（盖章）\r\n\r\n{报告日期}", ["Form.Charts"] = "false", ["Version"] = "0",
            ["__RequestVerificationToken"] = token,
        };

        var refused = await client.PostAsync(page, new FormUrlEncodedContent(Form(" ")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("标题不能为空。", body, StringComparison.Ordinal);
        Assert.Contains("value=\"演财绩〔2025〕9号\"", WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.Contains("value=\"项目概况\"", WebUtility.HtmlDecode(body), StringComparison.Ordinal);

        var form = Form("{项目名称}绩效评价报告");
        form["Form.Sections[6].Order"] = "5";
        form["Form.Sections[5].Order"] = "6";
        var saved = await client.PostAsync(page, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var view = await WebFixture.Read<ReportTemplateView>(await client.GetAsync($"{Api}/{ProjectEvaluationTemplates.Kind}"));
        Assert.Equal(["basic", "process", "conclusion", "analysis", "deviation", "suggestions", "experience", "other", "annex"], view.Template.Sections.Select(s => s.Key));
        Assert.Equal(["演示县财政局（盖章）", "{报告日期}"], view.Template.Signature);
        Assert.False(view.Template.Charts);

        var sample = await client.GetAsync(page + "&handler=Sample");
        Assert.Equal(HttpStatusCode.OK, sample.StatusCode);
        var docx = await sample.Content.ReadAsByteArrayAsync();
        Docx.AssertValid(docx);
        var paragraphs = Docx.Paragraphs(docx);
        Assert.Equal(["演示县财政局", "演财绩〔2025〕9号"], paragraphs.Take(2));
        Assert.Contains("一、项目概况", paragraphs);
        Assert.Contains("五、有关建议", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.EndsWith("其他需要说明的问题", StringComparison.Ordinal));

        var reset = await client.PostAsync(page + "&handler=Reset", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = view.Version.ToString(CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = await WebFixture.Token(client, page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False((await WebFixture.Read<ReportTemplateView>(await client.GetAsync($"{Api}/{ProjectEvaluationTemplates.Kind}"))).Overridden);
    }

    [Fact]
    public async Task TheBureausSelfEvaluationTemplate_IsWhatAUnitDownloads_UntilItIsReset()
    {
        var bureau = await web.SignedIn("jixiao");
        var unit = await web.SignedIn("danwei");
        var rows = await WebFixture.Read<List<SelfEvaluationRow>>(await unit.GetAsync("/api/v1/self-evaluations"));
        var url = $"/api/v1/projects/{rows[0].ProjectId}/reports/self-evaluation?format=docx";
        var kind = SelfEvaluationTemplates.Kind;
        var own = SelfEvaluationTemplates.Default with { Title = "演示县项目支出绩效自评表", Signature = ["填报单位（盖章）：{实施单位}", "填报人：王会计"] };
        Assert.Equal(HttpStatusCode.OK, (await Put(bureau, kind, own, 0)).StatusCode);

        var docx = await (await unit.GetAsync(url)).Content.ReadAsByteArrayAsync();
        Docx.AssertValid(docx);
        var paragraphs = Docx.Paragraphs(docx);
        Assert.Equal("演示县项目支出绩效自评表", paragraphs[0]);
        Assert.Contains("填报人：王会计", paragraphs);

        Assert.Equal(HttpStatusCode.OK, (await bureau.DeleteAsync($"{Api}/{kind}?version=1")).StatusCode);
        var again = Docx.Paragraphs(await (await unit.GetAsync(url)).Content.ReadAsByteArrayAsync());
        Assert.Equal(SelfEvaluationTemplates.Default.Title, again[0]);
        Assert.DoesNotContain("填报人：王会计", again);
    }
}
