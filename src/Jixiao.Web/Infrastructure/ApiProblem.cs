using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Writes a ProblemDetails body for /api requests whatever the client's Accept header says:
/// IProblemDetailsService gives up (and the request ends as an empty 500) when a script asks
/// for text/html or XML, but scripts must always get a readable 401/403/4xx.
/// </summary>
public static class ApiProblem
{
    public static Task Write(HttpContext http, ProblemDetails details)
    {
        details.Status ??= http.Response.StatusCode;
        return TypedResults.Problem(details).ExecuteAsync(http);
    }

    public static Task Write(HttpContext http, int status, string title, string detail) =>
        Write(http, new ProblemDetails { Status = status, Title = title, Detail = detail });
}
