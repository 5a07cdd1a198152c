using System.Globalization;
using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Evaluations;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>
/// The evaluator's workspace: conflict declaration first, then one card per indicator (评分标准, facts, target/actual,
/// deductions with reasons, work paper, evidence) saved one at a time with its version, so team members do not overwrite
/// each other; scores and the card come from the scoring core. A refused save keeps everything typed at its row.
/// </summary>
public sealed class DetailModel(GetEvaluation get, DeclareConflict declare, SaveIndicator save, SaveEvaluationText text, ReviewEvaluation review, UploadEvidence evidence) : PageModel
{
    public sealed class IndicatorForm
    {
        public Guid IndicatorId { get; set; }
        public long Version { get; set; }
        public string? TargetText { get; set; }
        public string? ActualText { get; set; }
        public string? Facts { get; set; }
        public string? EvaluatorScore { get; set; }
        public string? ScoreReason { get; set; }
        /// <summary>One deduction a line: "1.5 原因".</summary>
        public string? Deductions { get; set; }
        public string? WorkPaper { get; set; }
        public string? Points { get; set; }
    }

    /// <summary>A 项目个性指标 to add under one of the framework's first levels.</summary>
    public sealed class NewIndicatorForm
    {
        public string? Level1 { get; set; }
        public string? Level2 { get; set; }
        public string? Name { get; set; }
        public string? Points { get; set; }
        public string? Standard { get; set; }
    }

    [BindProperty] public IndicatorForm Edit { get; set; } = new();
    [BindProperty] public bool HasConflict { get; set; }
    [BindProperty] public string? DeclarationText { get; set; }
    [BindProperty] public string? Basics { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Experience { get; set; }
    [BindProperty] public long TextVersion { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public Guid UploadIndicatorId { get; set; }
    [BindProperty] public NewIndicatorForm New { get; set; } = new();
    [BindProperty] public Guid DeleteIndicatorId { get; set; }

    public EvaluationView Evaluation { get; private set; } = null!;
    public UserScope Me { get; private set; } = null!;
    public List<string> Errors { get; } = [];
    /// <summary>Errors of the indicator that was being saved, shown at its card.</summary>
    public Guid? ErrorIndicatorId { get; private set; }

    public bool CanWork => Me.Role is Roles.Evaluator or Roles.Expert && Evaluation.Details && Evaluation.Status.IsEditable();
    public bool IsLead => Evaluation.Team.Any(m => string.Equals(m.UserName, Me.UserName, StringComparison.OrdinalIgnoreCase) && m.Role == TeamRole.Lead && m.Conflict == ConflictAnswer.NoConflict);
    public bool MustDeclare => Me.Role is Roles.Evaluator or Roles.Expert && !Evaluation.Details
        && Evaluation.Team.All(m => !string.Equals(m.UserName, Me.UserName, StringComparison.OrdinalIgnoreCase) || m.Conflict == ConflictAnswer.Pending);
    public bool CanAccept => Scopes.CanAcceptEvaluations(Me);

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await Load(id, ct);
        (Basics, Summary, Experience, TextVersion) = (Evaluation.Basics, Evaluation.Summary, Evaluation.Experience, Evaluation.Version);
    }

    public Task<IActionResult> OnPostDeclareAsync(Guid id, CancellationToken ct) =>
        Act(id, () => declare.Run(HttpContext.Scope(), id, new ConflictDeclaration(HasConflict, DeclarationText), ct), HasConflict ? "已声明存在利害关系，您已回避本项目。" : "已声明无利害关系，可以开始评价。", ct);

    public Task<IActionResult> OnPostSaveIndicatorAsync(Guid id, CancellationToken ct)
    {
        ErrorIndicatorId = Edit.IndicatorId;
        return Act(id, () => save.Save(HttpContext.Scope(), id, Edit.IndicatorId, ToEdit(Edit), ct), "指标已保存，得分已按规则重新计算。", ct, $"#i-{Edit.IndicatorId}");
    }

    public Task<IActionResult> OnPostAddIndicatorAsync(Guid id, CancellationToken ct) =>
        Act(id, async () =>
        {
            var (points, error) = ParsePoints(New.Points);
            if (error is not null)
            {
                throw ValidationFailedException.For("New.Points", error);
            }
            await save.Add(HttpContext.Scope(), id, new NewIndicator(New.Level1, New.Level2, New.Name, points ?? 0m, New.Standard), ct);
        }, "已添加项目个性指标；请相应调整同一一级指标下其他指标的分值，使合计不变。", ct, "#add-indicator");

    public Task<IActionResult> OnPostDeleteIndicatorAsync(Guid id, CancellationToken ct) =>
        Act(id, () => save.Delete(HttpContext.Scope(), id, DeleteIndicatorId, ct), "已删除项目个性指标。", ct);

    public Task<IActionResult> OnPostSaveTextAsync(Guid id, CancellationToken ct) =>
        Act(id, () => text.Run(HttpContext.Scope(), id, new EvaluationTextInput(TextVersion, Basics, Summary, Experience), ct), "评价报告内容已保存。", ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, EvaluationAction action, CancellationToken ct) =>
        Act(id, () => review.Run(HttpContext.Scope(), id, action, Comment, ct), action switch
        {
            EvaluationAction.Submit => "已提交财政局绩效科审核。",
            EvaluationAction.Accept => "已审定，评价结果定稿。",
            EvaluationAction.Return => "已退回评价机构。",
            EvaluationAction.Reopen => "已重新打开。",
            _ => "已完成。",
        }, ct);

    public Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        ErrorIndicatorId = UploadIndicatorId;
        return Act(id, async () =>
        {
            if (file is null)
            {
                throw ValidationFailedException.For("File", "请选择要上传的佐证材料文件。");
            }
            await using var stream = file.OpenReadStream();
            await evidence.Upload(HttpContext.Scope(), id, UploadIndicatorId, file.FileName, stream, ct);
        }, "佐证材料已上传。", ct, $"#i-{UploadIndicatorId}");
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        var file = await evidence.Download(HttpContext.Scope(), id, fileId, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> Act(Guid id, Func<Task> step, string done, CancellationToken ct, string anchor = "")
    {
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect($"/Evaluations/{id}{anchor}");
        }
        catch (ValidationFailedException e)
        {
            Errors.AddRange(e.Errors.SelectMany(x => x.Value));
        }
        catch (ConflictException e)
        {
            Errors.Add(e.Message);
        }
        await Load(id, ct);
        return Page();
    }

    private async Task Load(Guid id, CancellationToken ct)
    {
        Me = HttpContext.Scope();
        Evaluation = await get.Run(Me, id, ct);
    }

    /// <summary>The form's values for a card: what was just typed when this card's save was refused, else the stored row.</summary>
    public IndicatorForm FormFor(EvaluationIndicatorView i) => ErrorIndicatorId == i.Id && Errors.Count > 0 && Edit.IndicatorId == i.Id ? Edit : new IndicatorForm
    {
        IndicatorId = i.Id, Version = i.Version, TargetText = i.TargetText, ActualText = i.ActualText, Facts = i.Facts,
        EvaluatorScore = i.EvaluatorScore?.ToString("0.##", CultureInfo.InvariantCulture), ScoreReason = i.ScoreReason,
        Deductions = string.Join("\n", i.Deductions.Select(d => $"{d.Points.ToString("0.##", CultureInfo.InvariantCulture)} {d.Reason}")), WorkPaper = i.WorkPaper,
        Points = i.Points.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static IndicatorEdit ToEdit(IndicatorForm f)
    {
        var v = new Validation();
        decimal? score = null;
        if (!string.IsNullOrWhiteSpace(f.EvaluatorScore))
        {
            if (decimal.TryParse(f.EvaluatorScore.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s))
            {
                score = s;
            }
            else
            {
                v.Add("EvaluatorScore", $"得分“{f.EvaluatorScore.Trim()}”不是数字。");
            }
        }
        var deductions = new List<DeductionInput>();
        foreach (var (line, n) in (f.Deductions ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select((l, n) => (l, n + 1)))
        {
            var space = line.IndexOfAny([' ', '\t', '　']);
            var number = space < 0 ? line : line[..space];
            if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var points))
            {
                v.Add("Deductions", $"第{n}条扣分“{line}”应以扣分数开头，如“1.5 合同未按节点支付”。");
                continue;
            }
            deductions.Add(new DeductionInput(points, space < 0 ? null : line[(space + 1)..].Trim()));
        }
        var weight = ParsePoints(f.Points);
        v.Require(weight.Error is null, "Points", weight.Error ?? "");
        v.ThrowIfInvalid();
        return new IndicatorEdit(f.Version, f.TargetText, f.ActualText, f.Facts, score, f.ScoreReason, deductions, f.WorkPaper, weight.Value);
    }

    /// <summary>A 分值 as typed: empty is "unchanged" (null); otherwise a number or the Chinese error for it.</summary>
    private static (decimal? Value, string? Error) ParsePoints(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points) ? (points, null)
        : (null, $"分值“{text.Trim()}”不是数字。");
}
