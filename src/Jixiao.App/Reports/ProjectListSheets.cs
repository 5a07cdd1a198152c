using Jixiao.App.Access;
using Jixiao.App.Projects;
using Jixiao.Documents.Common;
using Jixiao.Documents.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reports;

/// <summary>
/// The project list as a styled report sheet (one row per funding line, 万元, 合计 row), filtered like the list page.
/// The import-compatible export stays <see cref="ProjectSheet"/>.
/// </summary>
public sealed class ProjectListSheets(ListProjects list)
{
    public const string KindName = "项目清单";

    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, ProjectFilter filter, ReportFormat format, CancellationToken ct = default)
    {
        if (format != ReportFormat.Xlsx)
        {
            return ReportFormats.Unsupported(KindName, format, ReportFormat.Xlsx);
        }
        var projects = await list.Filtered(scope, filter with { Page = 1 })
            .OrderBy(p => p.Year).ThenBy(p => p.Code)
            .Select(p => new
            {
                p.Code, p.Year, p.Name, Department = p.Department!.Name, Unit = p.BudgetUnit!.Name, UnitCode = p.BudgetUnit.Code,
                Lines = p.FundingLines.Select(l => new { l.Source, l.FullYearBudget }).ToList(),
            })
            .ToListAsync(ct);
        var rows = projects
            .SelectMany(p => p.Lines.OrderBy(l => l.Source).Select(l => new ProjectListRow(p.Code, p.Year, p.Name, p.Department, p.Unit, p.UnitCode ?? "", l.Source.ToChinese(), l.FullYearBudget)))
            .ToList();
        var year = filter.Year is { } y ? $"-{y.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "";
        return ReportRenderer.Excel(XlsxWriter.Write(StandardSheets.ProjectList(rows)), KindName + year);
    }
}
