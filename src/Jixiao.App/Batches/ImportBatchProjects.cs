using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Documents.Tables;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Batches;

/// <summary>
/// Picks a batch's projects from an Excel list (附件1 项目清单: 项目编码, 选取理由, optionally 项目名称 to check the code).
/// All or nothing: every row is checked against the rules of <see cref="ManageBatches.AddProjects"/> (the batch's year,
/// a reason, not picked twice) and reported with its row, column and a Chinese message; when none is bad the picks go
/// through AddProjects itself, so the rules cannot drift apart.
/// </summary>
public sealed class ImportBatchProjects(JixiaoDbContext db, ManageBatches manage)
{
    public const string Code = "项目编码", Reason = "选取理由", Name = "项目名称";

    public async Task<ImportResult> Run(UserScope scope, Guid batchId, byte[] bytes, string fileName, CancellationToken ct = default)
    {
        ManageBatches.RequireManager(scope);
        var batch = await db.EvaluationBatches.AsNoTracking().Include(b => b.Projects)
            .FirstOrDefaultAsync(b => b.Id == batchId && b.JurisdictionId == scope.JurisdictionId, ct) ?? throw new NotFoundException("批次不存在。");
        var read = TableReader.Read(bytes, fileName, new TableReadOptions { HeaderHints = [Code, Reason] });
        if (read.Table is not { } table)
        {
            return Failed([new ImportRowError(0, "", read.Error ?? "无法读取文件。")]);
        }
        var (code, reason, name) = (table.FindColumn(Code), table.FindColumn(Reason, "选取原因", "理由"), table.FindColumn(Name));
        var errors = new[] { (code, Code), (reason, Reason) }.Where(c => c.Item1 < 0)
            .Select(c => new ImportRowError(table.HeaderRowNumber, c.Item2, $"缺少“{c.Item2}”列。")).ToList();
        var rows = table.Rows.Where(r => r.Cells.Any(c => c.Length > 0) && !r[code].StartsWith("合计", StringComparison.Ordinal) && !r[0].StartsWith("合计", StringComparison.Ordinal)).ToList();
        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new ImportRowError(table.HeaderRowNumber, "", "文件中没有项目。"));
        }
        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        var codes = rows.Select(r => r[code]).Where(c => c.Length > 0).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().VisibleTo(scope).Where(p => codes.Contains(p.Code))
            .Select(p => new { p.Id, p.Code, p.Name, p.Year }).ToListAsync(ct);
        var picked = batch.Projects.Select(p => p.ProjectId).ToHashSet();
        var firstRow = new Dictionary<Guid, int>();
        var picks = new List<BatchPick>();
        foreach (var row in rows)
        {
            void Error(string column, string message) => errors.Add(new ImportRowError(row.RowNumber, column, message));
            var text = row[code];
            // Codes are unique within a year; a code of another year is reported as the year rule, not as unknown.
            var project = projects.FirstOrDefault(p => p.Code == text && p.Year == batch.Year) ?? projects.FirstOrDefault(p => p.Code == text);
            if (project is null)
            {
                Error(Code, text.Length == 0 ? "项目编码不能为空。" : $"找不到编码为“{text}”的项目（或无权查看）。");
                continue;
            }
            if (name >= 0 && row[name].Length > 0 && row[name] != project.Name)
            {
                Error(Name, $"项目名称“{row[name]}”与编码“{text}”的项目“{project.Name}”不一致。");
            }
            if (project.Year != batch.Year)
            {
                Error(Code, $"“{project.Name}”是 {project.Year} 年项目，本批次评价 {batch.Year} 年项目。");
            }
            if (row[reason].Length == 0)
            {
                Error(Reason, $"请填写选取“{project.Name}”的理由。");
            }
            if (picked.Contains(project.Id))
            {
                Error(Code, $"“{project.Name}”已在本批次中。");
            }
            else if (!firstRow.TryAdd(project.Id, row.RowNumber))
            {
                Error(Code, $"“{project.Name}”与第 {firstRow[project.Id]} 行重复。");
            }
            picks.Add(new BatchPick(project.Id, row[reason]));
        }
        if (errors.Count > 0)
        {
            return Failed(errors);
        }
        db.AuditReason = $"导入 {fileName}";
        await manage.AddProjects(scope, batchId, picks, ct);
        return new ImportResult(picks.Count, 0, []);
    }

    private static ImportResult Failed(List<ImportRowError> errors) => new(0, 0, errors.OrderBy(e => e.Row).ToList());
}
