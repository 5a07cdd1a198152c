using Jixiao.App.Reviews;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Reviews;

/// <summary>One stored review: the report's lines with each finding marked at its lines, the findings, facts and counts.</summary>
public sealed class DetailModel(ReportReviews reviews) : PageModel
{
    public ReviewDetail Review { get; private set; } = null!;

    /// <summary>Line number → the findings (by their number in the list) that cite it, worst first.</summary>
    public Dictionary<int, List<int>> Marks { get; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Review = await reviews.Get(HttpContext.Scope(), id, ct);
        for (var i = 0; i < Review.Findings.Count; i++)
        {
            foreach (var line in Review.Findings[i].Lines)
            {
                if (!Marks.TryGetValue(line, out var list))
                {
                    Marks[line] = list = [];
                }
                list.Add(i);
            }
        }
    }

    /// <summary>The CSS class of a line: the worst severity that cites it.</summary>
    public string LineClass(int line) =>
        !Marks.TryGetValue(line, out var list) ? ""
        : list.Any(i => Review.Findings[i].Severity == "error") ? "sev-error"
        : list.Any(i => Review.Findings[i].Severity == "warning") ? "sev-warning"
        : "sev-info";
}
