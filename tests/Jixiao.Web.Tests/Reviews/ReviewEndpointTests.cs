using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Reviews;

/// <summary>报告复核 through the page form and the API: who may use it, what an upload finds and stores, the memo.</summary>
public sealed class ReviewEndpointTests(WebFixture web) : IClassFixture<WebFixture>
{
    public const string Aketao = "selfeval-aketao-office-funds-2022.txt";

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    [Theory]
    [InlineData("guikou")]
    [InlineData("bumen")]
    [InlineData("danwei")]
    [InlineData("pingjia")]
    [InlineData("zhuanjia")]
    public async Task NonReviewers_Get403_OnPageUploadAndApi(string userName)
    {
        var client = await web.SignedIn(userName);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Reviews")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(client, "/", Aketao, await File.ReadAllBytesAsync(SamplePath(Aketao)))).StatusCode);
        var api = await client.GetAsync("/api/v1/reviews");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("只有绩效科和系统管理员可以复核报告。", await api.Content.ReadAsStringAsync());
        Assert.DoesNotContain("href=\"/Reviews\"", await client.GetStringAsync("/Projects"));
    }

    [Theory]
    [InlineData("jixiao")]
    [InlineData("admin")]
    public async Task Reviewers_SeeTheUploadPage(string userName)
    {
        var client = await web.SignedIn(userName);
        var html = await client.GetStringAsync("/Reviews");
        Assert.Contains("上传并复核", html);
        Assert.Contains("href=\"/Reviews\"", html);
    }

    [Fact]
    public async Task UploadOfAketao_FindsCountMismatchAtLine203_AndIsStoredWithItsProject()
    {
        var client = await web.SignedIn("jixiao");
        var project = (await WebFixture.Read<Page<ProjectRow>>(await client.GetAsync("/api/v1/projects?pageSize=1"))).Items[0];

        var id = await UploadAketao(client, project.Id);

        var html = await client.GetStringAsync($"/Reviews/{id}");
        Assert.Contains("决策部分称由 22 个三级指标构成", html);
        Assert.Matches("<tr id=\"L203\" class=\"sev-warning\">", html);
        Assert.Contains("<a href=\"#L203\">第203行</a>", html);
        Assert.Contains("单位绩效自评报告", html);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reviews/{id}"));
        var root = json.RootElement;
        Assert.Equal("self-evaluation", root.GetProperty("row").GetProperty("kind").GetString());
        Assert.Equal("jixiao", root.GetProperty("row").GetProperty("uploadedBy").GetString());
        Assert.Equal(Aketao, root.GetProperty("row").GetProperty("fileName").GetString());
        Assert.Equal(64, root.GetProperty("checksum").GetString()!.Length);
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var mismatch = Assert.Single(findings, f => f.GetProperty("code").GetString() == "count-mismatch"
            && f.GetProperty("lines").EnumerateArray().Any(l => l.GetInt32() == 203));
        Assert.Equal("warning", mismatch.GetProperty("severity").GetString());
        Assert.Equal(22m, mismatch.GetProperty("numbers").GetProperty("stated").GetDecimal());
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "same-figure-differs" && f.GetProperty("message").GetString()!.Contains("满意度"));
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "duplicate-indicator");
        Assert.Equal(324, root.GetProperty("lines").GetArrayLength());
        Assert.Contains(root.GetProperty("facts").EnumerateArray(), f => f.GetProperty("line").GetInt32() > 0);

        var forProject = await client.GetStringAsync($"/Reviews?projectId={project.Id}");
        Assert.Contains($"href=\"/Reviews/{id}\"", forProject);
        Assert.Contains($"href=\"/Reviews?projectId={project.Id}\"", await client.GetStringAsync($"/SelfEvaluations/{project.Id}"));
    }

    [Fact]
    public async Task Memo_IsAValidDocx_WithTheFindingsByLine()
    {
        var client = await web.SignedIn("jixiao");
        var id = await UploadAketao(client, null);

        var response = await client.GetAsync($"/api/v1/reviews/{id}/memo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Kept next to the screenshots so a person can render and look at it (soffice → pdf → png).
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "review-memo.docx"), bytes);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("绩效评价报告复核意见书", text);
        Assert.Contains(Aketao, text);
        Assert.Contains("单位绩效自评报告", text);
        Assert.Contains("复核人：jixiao", text);
        Assert.Contains("需更正的错误", text);
        Assert.Contains("决策部分称由 22 个三级指标构成", text);
        Assert.Contains("第203行", text);
        Assert.Contains("已核对无误的事项", text);
    }

    [Theory]
    [InlineData("report.doc", "不支持旧版 Word（.doc）格式：请另存为 .docx 后再上传。")]
    [InlineData("report.xlsx", "只能上传 .docx、.txt 或 .pdf 格式的报告。")]
    [InlineData("report.docx", "无法读取：文件扩展名是Word 文档（.docx），但内容不是有效的Word 文档（.docx）。")]
    public async Task UnreadableUpload_Answers400WithAChineseMessage_AndStoresNothing(string fileName, string message)
    {
        var client = await web.SignedIn("admin");
        var before = (await WebFixture.Read<List<JsonElement>>(await client.GetAsync("/api/v1/reviews"))).Count;

        var response = await Upload(client, "/Reviews", fileName, "这不是一份报告"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await WebFixture.Read<List<JsonElement>>(await client.GetAsync("/api/v1/reviews"))).Count);
    }

    private static async Task<Guid> UploadAketao(HttpClient client, Guid? projectId)
    {
        var response = await Upload(client, "/Reviews", Aketao, await File.ReadAllBytesAsync(SamplePath(Aketao)), projectId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(Regex.Match(response.Headers.Location!.ToString(), "/Reviews/([0-9a-f-]{36})").Groups[1].Value);
    }

    /// <summary>The page form: the file, the optional project and the antiforgery token of the signed-in user.</summary>
    private static async Task<HttpResponseMessage> Upload(HttpClient client, string tokenPage, string fileName, byte[] bytes, Guid? projectId = null)
    {
        var token = await WebFixture.Token(client, tokenPage);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Report", fileName);
        form.Add(new StringContent(projectId?.ToString() ?? ""), "ProjectId");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/Reviews", form);
    }
}
