using Jixiao.App.Common;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Projects;

/// <summary>Create (no id) or edit a project; one row per funding source, empty rows are left out.</summary>
public sealed class EditModel(GetProject get, SaveProject save, ManageOrganisations organisations) : PageModel
{
    public sealed class LineForm
    {
        public FundingSource Source { get; set; }
        // Amounts arrive as text and are read by MoneyText, so that "12,5" is refused rather than stored as 125.
        public string? InitialBudget { get; set; }
        public string? FullYearBudget { get; set; }
        public string? Received { get; set; }
        public string? Spent { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(InitialBudget) && string.IsNullOrWhiteSpace(FullYearBudget)
            && string.IsNullOrWhiteSpace(Received) && string.IsNullOrWhiteSpace(Spent);
    }

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public int Year { get; set; } = 2025;
    [BindProperty] public Guid? BudgetUnitId { get; set; }
    [BindProperty] public Guid? FinanceSectionId { get; set; }
    [BindProperty] public ProjectCategory Category { get; set; } = ProjectCategory.SpecificPurpose;
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<LineForm> Lines { get; set; } = [];
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Guid? Id { get; private set; }
    public IReadOnlyList<OrganisationView> Units { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Sections { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var p = await get.Run(HttpContext.Scope(), existing, ct);
            (Code, Name, Year, BudgetUnitId, FinanceSectionId, Description, Version) =
                (p.Code, p.Name, p.Year, p.BudgetUnitId, p.FinanceSectionId, p.Description, p.Version);
            Category = p.CategoryValue;
            Lines = Enum.GetValues<FundingSource>().Select(s => p.FundingLines.FirstOrDefault(l => l.SourceValue == s) is { } l
                ? new LineForm
                {
                    Source = s, InitialBudget = MoneyText.Format(l.InitialBudget), FullYearBudget = MoneyText.Format(l.FullYearBudget),
                    Received = MoneyText.Format(l.Received), Spent = MoneyText.Format(l.Spent),
                }
                : new LineForm { Source = s }).ToList();
        }
        else
        {
            Lines = Enum.GetValues<FundingSource>().Select(s => new LineForm { Source = s }).ToList();
        }
        await LoadChoices(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var lines = ReadLines();
        var input = new ProjectInput(Code, Name, Year, BudgetUnitId ?? Guid.Empty, FinanceSectionId, Category, Description, lines, Version, Reason);
        if (!ModelState.IsValid)
        {
            await LoadChoices(ct);
            return Page();
        }
        try
        {
            var saved = id is { } existing ? existing : Guid.Empty;
            if (id is null)
            {
                saved = await save.Create(HttpContext.Scope(), input, ct);
            }
            else
            {
                await save.Update(HttpContext.Scope(), saved, input, ct);
            }
            TempData["Message"] = id is null ? "项目已创建。" : "项目已保存。";
            return Redirect($"/Projects/Detail/{saved}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var m in messages)
                {
                    ModelState.AddModelError(field, m);
                }
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "保存前该项目已被其他用户修改，请刷新页面后重新编辑。");
        }
        catch (ForbiddenException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await LoadChoices(ct);
        return Page();
    }

    /// <summary>Every amount that cannot be read is reported at once, naming its source and column.</summary>
    private List<FundingLineInput> ReadLines()
    {
        var read = new List<FundingLineInput>();
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.IsEmpty)
            {
                continue;
            }
            decimal Amount(string? text, string field, string column)
            {
                if (MoneyText.TryParse(text, out var amount))
                {
                    return amount ?? 0m;
                }
                var message = $"{line.Source.ToChinese()}·{column}：“{text}”不是有效的金额（元），请填写如 1305000 或 1,305,000.00 的数字。";
                ModelState.AddModelError($"Lines[{i}].{field}", message);
                ModelState.AddModelError("", message);
                return 0m;
            }
            read.Add(new FundingLineInput(line.Source,
                Amount(line.InitialBudget, nameof(LineForm.InitialBudget), "年初预算数"),
                Amount(line.FullYearBudget, nameof(LineForm.FullYearBudget), "全年预算数"),
                Amount(line.Received, nameof(LineForm.Received), "到位数"),
                Amount(line.Spent, nameof(LineForm.Spent), "执行数")));
        }
        return read;
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        var all = await organisations.List(HttpContext.Scope(), ct: ct);
        Units = all.Where(o => o.KindValue == OrganisationKind.BudgetUnit).ToList();
        Sections = all.Where(o => o.KindValue == OrganisationKind.FinanceSection).ToList();
    }
}
