using Jixiao.App.Common;
using Jixiao.App.Reports;
using Jixiao.Web.Features.Reports;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Jurisdiction;

/// <summary>
/// 报告模板 (issue 5): per report kind, the bureau sets title, headings, order, printed sections, red head, signature and
/// charts; 恢复默认 deletes its template. A refused form comes back as typed with the messages at the top.
/// </summary>
public sealed class TemplatesModel(ManageReportTemplates manage) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty] public TemplateForm Form { get; set; } = new();
    [BindProperty] public long Version { get; set; }

    public IReadOnlyList<ReportTemplateSummary> Kinds { get; private set; } = [];
    public ReportTemplateView View { get; private set; } = null!;
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await Load(ct);
        Form = TemplateForm.From(View.Template);
        Version = View.Version;
    }

    public async Task<IActionResult> OnGetSampleAsync(CancellationToken ct)
    {
        var sample = await manage.Sample(HttpContext.Scope(), Kind ?? ReportTemplateKinds.All[0].Kind, ct: ct);
        if (!sample.Succeeded)
        {
            return new ObjectResult(new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "样张生成失败", Detail = string.Join("；", sample.Errors) }) { StatusCode = StatusCodes.Status500InternalServerError };
        }
        Response.Headers.ContentDisposition = ReportsApi.ContentDisposition(sample.Value!.FileName, $"sample-{Kind}.docx");
        return File(sample.Value.Bytes, sample.Value.ContentType);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Load(ct);
        if (Form.Sections.Select((_, i) => ModelState[$"{nameof(Form)}.Sections[{i}].Order"]).Any(e => e is { Errors.Count: > 0 }))
        {
            Errors.Add("章节顺序请填写整数（1、2、3…）。");
            return Page();
        }
        Form.Kind = View.Kind;
        return await Try(() => manage.Save(HttpContext.Scope(), View.Kind, Form.ToTemplate(View.Template), Version, ct), "报告模板已保存。");
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        await Load(ct);
        return await Try(() => manage.Reset(HttpContext.Scope(), View.Kind, Version, ct), "已恢复为全国通用的默认模板。");
    }

    private async Task<IActionResult> Try(Func<Task<ReportTemplateView>> change, string done)
    {
        try
        {
            await change();
            TempData["Message"] = done;
            return Redirect($"/Jurisdiction/Templates?kind={Uri.EscapeDataString(View.Kind)}");
        }
        catch (ValidationFailedException e)
        {
            Errors.AddRange(e.Errors.SelectMany(x => x.Value));
        }
        catch (Exception e) when (e is ConflictException or DbUpdateConcurrencyException)
        {
            Errors.Add(e is ConflictException c ? c.Message : "该报告模板在您打开后已被其他用户修改，请刷新页面后重新编辑。");
        }
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var scope = HttpContext.Scope();
        Kinds = await manage.List(scope, ct);
        Kind = Kinds.Any(k => k.Kind == Kind) ? Kind : Kinds[0].Kind;
        View = await manage.Get(scope, Kind!, ct);
    }
}
