using Jixiao.App.Common;
using Jixiao.App.Projects;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.SelfEvaluations;

/// <summary>
/// 单位自评 of a project: actual values, explanations and evidence per indicator with the core's scores (live through
/// the score endpoint), narrative sections, and the review steps. A refusal keeps everything typed.
/// </summary>
public sealed class IndexModel(GetSelfEvaluation get, SaveSelfEvaluation save, ReviewSelfEvaluation review, ImportSelfEvaluation import, GetProject projects) : PageModel
{
    public sealed class EntryForm
    {
        public Guid IndicatorId { get; set; }
        public string? Actual { get; set; }
        public string? Score { get; set; }
        public string? Explanation { get; set; }
        public string? Evidence { get; set; }
    }

    [BindProperty] public List<EntryForm> Entries { get; set; } = [];
    [BindProperty] public Dictionary<string, string> Narrative { get; set; } = [];
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public ProjectView Project { get; private set; } = null!;
    public SelfEvaluationView? Evaluation { get; private set; }
    public ScoreView? Score { get; private set; }
    public IReadOnlyList<App.Projects.AuditView> History { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public ImportResult? ImportErrors { get; private set; }
    public Dictionary<string, string> FieldErrors { get; } = [];

    public async Task OnGetAsync(Guid projectId, CancellationToken ct)
    {
        await Load(projectId, ct);
        FillFormFromSaved();
    }

    private void FillFormFromSaved()
    {
        if (Evaluation is { } e)
        {
            Entries = e.Entries.Select(x => new EntryForm
            {
                IndicatorId = x.IndicatorId, Actual = x.ActualText, Score = x.ChosenScore?.ToString("0.##", Format.Chinese), Explanation = x.Explanation, Evidence = x.Evidence,
            }).ToList();
            Narrative = App.SelfEvaluations.Narrative.Sections.ToDictionary(s => s.Field, s => e.Narrative[s.Field]);
            Version = e.Version;
        }
    }

    public Task<IActionResult> OnPostOpenAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, () => save.Open(HttpContext.Scope(), projectId, ct), "已开始自评：指标来自已审定的绩效目标，资金来自项目。", ct);

    public Task<IActionResult> OnPostSaveAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, () => save.Save(HttpContext.Scope(), projectId, Input(), ct), "已保存。", ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, async () =>
        {
            await save.Save(HttpContext.Scope(), projectId, Input(), ct);
            // What was just saved is now the version this user holds, also when the submit itself is refused.
            Version = (await get.Run(HttpContext.Scope(), projectId, ct))!.Version;
            await review.Run(HttpContext.Scope(), projectId, ReviewAction.Submit, null, null, ct);
        }, "已提交，等待主管部门审核。", ct);

    public Task<IActionResult> OnPostApproveAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, () => review.Run(HttpContext.Scope(), projectId, ReviewAction.Approve, Comment, null, ct), "已审核通过。", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, () => review.Run(HttpContext.Scope(), projectId, ReviewAction.Return, Comment, null, ct), "已退回。", ct);

    public Task<IActionResult> OnPostReopenAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, () => review.Run(HttpContext.Scope(), projectId, ReviewAction.Reopen, Comment, null, ct), "已重新打开，单位可以修改后重新提交。", ct);

    /// <summary>A filled 自评表: saved through the same save as the form, or every bad row listed and nothing saved.</summary>
    public async Task<IActionResult> OnPostImportAsync(Guid projectId, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ImportErrors = new ImportResult(0, 0, [new ImportRowError(0, "", "请选择要导入的自评表 Excel 文件。")]);
            return await Act(projectId, () => Task.CompletedTask, "", ct);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var version = Version;
        return await Act(projectId, async () =>
        {
            var result = await import.Run(HttpContext.Scope(), projectId, buffer.ToArray(), file.FileName, version, ct);
            if (!result.Succeeded)
            {
                ImportErrors = new ImportResult(0, 0, result.Errors);
            }
        }, "已从文件导入自评，得分已由评分核心重新计算。", ct);
    }

    private async Task<IActionResult> Act(Guid projectId, Func<Task> step, string done, CancellationToken ct)
    {
        try
        {
            await step();
            if (ImportErrors is null)
            {
                TempData["Message"] = done;
                return Redirect($"/SelfEvaluations/{projectId}");
            }
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                FieldErrors[field] = string.Join(" ", messages);
                Errors.AddRange(messages);
            }
        }
        catch (Exception e) when (e is ConflictException or ForbiddenException)
        {
            Errors.Add(e.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            Errors.Add("保存前该自评已被其他用户修改，请刷新页面后重新填写。");
        }
        await Load(projectId, ct);
        if (Entries.Count == 0)
        {
            FillFormFromSaved(); // an upload posts no form values: show what is saved
        }
        else if (Evaluation is not null)
        {
            // Show the scores of what was typed, so the page stays consistent with the inputs kept.
            Score = await get.Preview(HttpContext.Scope(), projectId, Input(strict: false).Entries, ct);
        }
        return Page();
    }

    private SelfEvaluationInput Input(bool strict = true)
    {
        var entries = Entries.Select(e => new EntryInput(e.IndicatorId, e.Actual, ReadScore(e, strict), e.Explanation, e.Evidence)).ToList();
        string N(string field) => Narrative.GetValueOrDefault(field) ?? "";
        var narrative = new Narrative(N("GoalAchieved"), N("Basics"), N("WorkDone"), N("Conclusion"), N("IndicatorAnalysis"), N("Experience"), N("Suggestions"), N("OtherMatters"));
        return new SelfEvaluationInput(entries, narrative, Version);
    }

    private static decimal? ReadScore(EntryForm e, bool strict)
    {
        if (string.IsNullOrWhiteSpace(e.Score))
        {
            return null;
        }
        if (decimal.TryParse(e.Score.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var score))
        {
            return score;
        }
        return strict ? throw ValidationFailedException.For($"{e.IndicatorId}.Score", $"得分“{e.Score.Trim()}”不是数字。") : null;
    }

    private async Task Load(Guid projectId, CancellationToken ct)
    {
        Project = await projects.Run(HttpContext.Scope(), projectId, ct);
        Evaluation = await get.Run(HttpContext.Scope(), projectId, ct);
        Score = Evaluation?.Score;
        History = await get.History(HttpContext.Scope(), projectId, ct);
    }

    public string? ErrorOf(Guid indicator, string field) => FieldErrors.GetValueOrDefault($"{indicator}.{field}");
}
