using Jixiao.App.Reviews;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Reviews;

/// <summary>/api/v1/reviews: stored report reviews and their 复核意见书. Uploads go through the /Reviews page form.</summary>
public static class ReviewsApi
{
    public static RouteGroupBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reviews").WithTags("报告复核 Reviews").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", List).WithName("ListReviews").WithSummary("复核记录（可按项目筛选）");
        group.MapGet("/{id:guid}", Get).WithName("GetReview").WithSummary("复核结果：发现、事实和报告原文各行")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/memo", Memo).WithName("GetReviewMemo").WithSummary("下载复核意见书（.docx）")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<ReviewRow>>> List(HttpContext http, ReportReviews reviews, Guid? projectId, CancellationToken ct) =>
        TypedResults.Ok(await reviews.List(http.Scope(), projectId, ct));

    public static async Task<Ok<ReviewDetail>> Get(HttpContext http, ReportReviews reviews, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await reviews.Get(http.Scope(), id, ct));

    public static async Task<FileContentHttpResult> Memo(HttpContext http, ReportReviews reviews, Guid id, CancellationToken ct)
    {
        var (bytes, name) = await reviews.Memo(http.Scope(), id, ct);
        return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
    }
}
