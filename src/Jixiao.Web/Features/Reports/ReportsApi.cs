using System.Net;
using System.Text;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Projects;
using Jixiao.App.Reports;
using Jixiao.Documents.Common;
using Jixiao.Documents.Pdf;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Features.Reports;

/// <summary>
/// Document downloads: ?format=docx|pdf|xlsx on each report kind. Scope rules are the App's (404 outside the user's
/// scope). A document that cannot be produced (no LibreOffice for PDF, a format the kind does not come in) answers
/// with a Chinese ProblemDetails, or a short Chinese page when a browser followed a download link.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/v1/projects").WithTags("报告与表格 Reports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        projects.MapGet("/{projectId:guid}/reports/self-evaluation", SelfEvaluation).WithName("DownloadSelfEvaluationTable")
            .WithSummary("下载项目支出绩效自评表（docx、pdf、xlsx）");
        projects.MapGet("/{projectId:guid}/reports/project-evaluation", ProjectEvaluation).WithName("DownloadProjectEvaluationReport")
            .WithSummary("下载项目支出绩效评价报告（docx、pdf），取自单位自评");
        projects.MapGet("/{projectId:guid}/reports/targets", Targets).WithName("DownloadTargetTable")
            .WithSummary("下载绩效目标表（docx、pdf、xlsx）");
        projects.MapGet("/reports/list", ProjectList).WithName("DownloadProjectList")
            .WithSummary("下载项目清单（xlsx，含合计行，筛选同项目列表）");
        app.MapGet("/api/v1/department-budgets/{budgetId:guid}/report", Department).WithTags("报告与表格 Reports").RequireAuthorization()
            .WithName("DownloadDepartmentReport").WithSummary("下载部门整体支出绩效评价报告（docx、pdf）")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapKeyEvaluationReports();
        app.MapListReports();
        return app;
    }

    /// <summary>Key evaluations (visibility of the evaluation, 403 before the conflict declaration) and batches (the bureau only).</summary>
    private static void MapKeyEvaluationReports(this IEndpointRouteBuilder app)
    {
        var evaluations = app.MapGroup("/api/v1/evaluations/{id:guid}/reports").WithTags("报告与表格 Reports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        evaluations.MapGet("/evaluation", KeyEvaluation).WithName("DownloadKeyEvaluationReport")
            .WithSummary("下载重点评价报告（项目支出绩效评价报告或部门整体支出绩效评价报告，docx、pdf）");
        evaluations.MapGet("/feedback", Feedback).WithName("DownloadEvaluationFeedback").WithSummary("下载评价结果反馈单（docx、pdf；须已完成评分）");
        var batches = app.MapGroup("/api/v1/batches/{id:guid}/reports").WithTags("报告与表格 Reports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        batches.MapGet("/summary", BatchSummary).WithName("DownloadBatchSummary").WithSummary("下载重点绩效评价情况的报告（docx、pdf；xlsx 为附件1、2）");
        batches.MapGet("/feedback", BatchFeedback).WithName("DownloadBatchFeedback").WithSummary("下载整批评价结果反馈单（已审定的项目，每项目一页）");
        batches.MapGet("/archive", BatchArchive).WithName("DownloadBatchArchive").WithSummary("整批打包下载（zip：汇总报告、附件、反馈单、各项目评价报告）");
    }

    /// <summary>The evaluation, findings and batch lists as their pages show them (same use cases, filters and scope).</summary>
    private static void MapListReports(this IEndpointRouteBuilder app)
    {
        var lists = app.MapGroup("/api/v1").WithTags("报告与表格 Reports").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        lists.MapGet("/evaluations/reports/list", EvaluationList).WithName("DownloadEvaluationList").WithSummary("下载财政评价清单（xlsx，筛选同列表：year、status）");
        lists.MapGet("/findings/reports/list", FindingList).WithName("DownloadFindingList").WithSummary("下载问题整改清单（xlsx，筛选同列表：status、overdue）");
        lists.MapGet("/department-budgets/reports/list", BudgetList).WithName("DownloadDepartmentBudgetList").WithSummary("下载部门预算清单（xlsx，万元，含合计行；筛选同列表：year）");
        lists.MapGet("/batches/reports/list", BatchList).WithName("DownloadBatchList").WithSummary("下载重点评价批次清单（xlsx，绩效科）");
    }

    public static Task<IResult> EvaluationList(HttpContext http, ListSheets sheets, string? format, int? year, EvaluationStatus? status, CancellationToken ct) =>
        Download(http, format, ReportFormat.Xlsx, f => sheets.Evaluations(http.Scope(), year, status, f, ct), "evaluation-list");

    public static Task<IResult> FindingList(HttpContext http, ListSheets sheets, string? format, FindingStatus? status, bool? overdue, CancellationToken ct) =>
        Download(http, format, ReportFormat.Xlsx, f => sheets.Findings(http.Scope(), new FindingFilter(status, overdue == true), f, ct), "finding-list");

    public static Task<IResult> BudgetList(HttpContext http, ListSheets sheets, string? format, int? year, CancellationToken ct) =>
        Download(http, format, ReportFormat.Xlsx, f => sheets.Budgets(http.Scope(), year, f, ct), "department-budget-list");

    public static Task<IResult> BatchList(HttpContext http, ListSheets sheets, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Xlsx, f => sheets.Batches(http.Scope(), f, ct), "batch-list");

    public static Task<IResult> KeyEvaluation(HttpContext http, KeyEvaluationReports reports, Guid id, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.Run(http.Scope(), id, f, ct), "evaluation-report");

    public static Task<IResult> Feedback(HttpContext http, FeedbackSheets reports, Guid id, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.Run(http.Scope(), id, f, ct), "feedback");

    public static Task<IResult> BatchSummary(HttpContext http, BatchSummaryReports reports, Guid id, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.Run(http.Scope(), id, f, ct), "batch-summary");

    public static Task<IResult> BatchFeedback(HttpContext http, FeedbackSheets reports, Guid id, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.RunBatch(http.Scope(), id, f, ct), "batch-feedback");

    public static Task<IResult> BatchArchive(HttpContext http, BatchSummaryReports reports, Guid id, CancellationToken ct) =>
        Download(http, "zip", ReportFormat.Zip, _ => reports.Archive(http.Scope(), id, ct), "batch-archive");

    public static Task<IResult> SelfEvaluation(HttpContext http, SelfEvaluationTables reports, Guid projectId, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.Run(http.Scope(), projectId, f, ct), "self-evaluation");

    public static Task<IResult> ProjectEvaluation(HttpContext http, ProjectEvaluationReports reports, Guid projectId, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.Run(http.Scope(), projectId, f, ct), "project-evaluation");

    public static Task<IResult> Targets(HttpContext http, TargetTables reports, Guid projectId, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.Run(http.Scope(), projectId, f, ct), "targets");

    public static Task<IResult> Department(HttpContext http, DepartmentReports reports, Guid budgetId, string? format, CancellationToken ct) =>
        Download(http, format, ReportFormat.Docx, f => reports.Run(http.Scope(), budgetId, f, ct), "department-report");

    public static Task<IResult> ProjectList(
        HttpContext http, ProjectListSheets reports, string? format, string? search, int? year, Guid? departmentId, Guid? budgetUnitId,
        FundingSource? source, decimal? minAmount, decimal? maxAmount, CancellationToken ct)
    {
        var filter = new ProjectFilter(search, year, departmentId, budgetUnitId, source, minAmount, maxAmount, PageSize: int.MaxValue);
        return Download(http, format, ReportFormat.Xlsx, f => reports.Run(http.Scope(), filter, f, ct), "project-list");
    }

    private static async Task<IResult> Download(HttpContext http, string? formatText, ReportFormat fallback, Func<ReportFormat, Task<DocumentResult<ReportFile>>> produce, string asciiName)
    {
        var format = string.IsNullOrWhiteSpace(formatText) ? fallback : ReportFormats.Parse(formatText);
        if (format is not { } f)
        {
            return Problem(http, StatusCodes.Status400BadRequest, "格式无效", $"不支持的格式“{formatText}”，可选：docx、pdf、xlsx。");
        }
        var result = await produce(f);
        if (!result.Succeeded)
        {
            var detail = string.Join("；", result.Errors);
            return result.Errors.Contains(LibreOfficePdfConverter.MissingMessage)
                ? Problem(http, StatusCodes.Status503ServiceUnavailable, "无法生成 PDF", detail)
                : result.Errors.Any(e => e.Contains("不提供", StringComparison.Ordinal))
                    ? Problem(http, StatusCodes.Status400BadRequest, "格式无效", detail)
                    : result.Errors.Any(e => e.Contains("不能生成", StringComparison.Ordinal))
                        ? Problem(http, StatusCodes.Status409Conflict, "暂不能生成", detail)
                        : Problem(http, StatusCodes.Status500InternalServerError, "文档生成失败", detail);
        }
        var file = result.Value!;
        http.Response.Headers.ContentDisposition = ContentDisposition(file.FileName, asciiName + Path.GetExtension(file.FileName));
        return TypedResults.File(file.Bytes, file.ContentType);
    }

    /// <summary>
    /// RFC 6266 with RFC 5987: an ASCII name for old clients and filename* with the Chinese name in UTF-8,
    /// which every current browser uses.
    /// </summary>
    public static string ContentDisposition(string fileName, string asciiFallback)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(fileName))
        {
            var c = (char)b;
            encoded.Append(b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~') ? c.ToString() : "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return $"attachment; filename=\"{asciiFallback}\"; filename*=UTF-8''{encoded}";
    }

    /// <summary>A browser that followed a download link gets a page it can show; API clients get ProblemDetails.</summary>
    private static IResult Problem(HttpContext http, int status, string title, string detail)
    {
        if (!http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: title, detail: detail, statusCode: status);
        }
        var html = $"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title} · 绩效 Jixiao</title>
            <link rel="stylesheet" href="/css/site.css"></head><body>
            <header class="topbar"><a class="brand" href="/">绩效 <span>Jixiao</span><small>预算绩效管理</small></a></header>
            <main class="page"><h1>{title}</h1><p>{WebUtility.HtmlEncode(detail)}</p><p><a href="javascript:history.back()">返回上一页</a></p></main>
            </body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
