using Jixiao.App.Access;
using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Jixiao.Documents.Tables;

namespace Jixiao.App.Projects;

/// <summary>The project list as a spreadsheet, in the same columns the import reads (one row per funding line).</summary>
public sealed class ProjectSheet(ListProjects list)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "项目清单";

    public static readonly string[] Columns =
        [ImportProjects.Number, ImportProjects.Code, ImportProjects.Section, ImportProjects.Unit, ImportProjects.Name, ImportProjects.Amount, ImportProjects.Source];

    public async Task<byte[]> Export(UserScope scope, ProjectFilter filter, CancellationToken ct = default)
    {
        var projects = await list.Filtered(scope, filter)
            .OrderBy(p => p.Year).ThenBy(p => p.Code)
            .Select(p => new
            {
                p.Code, p.Name, Section = p.FinanceSection!.Name, UnitCode = p.BudgetUnit!.Code, UnitName = p.BudgetUnit.Name,
                Lines = p.FundingLines.Select(l => new { l.Source, l.FullYearBudget }).ToList(),
            })
            .ToListAsync(ct);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var p in projects)
        {
            foreach (var line in p.Lines.OrderBy(l => l.Source))
            {
                // Exact: 元 with 2 decimals is 万元 with at most 6, so a re-import gives the same cents.
                var wan = (line.FullYearBudget / 10000m).ToString("0.######", CultureInfo.InvariantCulture);
                rows.Add([(rows.Count + 1).ToString(CultureInfo.InvariantCulture), p.Code, p.Section ?? "", $"[{p.UnitCode}]{p.UnitName}", p.Name, wan, line.Source.ToChinese()]);
            }
        }
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(stream, Columns, rows, SheetName);
        return stream.ToArray();
    }
}
