using Jixiao.App.Access;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Jixiao.App.Projects;

/// <summary>The project list as a spreadsheet, in the same columns the import reads (one row per funding line).</summary>
public sealed class ProjectSheet(ListProjects list)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "项目清单";

    public static readonly string[] Columns = ["序号", "项目编码", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）", "资金来源"];

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
        var rows = new List<Dictionary<string, object?>>();
        foreach (var p in projects)
        {
            foreach (var line in p.Lines.OrderBy(l => l.Source))
            {
                rows.Add(new Dictionary<string, object?>
                {
                    [Columns[0]] = rows.Count + 1,
                    [Columns[1]] = p.Code,
                    [Columns[2]] = p.Section,
                    [Columns[3]] = $"[{p.UnitCode}]{p.UnitName}",
                    [Columns[4]] = p.Name,
                    // Exact: 元 with 2 decimals is 万元 with at most 6, so a re-import gives the same cents.
                    [Columns[5]] = line.FullYearBudget / 10000m,
                    [Columns[6]] = line.Source.ToChinese(),
                });
            }
        }
        if (rows.Count == 0)
        {
            rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: SheetName, cancellationToken: ct);
        return stream.ToArray();
    }
}
