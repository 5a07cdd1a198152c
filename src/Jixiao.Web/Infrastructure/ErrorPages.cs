using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Bodies for empty error responses: ProblemDetails under /api/, a short Chinese page elsewhere
/// (a browser that opens a project outside its scope sees 未找到, not a blank page).
/// </summary>
public static class ErrorPages
{
    public static async Task Write(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("未找到", "页面或记录不存在，或您无权查看。"),
            StatusCodes.Status403Forbidden => ("无权访问", "当前账号无权进行该操作。"),
            StatusCodes.Status400BadRequest => ("请求无效", "请求格式有误或表单已过期，请刷新页面后重试。"),
            StatusCodes.Status409Conflict => ("数据已被他人修改", "请刷新页面后重试。"),
            _ => ("出错了", "请求未能完成，请稍后重试。"),
        };
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await ApiProblem.Write(http, status, title, detail);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title} · 绩效 Jixiao</title>
            <link rel="stylesheet" href="/css/site.css"></head><body>
            <header class="topbar"><a class="brand" href="/">绩效 <span>Jixiao</span><small>预算绩效管理</small></a></header>
            <main class="page"><h1>{title}</h1><p>{WebUtility.HtmlEncode(detail)}</p><p><a href="/Projects">返回项目库</a></p></main>
            </body></html>
            """);
    }
}
