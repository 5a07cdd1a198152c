using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Projects;

/// <summary>The project list: search, filters (amounts in 万元 on screen), sorting, paging, export.</summary>
public sealed class IndexModel(ListProjects list, ManageOrganisations organisations, ProjectSheet sheet) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Department { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public FundingSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MinWan { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MaxWan { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectSort Sort { get; set; } = ProjectSort.Code;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Page<ProjectRow> Result { get; private set; } = new([], 0, 1, 20);
    public IReadOnlyList<OrganisationView> Departments { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Units { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    private ProjectFilter Filter(int pageSize = 20) =>
        new(Q, Year, Department, Unit, Source, MinWan * 10000m, MaxWan * 10000m, Sort, Desc, PageNumber, pageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = HttpContext.Scope();
        Result = await list.Run(scope, Filter(), ct);
        var all = await organisations.List(scope, ct: ct);
        Departments = all.Where(o => o.KindValue == OrganisationKind.Department).ToList();
        Units = all.Where(o => o.KindValue == OrganisationKind.BudgetUnit).ToList();
        CanCreate = App.Access.Scopes.CanCreateProjects(scope);
        Years = await list.Years(scope, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var bytes = await sheet.Export(HttpContext.Scope(), Filter() with { Page = 1 }, ct);
        return File(bytes, ProjectSheet.ContentType, "项目清单.xlsx");
    }

    /// <summary>The current query with some values replaced, for sort and page links.</summary>
    public string Link(ProjectSort? sort = null, int? page = null)
    {
        var desc = sort is { } s ? (s == Sort ? !Desc : false) : Desc;
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["year"] = Year?.ToString(Format.Chinese), ["department"] = Department?.ToString(), ["unit"] = Unit?.ToString(),
            ["source"] = Source?.ToString(), ["minWan"] = MinWan?.ToString(Format.Chinese), ["maxWan"] = MaxWan?.ToString(Format.Chinese),
            ["sort"] = (sort ?? Sort).ToString(), ["desc"] = desc ? "true" : null, ["p"] = (page ?? (sort is null ? PageNumber : 1)).ToString(Format.Chinese),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Projects", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public string Arrow(ProjectSort sort) => sort == Sort ? (Desc ? " ▼" : " ▲") : "";
}
