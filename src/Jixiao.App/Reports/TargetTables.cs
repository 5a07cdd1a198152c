using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Targets;
using Jixiao.Documents.Common;
using Jixiao.Documents.Spreadsheets;
using Jixiao.Documents.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reports;

/// <summary>The current 绩效目标表 of a project as Word, PDF or a styled Excel sheet (the import template stays <see cref="TargetWorkbook"/>).</summary>
public sealed class TargetTables(JixiaoDbContext db, GetTargets get, ReportRenderer renderer)
{
    public const string KindName = "绩效目标表";

    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, Guid projectId, ReportFormat format, CancellationToken ct = default)
    {
        var view = await get.Run(scope, projectId, ct) ?? throw new NotFoundException("该项目尚未填报绩效目标。");
        // GetTargets has checked the user may see the project.
        var department = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Department!.Name).FirstAsync(ct);
        var rows = view.Indicators.Select(i => new TargetRow(i.Level1, i.Level2, i.Name, i.Unit, i.Points, i.TargetText, i.Direction ?? "")).ToList();
        var stem = $"{KindName}-{view.ProjectCode}-{view.ProjectName}-v{view.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (format == ReportFormat.Xlsx)
        {
            List<SheetColumn> columns =
            [
                new("一级指标", 12), new("二级指标", 16), new("三级指标", 28), new("计量单位", 10), new("分值", 8, ColumnFormat.Score),
                new("年度指标值", 16), new("指标方向", 10),
            ];
            var body = rows.Select(r => (IReadOnlyList<object?>)[r.Level1, r.Level2, r.Name, r.Unit, r.Points, r.Target, r.Direction]).ToList();
            body.Add(["合计", null, null, null, rows.Sum(r => r.Points), null, null]);
            return ReportRenderer.Excel(XlsxWriter.Write(new SheetSpec(KindName, columns, body) { TotalRows = new HashSet<int> { body.Count - 1 } }), stem);
        }
        var facts = new ProjectFacts(view.ProjectName, view.Year, department, view.BudgetUnit, "", "");
        var table = new TargetTable(facts, view.Budget, view.Number, view.Status, view.OverallGoal, rows);
        return await renderer.Word(TargetTableWriter.Write(table), stem, format, ct);
    }
}
