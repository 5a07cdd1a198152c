using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Findings;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Findings;

/// <summary>One finding: the responsible unit answers with measures and evidence; the bureau verifies or returns it.</summary>
public sealed class DetailModel(ListFindings list, RectifyFinding rectify) : PageModel
{
    [BindProperty] public string? Measures { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public FindingView Finding { get; private set; } = null!;
    public bool CanAnswer { get; private set; }
    public bool CanVerify { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await Load(id, ct);
        Measures = Finding.Measures;
    }

    public Task<IActionResult> OnPostAnswerAsync(Guid id, IFormFile? file, CancellationToken ct) =>
        Act(id, async () =>
        {
            if (file is not null)
            {
                await using var stream = file.OpenReadStream();
                await rectify.AddEvidence(HttpContext.Scope(), id, file.FileName, stream, ct);
            }
            await rectify.Answer(HttpContext.Scope(), id, Measures, ct);
        }, "整改情况已提交，等待财政局核实。", ct);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) =>
        Act(id, () => rectify.Verify(HttpContext.Scope(), id, Comment, ct), "已核实整改到位。", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        Act(id, () => rectify.Return(HttpContext.Scope(), id, Comment, ct), "已退回，责任单位须重新整改。", ct);

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        var (file, content) = await rectify.OpenEvidence(HttpContext.Scope(), id, fileId, ct);
        return File(content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> Act(Guid id, Func<Task> step, string done, CancellationToken ct)
    {
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect($"/Findings/{id}");
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
        Finding = await list.Get(scope, id, ct);
        var row = new Finding { JurisdictionId = scope.JurisdictionId, ResponsibleUnitId = Finding.ResponsibleUnitId };
        CanAnswer = Scopes.CanAnswer(scope, row) && Finding.Status is FindingStatus.Open or FindingStatus.Returned;
        CanVerify = Scopes.CanVerify(scope, row) && Finding.Status == FindingStatus.Answered;
    }
}
