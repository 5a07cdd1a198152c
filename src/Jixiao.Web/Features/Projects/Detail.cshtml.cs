using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Projects;

public sealed class DetailModel(GetProject get, SaveProject save, ManageOrganisations organisations) : PageModel
{
    private Dictionary<string, string> names = [];

    public ProjectView Project { get; private set; } = null!;

    public IReadOnlyList<AuditView> History { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Project = await get.Run(HttpContext.Scope(), id, ct);
        // Keys of rows (jurisdiction, parent project) say nothing to a reader; the change itself does.
        History = (await get.History(HttpContext.Scope(), id, ct)).Where(a => a.Field is not ("JurisdictionId" or "ProjectId")).ToList();
        names = (await organisations.List(HttpContext.Scope(), ct: ct)).ToDictionary(o => o.Id.ToString(), o => o.Name);
    }

    /// <summary>Deleting asks for a reason; it goes into the audit rows of the project and its funding lines.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, long version, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            TempData["Error"] = "删除项目须填写原因。";
            return Redirect($"/Projects/Detail/{id}");
        }
        try
        {
            await save.Delete(HttpContext.Scope(), id, version, reason.Trim(), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = "该项目已被其他用户修改，请查看最新内容后再删除。";
            return Redirect($"/Projects/Detail/{id}");
        }
        TempData["Message"] = "项目已删除。";
        return Redirect("/Projects");
    }

    /// <summary>An audited value as the reader knows it: names instead of keys, Chinese instead of enum names, 元 with separators.</summary>
    public string Value(string field, string? value) => (field, value) switch
    {
        (_, null) => "",
        ("BudgetUnitId" or "DepartmentId" or "FinanceSectionId", _) => names.GetValueOrDefault(value, value),
        ("Source", _) => Enum.TryParse<FundingSource>(value, out var s) ? s.ToChinese() : value,
        ("Category", _) => Enum.TryParse<ProjectCategory>(value, out var c) ? c.ToChinese() : value,
        ("InitialBudget" or "FullYearBudget" or "Received" or "Spent" or "BudgetTotal", _) =>
            decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? Format.Yuan(d) : value,
        _ => value,
    };

    /// <summary>Field names as a finance officer reads them.</summary>
    public static string FieldName(string entity, string field) => (entity, field) switch
    {
        (_, "Code") => "项目编码",
        (_, "Name") => "项目名称",
        (_, "Year") => "年度",
        (_, "BudgetUnitId") => "预算单位",
        (_, "DepartmentId") => "主管部门",
        (_, "FinanceSectionId") => "归口科室",
        (_, "Category") => "项目类别",
        (_, "Description") => "项目概述",
        (_, "BudgetTotal") => "全年预算合计",
        (_, "JurisdictionId") => "地区",
        (_, "Source") => "资金来源",
        (_, "InitialBudget") => "年初预算数",
        (_, "FullYearBudget") => "全年预算数",
        (_, "Received") => "到位数",
        (_, "Spent") => "执行数",
        (_, "ProjectId") => "所属项目",
        _ => field,
    };
}
