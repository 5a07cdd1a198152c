using Jixiao.App.Access;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Projects;

public enum ProjectSort
{
    Code,
    Name,
    Year,
    Amount,
    Unit,
}

/// <summary>Filters of the project list; amounts in 元.</summary>
public sealed record ProjectFilter(
    string? Search = null,
    int? Year = null,
    Guid? DepartmentId = null,
    Guid? BudgetUnitId = null,
    FundingSource? Source = null,
    decimal? MinAmount = null,
    decimal? MaxAmount = null,
    ProjectSort Sort = ProjectSort.Code,
    bool Descending = false,
    int Page = 1,
    int PageSize = 20,
    ProjectCategory? Category = null);

public sealed record ProjectRow(
    Guid Id, string Code, string Name, int Year, string Category,
    Guid BudgetUnitId, string BudgetUnit, Guid DepartmentId, string Department, string? FinanceSection,
    decimal BudgetTotal, IReadOnlyList<string> Sources, long Version);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The project list: filtering, sorting and paging happen in SQL, within the user's scope.</summary>
public sealed class ListProjects(JixiaoDbContext db)
{
    public async Task<Page<ProjectRow>> Run(UserScope scope, ProjectFilter filter, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, 500);
        var page = Math.Max(1, filter.Page);
        var query = Filtered(scope, filter);
        var total = await query.CountAsync(ct);
        var rows = await Sorted(query, filter)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.Year, p.Category, p.BudgetUnitId,
                UnitCode = p.BudgetUnit!.Code, UnitName = p.BudgetUnit.Name,
                p.DepartmentId, Department = p.Department!.Name, Section = p.FinanceSection!.Name,
                p.BudgetTotal, Sources = p.FundingLines.Select(l => l.Source).ToList(), p.Version,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new ProjectRow(
            r.Id, r.Code, r.Name, r.Year, r.Category.ToChinese(), r.BudgetUnitId,
            r.UnitCode is null ? r.UnitName : $"[{r.UnitCode}]{r.UnitName}", r.DepartmentId, r.Department, r.Section,
            r.BudgetTotal, r.Sources.Order().Select(s => s.ToChinese()).ToList(), r.Version)).ToList();
        return new Page<ProjectRow>(items, total, page, pageSize);
    }

    /// <summary>The years that have projects the user can see, newest first (for the year filter).</summary>
    public async Task<IReadOnlyList<int>> Years(UserScope scope, CancellationToken ct = default) =>
        await db.Projects.VisibleTo(scope).Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public IQueryable<Project> Filtered(UserScope scope, ProjectFilter filter)
    {
        var query = db.Projects.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            query = query.Where(p => p.Name.Contains(term) || p.Code.Contains(term) || p.BudgetUnit!.Name.Contains(term));
        }
        if (filter.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }
        if (filter.DepartmentId is { } department)
        {
            query = query.Where(p => p.DepartmentId == department);
        }
        if (filter.BudgetUnitId is { } unit)
        {
            query = query.Where(p => p.BudgetUnitId == unit);
        }
        if (filter.Source is { } source)
        {
            query = query.Where(p => p.FundingLines.Any(l => l.Source == source));
        }
        if (filter.MinAmount is { } min)
        {
            query = query.Where(p => p.BudgetTotal >= min);
        }
        if (filter.MaxAmount is { } max)
        {
            query = query.Where(p => p.BudgetTotal <= max);
        }
        if (filter.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }
        return query;
    }

    private static IQueryable<Project> Sorted(IQueryable<Project> query, ProjectFilter filter) => (filter.Sort, filter.Descending) switch
    {
        (ProjectSort.Name, false) => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
        (ProjectSort.Name, true) => query.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
        (ProjectSort.Year, false) => query.OrderBy(p => p.Year).ThenBy(p => p.Code),
        (ProjectSort.Year, true) => query.OrderByDescending(p => p.Year).ThenBy(p => p.Code),
        (ProjectSort.Amount, false) => query.OrderBy(p => p.BudgetTotal).ThenBy(p => p.Code),
        (ProjectSort.Amount, true) => query.OrderByDescending(p => p.BudgetTotal).ThenBy(p => p.Code),
        (ProjectSort.Unit, false) => query.OrderBy(p => p.BudgetUnit!.Code).ThenBy(p => p.Code),
        (ProjectSort.Unit, true) => query.OrderByDescending(p => p.BudgetUnit!.Code).ThenBy(p => p.Code),
        (ProjectSort.Code, false) => query.OrderBy(p => p.Code),
        (ProjectSort.Code, true) => query.OrderByDescending(p => p.Code),
    };
}
