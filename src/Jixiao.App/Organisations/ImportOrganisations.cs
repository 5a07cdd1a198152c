using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Documents.Tables;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Organisations;

/// <summary>
/// Imports organisations (类型, 编码, 名称, 上级单位) all-or-nothing. A parent is named by code or name and
/// may be an existing organisation or one on an earlier row. Rows whose code or name already exists are errors.
/// </summary>
public sealed class ImportOrganisations(JixiaoDbContext db)
{
    public const string Kind = "类型", Code = "编码", Name = "名称", Parent = "上级单位";

    public async Task<ImportResult> Run(UserScope scope, byte[] bytes, string fileName, CancellationToken ct = default)
    {
        if (!Scopes.CanChangeOrganisations(scope))
        {
            throw new ForbiddenException("只有绩效科或系统管理员可以维护单位。");
        }
        var read = TableReader.Read(bytes, fileName, new TableReadOptions { HeaderHints = [Name, Kind] });
        if (read.Table is not { } table)
        {
            return new ImportResult(0, 0, [new ImportRowError(0, "", read.Error ?? "无法读取文件。")]);
        }
        var columns = new Dictionary<string, int>
        {
            [Kind] = table.FindColumn(Kind), [Code] = table.FindColumn(Code), [Name] = table.FindColumn(Name), [Parent] = table.FindColumn(Parent),
        };
        var missing = columns.Where(c => c.Value < 0).Select(c => new ImportRowError(table.HeaderRowNumber, c.Key, $"缺少“{c.Key}”列。")).ToList();
        if (missing.Count > 0 || table.Rows.Count == 0)
        {
            return new ImportResult(0, 0, missing.Count > 0 ? missing : [new ImportRowError(table.HeaderRowNumber, "", "文件中没有单位数据。")]);
        }
        var known = await db.Organisations.AsNoTracking().Where(o => o.JurisdictionId == scope.JurisdictionId).ToListAsync(ct);
        var errors = new List<ImportRowError>();
        var added = new List<Organisation>();
        foreach (var row in table.Rows)
        {
            void Error(string column, string message) => errors.Add(new ImportRowError(row.RowNumber, column, message));
            var kind = OrganisationKindNames.FromChinese(row[columns[Kind]]);
            if (kind is null)
            {
                Error(Kind, $"类型“{row[columns[Kind]]}”无法识别，应为：{string.Join("、", Enum.GetValues<OrganisationKind>().Select(k => k.ToChinese()))}。");
            }
            var code = row[columns[Code]] is { Length: > 0 } c ? c : null;
            var name = row[columns[Name]];
            if (name.Length == 0)
            {
                Error(Name, "名称不能为空。");
            }
            if (code is not null && known.Concat(added).Any(o => o.Code == code))
            {
                Error(Code, $"编码 {code} 已存在。");
            }
            if (name.Length > 0 && known.Concat(added).Any(o => o.Name == name))
            {
                Error(Name, $"单位“{name}”已存在。");
            }
            if (kind == OrganisationKind.BudgetUnit && (code is null || !code.All(char.IsAsciiDigit)))
            {
                Error(Code, "预算单位编码应为数字，如 213001。");
            }
            var parentText = row[columns[Parent]];
            var parent = parentText.Length == 0 ? null : known.Concat(added).FirstOrDefault(o => o.Code == parentText || o.Name == parentText);
            if (parentText.Length > 0 && parent is null)
            {
                Error(Parent, $"找不到上级单位“{parentText}”（须已存在或在前面的行中）。");
            }
            else if (kind is { } k && parent is not null && !ManageOrganisations.ParentKinds(k).Contains(parent.Kind))
            {
                Error(Parent, $"{k.ToChinese()}的上级不能是{parent.Kind.ToChinese()}。");
            }
            if (kind is { } valid && name.Length > 0)
            {
                added.Add(new Organisation { JurisdictionId = scope.JurisdictionId, Kind = valid, Code = code, Name = name, ParentId = parent?.Id });
            }
        }
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, errors);
        }
        db.Organisations.AddRange(added);
        db.AuditReason = $"导入 {fileName}";
        await db.SaveChangesAsync(ct);
        return new ImportResult(added.Count, 0, []);
    }
}
