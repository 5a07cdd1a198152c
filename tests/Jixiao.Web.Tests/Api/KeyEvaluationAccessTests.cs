using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Evaluations;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Tests.Api;

/// <summary>
/// Who may open and change key and department evaluations over the API, on the demo county: an evaluator or expert only
/// what is assigned (and only after declaring), a unit only its own, and nobody changes a final evaluation.
/// </summary>
public sealed class KeyEvaluationAccessTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static async Task<IReadOnlyList<EvaluationRow>> List(HttpClient client) =>
        await WebFixture.Read<List<EvaluationRow>>(await client.GetAsync("/api/v1/evaluations"));

    private static async Task<string?> Detail(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<ProblemDetails>())?.Detail;

    [Fact]
    public async Task Evaluator_AndExpert_CannotOpenWhatIsNotAssignedToThem()
    {
        var all = await List(await web.SignedIn("jixiao"));
        var commissioned = all.First(r => r.Status == EvaluationStatus.Commissioned);
        var expert = await web.SignedIn("zhuanjia");
        Assert.DoesNotContain(await List(expert), r => r.Id == commissioned.Id);
        var refused = await expert.GetAsync($"/api/v1/evaluations/{commissioned.Id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(GetEvaluation.Missing, await Detail(refused));

        // The agency's evaluator sees the commissioned row, but nothing of the project before declaring, and no project list at all.
        var evaluator = await web.SignedIn("pingjia");
        var hidden = await WebFixture.Read<EvaluationView>(await evaluator.GetAsync($"/api/v1/evaluations/{commissioned.Id}"));
        Assert.Equal((false, 0, (decimal?)null), (hidden.Details, hidden.Indicators.Count, hidden.Total));
        var anyIndicator = (await WebFixture.Read<EvaluationView>(await (await web.SignedIn("jixiao")).GetAsync($"/api/v1/evaluations/{commissioned.Id}"))).Indicators[0];
        var edit = new IndicatorEdit(anyIndicator.Version, null, "100%", null, null, null, [], null);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.PutAsJsonAsync($"/api/v1/evaluations/{commissioned.Id}/indicators/{anyIndicator.Id}", edit, WebFixture.Json)).StatusCode);
        var projects = await WebFixture.Read<System.Text.Json.JsonElement>(await evaluator.GetAsync("/api/v1/projects"));
        Assert.Equal(0, projects.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unit_SeesOnlyItsOwnEvaluations_AndNotTheAgencysDraftScores()
    {
        var all = await List(await web.SignedIn("jixiao"));
        var unit = await web.SignedIn("danwei");
        var own = await List(unit);
        Assert.All(own, r => Assert.Equal("青禾县第一中学", r.SubjectUnit));
        foreach (var other in all.Where(r => r.SubjectUnit != "青禾县第一中学"))
        {
            var response = await unit.GetAsync($"/api/v1/evaluations/{other.Id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var department = await web.SignedIn("bumen");
        var inProgress = (await List(department)).First(r => r.Status == EvaluationStatus.InProgress);
        var view = await WebFixture.Read<EvaluationView>(await department.GetAsync($"/api/v1/evaluations/{inProgress.Id}"));
        Assert.Equal((false, 0), (view.Details, view.Indicators.Count));
    }

    [Fact]
    public async Task NobodyChangesAFinalEvaluation_NotTheTeam_NotTheBureau_NotThroughAnyEndpoint()
    {
        var bureau = await web.SignedIn("jixiao");
        var accepted = (await List(bureau)).First(r => r.Status == EvaluationStatus.Accepted && r.Kind == "项目支出绩效评价");
        var before = await WebFixture.Read<EvaluationView>(await bureau.GetAsync($"/api/v1/evaluations/{accepted.Id}"));
        var row = before.Indicators.First(i => i.Deductions.Count > 0);
        var edit = new IndicatorEdit(row.Version, row.TargetText, row.ActualText, row.Facts, row.Points, "复核后改为满分", [], row.WorkPaper);

        var evaluator = await web.SignedIn("pingjia");
        var save = await evaluator.PutAsJsonAsync($"/api/v1/evaluations/{accepted.Id}/indicators/{row.Id}", edit, WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.StartsWith("该评价已审定定稿，不能修改", await Detail(save), StringComparison.Ordinal);
        var text = await evaluator.PutAsJsonAsync($"/api/v1/evaluations/{accepted.Id}/text", new EvaluationTextInput(before.Version, "改写", "改写", "改写"), WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, text.StatusCode);
        var add = await evaluator.PostAsJsonAsync($"/api/v1/evaluations/{accepted.Id}/indicators", new NewIndicator("产出", "产出数量", "新增指标", 1m, "—"), WebFixture.Json);
        Assert.Equal(HttpStatusCode.Conflict, add.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await evaluator.PostAsJsonAsync($"/api/v1/evaluations/{accepted.Id}/submit", new { }, WebFixture.Json)).StatusCode);
        // The bureau is not on the team: it accepts, returns and reopens, it does not score.
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PutAsJsonAsync($"/api/v1/evaluations/{accepted.Id}/indicators/{row.Id}", edit, WebFixture.Json)).StatusCode);

        var after = await WebFixture.Read<EvaluationView>(await bureau.GetAsync($"/api/v1/evaluations/{accepted.Id}"));
        Assert.Equal((before.Version, before.Total, before.Grade, before.Indicators.Count), (after.Version, after.Total, after.Grade, after.Indicators.Count));
        Assert.Equal(row.Score, after.Indicators.Single(i => i.Id == row.Id).Score);
    }
}
