using Jixiao.App.Batches;
using Jixiao.App.Common;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Batches;

/// <summary>One batch: picked projects with reasons and agencies, progress, totals by fund source; pick more by filters.</summary>
public sealed class DetailModel(GetBatch get, ManageBatches manage, ImportBatchProjects import, ListProjects projects, ManageOrganisations organisations) : PageModel
{
    public sealed class PickForm
    {
        public Guid ProjectId { get; set; }
        public bool Selected { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty] public List<PickForm> Picks { get; set; } = [];
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public List<Guid> Commissioned { get; set; } = [];
    [BindProperty(SupportsGet = true)] public Guid? Department { get; set; }
    [BindProperty(SupportsGet = true)] public FundingSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MinWan { get; set; }
    [BindProperty(SupportsGet = true)] public ProjectCategory? Category { get; set; }

    public BatchView Batch { get; private set; } = null!;
    public IReadOnlyList<ProjectRow> Candidates { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Departments { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Agencies { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public ImportResult? ImportErrors { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => Load(id, ct);

    public Task<IActionResult> OnPostPickAsync(Guid id, CancellationToken ct) =>
        Act(id, () => manage.AddProjects(HttpContext.Scope(), id, Picks.Where(p => p.Selected).Select(p => new BatchPick(p.ProjectId, p.Reason)).ToList(), ct), "已加入批次。", ct);

    public Task<IActionResult> OnPostCommissionAsync(Guid id, CancellationToken ct) =>
        Act(id, () => manage.Commission(HttpContext.Scope(), id, AgencyId ?? Guid.Empty, Commissioned, ct), "已委托第三方机构。", ct);

    /// <summary>附件1 项目清单 (项目编码, 选取理由, optionally 项目名称): all rows picked, or every bad row listed and none.</summary>
    public async Task<IActionResult> OnPostImportAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ImportErrors = new ImportResult(0, 0, [new ImportRowError(0, "", "请选择要导入的项目清单 Excel 文件。")]);
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var result = await import.Run(HttpContext.Scope(), id, buffer.ToArray(), file.FileName, ct);
            if (result.Succeeded)
            {
                TempData["Message"] = $"已从文件选取 {result.Projects} 个项目。";
                return Redirect($"/Batches/{id}");
            }
            ImportErrors = result;
        }
        await Load(id, ct);
        return Page();
    }

    private async Task<IActionResult> Act(Guid id, Func<Task> step, string done, CancellationToken ct)
    {
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect($"/Batches/{id}");
        }
        catch (ValidationFailedException e)
        {
            Errors.AddRange(e.Errors.SelectMany(x => x.Value));
        }
        await Load(id, ct);
        return Page();
    }

    private async Task Load(Guid id, CancellationToken ct)
    {
        var scope = HttpContext.Scope();
        Batch = await get.Run(scope, id, ct);
        var picked = Batch.Projects.Select(p => p.ProjectId).ToHashSet();
        var page = await projects.Run(scope, new ProjectFilter(Year: Batch.Year, DepartmentId: Department, Source: Source, MinAmount: MinWan * 10000m, Category: Category,
            Sort: ProjectSort.Amount, Descending: true, PageSize: 100), ct);
        Candidates = page.Items.Where(p => !picked.Contains(p.Id)).ToList();
        if (Picks.Count == 0)
        {
            Picks = Candidates.Select(c => new PickForm { ProjectId = c.Id }).ToList();
        }
        var all = await organisations.List(scope, ct: ct);
        Departments = all.Where(o => o.KindValue == OrganisationKind.Department).ToList();
        Agencies = all.Where(o => o.KindValue == OrganisationKind.ThirdPartyAgency).ToList();
    }
}
