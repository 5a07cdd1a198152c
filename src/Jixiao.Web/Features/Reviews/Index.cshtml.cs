using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Reviews;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Reviews;

/// <summary>报告复核: upload a report (optionally about one project's self-evaluation) and the list of past reviews.</summary>
[RequestSizeLimit(ReportReviews.MaxUploadBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ReportReviews.MaxUploadBytes + 1024 * 1024)]
public sealed class IndexModel(ReportReviews reviews, JixiaoDbContext db) : PageModel
{
    public sealed record ProjectOption(Guid Id, string Label);

    [BindProperty(SupportsGet = true)] public Guid? ProjectId { get; set; }

    [BindProperty] public IFormFile? Report { get; set; }

    public IReadOnlyList<ReviewRow> Rows { get; private set; } = [];
    public IReadOnlyList<ProjectOption> Projects { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Scopes.CanReviewReports(HttpContext.Scope()))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await Load(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Scopes.CanReviewReports(HttpContext.Scope()))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (Report is null)
        {
            Error = "请选择要复核的报告文件（.docx、.txt 或 .pdf）。";
        }
        else if (Report.Length > ReportReviews.MaxUploadBytes)
        {
            Error = "文件不能超过 20 MB。";
        }
        else
        {
            using var buffer = new MemoryStream();
            await Report.CopyToAsync(buffer, ct);
            try
            {
                var id = await reviews.Upload(HttpContext.Scope(), Report.FileName, buffer.ToArray(), ProjectId, ct);
                return Redirect($"/Reviews/{id}");
            }
            catch (ValidationFailedException e)
            {
                Error = string.Join("；", e.Errors.SelectMany(x => x.Value));
            }
            catch (NotFoundException e)
            {
                Error = e.Message;
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var scope = HttpContext.Scope();
        Rows = await reviews.List(scope, ProjectId, ct);
        Projects = (await db.Projects.AsNoTracking().VisibleTo(scope).OrderByDescending(p => p.Year).ThenBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Name, p.Year }).ToListAsync(ct))
            .Select(p => new ProjectOption(p.Id, $"{p.Year}年 [{p.Code}] {p.Name}")).ToList();
    }
}
