using System.Net;
using System.Net.Http.Json;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Tests.Api;

public sealed class EvaluationApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static async Task<IReadOnlyList<SelfEvaluationRow>> List(HttpClient client, string query = "") =>
        await WebFixture.Read<List<SelfEvaluationRow>>(await client.GetAsync("/api/v1/self-evaluations" + query));

    [Fact]
    public async Task FinalEvaluation_CannotBeChangedThroughTheApi_409WithAChineseDetail()
    {
        var bureau = await web.SignedIn("jixiao");
        var final = (await List(bureau, "?status=Approved")).First();
        var view = await WebFixture.Read<SelfEvaluationView>(await bureau.GetAsync($"/api/v1/projects/{final.ProjectId}/self-evaluation"));
        var input = new SelfEvaluationInput(view.Entries.Select(e => new EntryInput(e.IndicatorId, "0", null, null, null)).ToList(), null, view.Version);

        var response = await bureau.PutAsJsonAsync($"/api/v1/projects/{final.ProjectId}/self-evaluation", input, WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(("状态冲突", "该自评已审定定稿，不能修改；如需修改，请由财政局重新打开（须填写原因）。"), (problem!.Title, problem.Detail));
        var submit = await bureau.PostAsJsonAsync($"/api/v1/projects/{final.ProjectId}/self-evaluation/submit", new { }, WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        var after = await WebFixture.Read<SelfEvaluationView>(await bureau.GetAsync($"/api/v1/projects/{final.ProjectId}/self-evaluation"));
        Assert.Equal((view.Version, view.Score.Total), (after.Version, after.Score.Total));
    }

    [Fact]
    public async Task Unit_SeesOnlyItsOwnEvaluations_AndGets404ForAnotherUnits()
    {
        var unit = await web.SignedIn("danwei");
        var own = await List(unit);
        Assert.NotEmpty(own);
        Assert.All(own, r => Assert.Equal("青禾县第一中学", r.BudgetUnit));
        var other = (await List(await web.SignedIn("jixiao"))).First(r => r.BudgetUnit != "青禾县第一中学");

        var response = await unit.GetAsync($"/api/v1/projects/{other.ProjectId}/self-evaluation");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("项目不存在或无权查看。", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/v1/projects/{other.ProjectId}/targets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Anonymous().GetAsync($"/api/v1/projects/{other.ProjectId}/self-evaluation")).StatusCode);
    }

    [Fact]
    public async Task Department_SeesOnlyItsUnitsEvaluations()
    {
        var department = await List(await web.SignedIn("bumen"));
        var all = await List(await web.SignedIn("jixiao"));
        Assert.NotEmpty(department);
        Assert.All(department, r => Assert.Contains("-301", r.ProjectCode, StringComparison.Ordinal));
        Assert.Equal(all.Where(r => r.ProjectCode.Contains("-301", StringComparison.Ordinal)).Select(r => r.ProjectId), department.Select(r => r.ProjectId));
    }

    [Fact]
    public async Task ScoreEndpoint_ReturnsTheCoresResultForTypedValues_AndRefusesUnreadableOnes()
    {
        var bureau = await web.SignedIn("jixiao");
        var final = (await List(bureau, "?status=Approved")).First();
        var view = await WebFixture.Read<SelfEvaluationView>(await bureau.GetAsync($"/api/v1/projects/{final.ProjectId}/self-evaluation"));
        var same = view.Entries.Select(e => new EntryInput(e.IndicatorId, e.ActualText, e.ChosenScore, e.Explanation, e.Evidence)).ToList();
        var scored = await WebFixture.Read<ScoreView>(await bureau.PostAsJsonAsync($"/api/v1/projects/{final.ProjectId}/self-evaluation/score", new SelfEvaluationInput(same, null), WebFixture.Json));
        Assert.Equal((view.Score.Total, view.Score.Grade), (scored.Total, scored.Grade));
        Assert.Equal(final.Total, scored.Total);

        var bad = same.Select((e, i) => i == 0 ? e with { Actual = "≥abc" } : e).ToList();
        var refused = await WebFixture.Read<ScoreView>(await bureau.PostAsJsonAsync($"/api/v1/projects/{final.ProjectId}/self-evaluation/score", new SelfEvaluationInput(bad, null), WebFixture.Json));
        Assert.Contains(refused.Problems, p => p.Field == "Actual" && p.Message.StartsWith("“计划任务完成数”的实际完成值“≥abc”无法识别", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Targets_ThroughTheApi_LintSubmitAndReviewInOrder()
    {
        var unit = await web.SignedIn("danwei");
        var project = (await WebFixture.Read<App.Projects.Page<App.Projects.ProjectRow>>(await unit.GetAsync("/api/v1/projects?year=2025&search=教师培训经费"))).Items.Single();
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/v1/projects/{project.Id}/targets")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await unit.PostAsJsonAsync($"/api/v1/projects/{project.Id}/targets", new StartTargetsBody("self"), WebFixture.Json)).StatusCode);
        TargetIndicatorInput[] rows =
        [
            new("产出指标", "数量指标", "培训教师人次", "人次", 50m, "≥300人次"), new("效益指标", "社会效益指标", "培训覆盖率", "%", 30m, "≥90%"),
            new("满意度指标", "服务对象满意度指标", "满意度", "%", 10m, "≤95%"),
        ];
        var findings = await WebFixture.Read<List<Jixiao.Scoring.Linting.Finding>>(await unit.PostAsJsonAsync($"/api/v1/projects/{project.Id}/targets/lint", new TargetSheetInput("", rows), WebFixture.Json));
        Assert.Contains(findings, f => f.Code == "operator-direction" && f.Indicator == "满意度");

        var saved = await unit.PutAsJsonAsync($"/api/v1/projects/{project.Id}/targets", new TargetSheetInput("全年培训教师300人次。", [.. rows[..2], rows[2] with { TargetText = "≥95%" }]), WebFixture.Json);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(ReviewStatus.Submitted, await WebFixture.Read<ReviewStatus>(await unit.PostAsJsonAsync($"/api/v1/projects/{project.Id}/targets/submit", new { }, WebFixture.Json)));
        var department = await web.SignedIn("bumen");
        var noComment = await department.PostAsJsonAsync($"/api/v1/projects/{project.Id}/targets/return", new { comment = "" }, WebFixture.Json);
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal(ReviewStatus.DepartmentApproved, await WebFixture.Read<ReviewStatus>(await department.PostAsJsonAsync($"/api/v1/projects/{project.Id}/targets/approve", new { }, WebFixture.Json)));
        var locked = await unit.PutAsJsonAsync($"/api/v1/projects/{project.Id}/targets", new TargetSheetInput("改", rows), WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Equal("该绩效目标表当前状态为“待财政审核”，已锁定，不能修改。", (await locked.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
    }

    [Fact]
    public async Task Batches_AreForThePerformanceSectionOnly_403ForAUnit()
    {
        var unit = await web.SignedIn("danwei");
        var forbidden = await unit.GetAsync("/api/v1/batches");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("只有财政局绩效科可以组织重点评价。", (await forbidden.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        var bureau = await web.SignedIn("jixiao");
        var created = await bureau.PostAsJsonAsync("/api/v1/batches", new { name = "", year = 2024, dueAt = "2025-09-30T00:00:00Z" }, WebFixture.Json);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal("请填写批次名称。", (await created.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["Name"].Single());
    }

    private sealed record StartTargetsBody(string FrameworkId);
}
