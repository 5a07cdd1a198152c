using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>The team records the evaluation's findings (问题、原因、建议, responsible unit, deadline); everyone who sees the evaluation reads them.</summary>
public sealed class FindingsModel(GetEvaluation get, ListFindings list, SaveFindings save) : PageModel
{
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Problem { get; set; }
    [BindProperty] public string? Cause { get; set; }
    [BindProperty] public string? Recommendation { get; set; }
    [BindProperty] public DateTime? DueAt { get; set; }
    [BindProperty] public Guid? ResponsibleUnitId { get; set; }
    [BindProperty] public Guid FindingId { get; set; }

    public EvaluationView Evaluation { get; private set; } = null!;
    public IReadOnlyList<FindingView> Findings { get; private set; } = [];
    public bool CanWork { get; private set; }
    public IReadOnlyList<ResponsibleUnitChoice> Units { get; private set; } = [];
    public List<string> Errors { get; } = [];

    public Task OnGetAsync(Guid id, CancellationToken ct) => Load(id, ct);

    public Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct) =>
        Act(id, () => save.Add(HttpContext.Scope(), id, new FindingInput(Category, Problem, Cause, Recommendation, ResponsibleUnitId, DueAt is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null, null), ct), "问题已记录。", ct);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct) =>
        Act(id, () => save.Delete(HttpContext.Scope(), FindingId, ct), "问题已删除。", ct);

    private async Task<IActionResult> Act(Guid id, Func<Task> step, string done, CancellationToken ct)
    {
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect($"/Evaluations/{id}/Findings");
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
        var scope = HttpContext.Scope();
        Evaluation = await get.Run(scope, id, ct);
        CanWork = scope.Role is Roles.Evaluator or Roles.Expert && Evaluation.Details && Evaluation.Status.IsEditable();
        Findings = await list.OfEvaluation(scope, id, ct);
        Units = CanWork ? await save.ResponsibleUnits(scope, id, ct) : [];
    }
}
