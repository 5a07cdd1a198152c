using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Organisations;
using Jixiao.Documents.Tables;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Projects;

/// <summary>A bad cell: spreadsheet row (header = 1; 0 when the file itself is bad), column name, Chinese message.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);

public sealed record ImportResult(int Projects, int FundingLines, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a project list (CLARIFICATIONS 14): every row is checked before anything is written, then all
/// projects are saved in one transaction. Rows with the same unit and name are funding lines of one project.
/// </summary>
public sealed partial class ImportProjects(JixiaoDbContext db)
{
    public const string Number = "序号", Section = "归口科室", Unit = "实施单位", Name = "项目名称", Amount = "预算批复金额（万元）", Source = "资金来源", Code = "项目编码";

    private sealed record Row(int RowNumber, Organisation Unit, Guid? SectionId, string Name, FundingSource Source, decimal Yuan, string? Code);

    public async Task<ImportResult> Run(UserScope scope, byte[] bytes, string fileName, int year, string? sheet = null,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        if (!Scopes.CanCreateProjects(scope))
        {
            throw new ForbiddenException("当前角色不能导入项目。");
        }
        if (year is < 2000 or > 2100)
        {
            return Fail(0, "年度", "年度应在 2000 至 2100 之间。");
        }
        var read = TableReader.Read(bytes, fileName, new TableReadOptions { SheetName = sheet, HeaderHints = [Name, Unit] });
        if (read.Table is not { } table)
        {
            return Fail(0, "", read.Error ?? "无法读取文件。");
        }
        var columns = new Dictionary<string, int>
        {
            [Section] = table.FindColumn(Section), [Unit] = table.FindColumn(Unit, "预算单位", "单位"), [Name] = table.FindColumn(Name),
            [Amount] = table.FindColumn(Amount, "预算批复金额", "批复金额"), [Source] = table.FindColumn(Source), [Code] = table.FindColumn(Code),
        };
        var missing = columns.Where(c => c.Value < 0 && c.Key != Code).Select(c => new ImportRowError(table.HeaderRowNumber, c.Key, $"缺少“{c.Key}”列。")).ToList();
        if (missing.Count > 0)
        {
            return new ImportResult(0, 0, missing);
        }
        var dataRows = table.Rows.Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        if (dataRows.Count == 0)
        {
            return Fail(table.HeaderRowNumber, "", "文件中没有项目数据。");
        }

        var organisations = await db.Organisations.AsNoTracking().Where(o => o.JurisdictionId == scope.JurisdictionId).ToListAsync(ct);
        var units = organisations.Where(o => o.Kind == OrganisationKind.BudgetUnit && o.Code != null).ToDictionary(o => o.Code!);
        var sections = organisations.Where(o => o.Kind == OrganisationKind.FinanceSection).ToDictionary(o => o.Name);
        var existing = await db.Projects.AsNoTracking().Where(p => p.JurisdictionId == scope.JurisdictionId && p.Year == year)
            .Select(p => new { p.Code, p.Name, p.BudgetUnitId }).ToListAsync(ct);
        var errors = new List<ImportRowError>();
        var rows = new List<Row>();
        var canChange = Scopes.ChangeRule(scope);
        foreach (var (row, index) in dataRows.Select((r, i) => (r, i)))
        {
            void Error(string column, string message) => errors.Add(new ImportRowError(row.RowNumber, column, message));
            var unit = ReadUnit(row[columns[Unit]], units, Error);
            var sectionText = row[columns[Section]];
            Guid? sectionId = null;
            if (sectionText.Length > 0 && !sections.TryGetValue(sectionText, out var section))
            {
                Error(Section, $"找不到归口科室“{sectionText}”。");
            }
            else if (sectionText.Length > 0)
            {
                sectionId = sections[sectionText].Id;
            }
            var name = row[columns[Name]];
            if (name.Length == 0)
            {
                Error(Name, "项目名称不能为空。");
            }
            var yuan = ReadAmount(row[columns[Amount]], Error);
            var source = FundingSourceNames.FromChinese(row[columns[Source]]);
            if (source is null)
            {
                Error(Source, $"资金来源“{row[columns[Source]]}”无法识别，应为：{string.Join("、", Enum.GetValues<FundingSource>().Select(s => s.ToChinese()))}。");
            }
            if (unit is not null && !canChange(new Project { Code = "", Name = "", JurisdictionId = scope.JurisdictionId, BudgetUnitId = unit.Id, DepartmentId = unit.ParentId ?? unit.Id, FinanceSectionId = sectionId ?? SectionOf(unit, organisations) }))
            {
                Error(Unit, $"无权为“{unit.Label}”导入项目。");
            }
            var code = columns[Code] >= 0 && row[columns[Code]].Length > 0 ? row[columns[Code]] : null;
            if (unit is not null && name.Length > 0 && yuan is not null && source is not null)
            {
                rows.Add(new Row(row.RowNumber, unit, sectionId, name, source.Value, yuan.Value, code));
            }
            progress?.Report((index + 1, dataRows.Count));
        }

        var projects = rows.GroupBy(r => (r.Unit.Id, r.Name)).ToList();
        foreach (var group in projects)
        {
            var first = group.First();
            foreach (var duplicate in group.GroupBy(r => r.Source).SelectMany(g => g.Skip(1)))
            {
                errors.Add(new(duplicate.RowNumber, Source, $"项目“{first.Name}”的资金来源“{duplicate.Source.ToChinese()}”重复（与第 {group.First(r => r.Source == duplicate.Source).RowNumber} 行相同）。"));
            }
            if (existing.FirstOrDefault(p => p.BudgetUnitId == first.Unit.Id && p.Name == first.Name) is { } found)
            {
                errors.Add(new(first.RowNumber, Name, $"{year} 年已有该单位的同名项目“{first.Name}”（编码 {found.Code}），不能重复导入。"));
            }
            if (group.Select(r => r.Code).Where(c => c is not null).Distinct().Count() > 1)
            {
                errors.Add(new(first.RowNumber, Code, $"项目“{first.Name}”的各行项目编码不一致。"));
            }
        }
        foreach (var taken in rows.Where(r => r.Code is not null).GroupBy(r => r.Code).Where(g => g.Select(r => (r.Unit.Id, r.Name)).Distinct().Count() > 1 || existing.Any(p => p.Code == g.Key)))
        {
            errors.Add(new(taken.First().RowNumber, Code, $"项目编码“{taken.Key}”已被其他项目使用。"));
        }
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, errors.OrderBy(e => e.Row).ToList());
        }

        var codes = existing.Select(p => p.Code).ToHashSet();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in projects)
        {
            var first = group.First();
            var project = new Project
            {
                JurisdictionId = scope.JurisdictionId,
                Code = first.Code ?? NextCode(codes, year, first.Unit),
                Name = first.Name,
                Year = year,
                BudgetUnitId = first.Unit.Id,
                DepartmentId = first.Unit.ParentId ?? first.Unit.Id,
                FinanceSectionId = first.SectionId ?? SectionOf(first.Unit, organisations),
                Category = ProjectCategory.SpecificPurpose,
            };
            codes.Add(project.Code);
            // 预算批复金额 is both 年初 and 全年 until an adjustment is recorded (CLARIFICATIONS 14).
            project.FundingLines.AddRange(group.Select(r => new FundingLine { ProjectId = project.Id, Source = r.Source, InitialBudget = r.Yuan, FullYearBudget = r.Yuan }));
            project.RecomputeTotals();
            db.Projects.Add(project);
        }
        db.AuditReason = $"导入 {fileName}";
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportResult(projects.Count, rows.Count, []);
    }

    private static ImportResult Fail(int row, string column, string message) => new(0, 0, [new ImportRowError(row, column, message)]);

    private static Organisation? ReadUnit(string text, Dictionary<string, Organisation> units, Action<string, string> error)
    {
        if (text.Length == 0)
        {
            error(Unit, "实施单位不能为空。");
            return null;
        }
        var match = UnitPattern().Match(text);
        var code = match.Success ? match.Groups[1].Value : text.Trim();
        if (!units.TryGetValue(code, out var unit))
        {
            error(Unit, match.Success || code.All(char.IsAsciiDigit) ? $"找不到编码为 {code} 的预算单位。" : $"实施单位“{text}”应写成“[单位编码]单位名称”，如 [213001]某某局。");
        }
        return unit;
    }

    private static decimal? ReadAmount(string text, Action<string, string> error)
    {
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var wan))
        {
            error(Amount, text.Length == 0 ? "预算批复金额不能为空。" : $"预算批复金额“{text}”不是有效的数字。");
            return null;
        }
        if (wan <= 0)
        {
            error(Amount, $"预算批复金额应大于 0（当前为 {text}）。");
            return null;
        }
        var yuan = wan * 10000m;
        if (yuan != decimal.Round(yuan, 2))
        {
            error(Amount, $"预算批复金额“{text}”万元换算为元后超过两位小数（分）。");
            return null;
        }
        return yuan;
    }

    private static Guid? SectionOf(Organisation unit, List<Organisation> organisations) =>
        organisations.FirstOrDefault(o => o.Id == unit.ParentId)?.ParentId is { } parent
        && organisations.Any(o => o.Id == parent && o.Kind == OrganisationKind.FinanceSection) ? parent : null;

    private static string NextCode(HashSet<string> codes, int year, Organisation unit)
    {
        for (var n = 1; ; n++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"{year}-{unit.Code}-{n:000}");
            if (!codes.Contains(code))
            {
                return code;
            }
        }
    }

    [GeneratedRegex(@"^\s*[\[【［]\s*(\d+)\s*[\]】］]\s*(.*)$")]
    private static partial Regex UnitPattern();
}
