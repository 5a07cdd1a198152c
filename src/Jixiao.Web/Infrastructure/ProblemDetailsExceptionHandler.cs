using Jixiao.App.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Infrastructure;

/// <summary>The one place that turns expected exceptions into RFC 9457 ProblemDetails with Chinese text.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            ValidationFailedException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest, Title = "输入有误", Detail = string.Join(" ", v.Errors.SelectMany(e => e.Value)),
            },
            BadHttpRequestException b => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "请求格式有误", Detail = b.Message },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "未找到", Detail = n.Message },
            ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "状态冲突", Detail = c.Message },
            ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "无权操作", Detail = f.Message },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "数据已被他人修改", Detail = "保存前该记录已被其他用户修改，请刷新后重试。",
            },
            _ => null,
        };
        if (details is null)
        {
            return false;
        }
        context.Response.StatusCode = details.Status!.Value;
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // Pages: leave the body empty so the status-code page explains it in Chinese HTML.
            await ErrorPages.Write(new Microsoft.AspNetCore.Diagnostics.StatusCodeContext(context, new StatusCodePagesOptions(), _ => Task.CompletedTask));
            return true;
        }
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception }))
        {
            await ApiProblem.Write(context, details);
        }
        return true;
    }
}
