using Jixiao.App.Common;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Linting;
using Jixiao.Scoring.Rules;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Targets;

/// <summary>
/// A project's 绩效目标表: edit the draft (typed values survive every refusal), linter findings beside it,
/// Excel import/export, submit, review, new version. Every rule is in Jixiao.App; this page only carries values.
/// </summary>
public sealed class IndexModel(GetTargets get, SaveTargets save, ReviewTargets review, App.Projects.GetProject projects) : PageModel
{
    public sealed class RowForm
    {
        public string? Level1 { get; set; }
        public string? Level2 { get; set; }
        public string? Name { get; set; }
        public string? Unit { get; set; }
        public string? Points { get; set; }
        public string? TargetText { get; set; }
        public IndicatorDirection? Direction { get; set; }
    }

    [BindProperty] public string? OverallGoal { get; set; }
    [BindProperty] public List<RowForm> Rows { get; set; } = [];
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? FrameworkId { get; set; }

    public Guid ProjectId { get; private set; }
    public TargetSheetView? Sheet { get; private set; }
    public App.Projects.ProjectView Project { get; private set; } = null!;
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public IReadOnlyList<App.Projects.AuditView> History { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public HashSet<string> BadFields { get; } = [];

    public async Task OnGetAsync(Guid projectId, CancellationToken ct)
    {
        await Load(projectId, ct);
        if (Sheet is { } sheet)
        {
            OverallGoal = sheet.OverallGoal;
            Version = sheet.Version;
            Rows = sheet.Indicators.Select(i => new RowForm
            {
                Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Unit = i.Unit, Points = i.Points.ToString("0.##", Format.Chinese), TargetText = i.TargetText,
                Direction = DirectionText.FromChinese(i.Direction),
            }).ToList();
            if (Rows.Count == 0)
            {
                Rows = TargetTemplates.Skeleton(sheet.FrameworkId).Select(t => new RowForm { Level1 = t.Level1, Level2 = t.Level2 }).ToList();
            }
            Findings = sheet.Findings;
        }
        AddBlankRows();
    }

    public Task<IActionResult> OnPostStartAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, () => save.Start(HttpContext.Scope(), projectId, FrameworkId, ct), "已按模板创建绩效目标表，请填写指标。", ct);

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

    public Task<IActionResult> OnPostNewVersionAsync(Guid projectId, CancellationToken ct) =>
        Act(projectId, () => save.NewVersion(HttpContext.Scope(), projectId, Comment, ct), "已创建新版本，请修改后重新提交审核。", ct);

    public Task<IActionResult> OnPostImportAsync(Guid projectId, IFormFile? file, CancellationToken ct) =>
        Act(projectId, async () =>
        {
            if (file is null || file.Length == 0)
            {
                throw ValidationFailedException.For("File", "请选择要导入的 Excel 或 CSV 文件。");
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (rows, errors) = TargetWorkbook.Import(buffer.ToArray(), file.FileName);
            if (errors.Count > 0)
            {
                throw new ValidationFailedException(errors.GroupBy(e => "File").ToDictionary(g => g.Key, g => g.Select(e => e.Row > 0 ? $"第{e.Row}行 {e.Column}：{e.Message}" : e.Message).ToArray()));
            }
            var sheet = await get.Run(HttpContext.Scope(), projectId, ct);
            await save.Save(HttpContext.Scope(), projectId, new TargetSheetInput(sheet?.OverallGoal, rows), ct);
        }, "已从文件导入指标。", ct);

    public async Task<IActionResult> OnGetExportAsync(Guid projectId, CancellationToken ct)
    {
        var sheet = await get.Run(HttpContext.Scope(), projectId, ct) ?? throw new NotFoundException("该项目尚未填报绩效目标。");
        return File(TargetWorkbook.Export(sheet.Indicators), App.Projects.ProjectSheet.ContentType, $"绩效目标表-{sheet.ProjectCode}-v{sheet.Number}.xlsx");
    }

    /// <summary>Runs one step; a refusal re-renders the page with what the user typed and the Chinese messages.</summary>
    private async Task<IActionResult> Act(Guid projectId, Func<Task> step, string done, CancellationToken ct)
    {
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect($"/Targets/{projectId}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                BadFields.Add(field);
                Errors.AddRange(messages);
            }
        }
        catch (Exception e) when (e is ConflictException or ForbiddenException)
        {
            Errors.Add(e.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            Errors.Add("保存前该目标表已被其他用户修改，请刷新页面后重新编辑。");
        }
        await Load(projectId, ct);
        Findings = TargetLint.Run(Input(strict: false).Indicators, Project.Total.FullYearBudget, Sheet?.FrameworkId);
        AddBlankRows();
        return Page();
    }

    private TargetSheetInput Input(bool strict = true) =>
        new(OverallGoal, Rows.Select((r, i) => new TargetIndicatorInput(r.Level1, r.Level2, r.Name, r.Unit, ReadPoints(r.Points, i, strict), r.TargetText, r.Direction)).ToList(), Version);

    /// <summary>A weight that is not a number is kept as typed and reported, never silently dropped.</summary>
    private static decimal? ReadPoints(string? text, int row, bool strict)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var points))
        {
            return points;
        }
        return strict
            ? throw ValidationFailedException.For($"Indicators[{row}].Points", $"第{row + 1}行：分值“{text.Trim()}”不是数字。")
            : null;
    }

    private async Task Load(Guid projectId, CancellationToken ct)
    {
        ProjectId = projectId;
        Project = await projects.Run(HttpContext.Scope(), projectId, ct);
        Sheet = await get.Run(HttpContext.Scope(), projectId, ct);
        History = await get.History(HttpContext.Scope(), projectId, ct);
    }

    private void AddBlankRows()
    {
        if (Sheet?.Can.CanEdit == true)
        {
            for (var i = 0; i < 3; i++)
            {
                Rows.Add(new RowForm { Level1 = Rows.LastOrDefault()?.Level1 });
            }
        }
    }
}
