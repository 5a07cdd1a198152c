using Jixiao.App.Reports;
using Jixiao.Documents.Templates;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Jurisdiction;

/// <summary>The body of PUT /api/v1/jurisdiction/report-templates/{kind}: the whole template and the version it was read at (0 = the default).</summary>
public sealed record ReportTemplateUpdate(ReportTemplate? Template, long Version);

/// <summary>/api/v1/jurisdiction/report-templates: everyone in the jurisdiction reads; the bureau changes or resets (issue 5).</summary>
public static class ReportTemplatesApi
{
    public static RouteGroupBuilder MapReportTemplatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/jurisdiction/report-templates").WithTags("报告模板 Report templates").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List).WithName("ListReportTemplates").WithSummary("各类报告的模板（是否已按本地区调整）");
        group.MapGet("/{kind}", Get).WithName("GetReportTemplate").WithSummary("某类报告本地区使用的模板");
        group.MapPut("/{kind}", Save).WithName("SaveReportTemplate").WithSummary("保存本地区的报告模板")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{kind}", Reset).WithName("ResetReportTemplate").WithSummary("恢复默认模板（version 可选，给出时检查）")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<ReportTemplateSummary>>> List(HttpContext http, ManageReportTemplates manage, CancellationToken ct) =>
        TypedResults.Ok(await manage.List(http.Scope(), ct));

    public static async Task<Ok<ReportTemplateView>> Get(HttpContext http, ManageReportTemplates manage, string kind, CancellationToken ct) =>
        TypedResults.Ok(await manage.Get(http.Scope(), kind, ct));

    public static async Task<Ok<ReportTemplateView>> Save(HttpContext http, ManageReportTemplates manage, string kind, ReportTemplateUpdate update, CancellationToken ct) =>
        TypedResults.Ok(await manage.Save(http.Scope(), kind, update.Template, update.Version, ct));

    public static async Task<Ok<ReportTemplateView>> Reset(HttpContext http, ManageReportTemplates manage, string kind, long? version, CancellationToken ct) =>
        TypedResults.Ok(await manage.Reset(http.Scope(), kind, version, ct));
}
