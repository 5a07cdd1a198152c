using System.Globalization;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Reports;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Workflow;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Targets;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.SelfEvaluations;

public sealed class SelfEvaluationImportTests
{
    private const string Unit = "danwei";

    /// <summary>The demo unit's (第一中学) first self-evaluation it may still edit, by project code (the same in every demo world).</summary>
    private static async Task<(Guid ProjectId, string Code)> EditableEvaluation(DemoWorld world, string? code = null)
    {
        var scope = await world.UserScopeOf(Unit);
        await using var s = world.Scope();
        var rows = await world.Get<ListSelfEvaluations>(s).Run(scope);
        var row = rows.First(r => code is null ? r.StatusValue.IsEditable() : r.ProjectCode == code);
        return (row.ProjectId, row.ProjectCode);
    }

    private static async Task<SelfEvaluationView> View(DemoWorld world, Guid projectId)
    {
        await using var s = world.Scope(Unit);
        return (await world.Get<GetSelfEvaluation>(s).Run(await world.UserScopeOf(Unit), projectId))!;
    }

    /// <summary>
    /// What the unit types, derived from each target so nothing is hard-coded: 90% of a numeric target in its unit,
    /// and for a 定性 target "达成年度指标" with 85% of the points.
    /// </summary>
    private static (string Actual, decimal? Score, string Explanation) Typed(EntryView e)
    {
        var target = TargetParser.Parse(e.TargetText).Value;
        return e.IsQualitative
            ? ("达成年度指标", decimal.Round(e.Points * 0.85m, 2), "机制已建立，执行检查尚待加强。")
            : ((target.Value * 0.9m).ToString("0.##", CultureInfo.InvariantCulture) + target.Unit, null, "受场地审批影响，部分任务顺延至下年。");
    }

    /// <summary>The exported 自评表 (xlsx), filled in as the unit would in Excel; <paramref name="change"/> alters single cells.</summary>
    private static async Task<byte[]> ExportAndFill(DemoWorld world, Guid projectId, Func<string, string, string?, string?>? change = null, IReadOnlyList<string>? extraRow = null)
    {
        await using var s = world.Scope(Unit);
        var exported = await world.Get<SelfEvaluationTables>(s).Run(await world.UserScopeOf(Unit), projectId, ReportFormat.Xlsx);
        var table = TableReader.Read(exported.Value!.Bytes, exported.Value.FileName).Table!;
        var view = await View(world, projectId);
        var name = table.FindColumn("三级指标");
        var (header, rows) = TableWriter.WithColumns(table, ["实际完成值", "得分", "偏差原因分析及改进措施"], (row, column) =>
        {
            var typed = Typed(view.Entries.Single(e => e.Name == row[name]));
            var value = column switch { "实际完成值" => typed.Actual, "得分" => typed.Score?.ToString(CultureInfo.InvariantCulture), _ => typed.Explanation };
            return change is null ? value : change(row[name], column, value);
        });
        if (extraRow is not null)
        {
            rows.Add(extraRow);
        }
        using var filled = new MemoryStream();
        TableWriter.WriteXlsx(filled, header, rows, "自评表");
        return filled.ToArray();
    }

    private static async Task<SelfEvaluationImportResult> Import(DemoWorld world, Guid projectId, byte[] file)
    {
        await using var s = world.Scope(Unit);
        return await world.Get<ImportSelfEvaluation>(s).Run(await world.UserScopeOf(Unit), projectId, file, "自评表.xlsx");
    }

    /// <summary>What the database holds: total, grade, execution score, and each entry's score and actual value.</summary>
    private static async Task<(decimal? Total, string? Grade, decimal? Execution, string Entries)> Stored(DemoWorld world, Guid projectId)
    {
        await using var s = world.Scope();
        var e = await world.Get<JixiaoDbContext>(s).SelfEvaluations.AsNoTracking().Include(x => x.Entries).SingleAsync(x => x.ProjectId == projectId);
        var entries = e.Entries.OrderBy(x => x.Order).ToList();
        return (e.Total, e.Grade, e.ExecutionScore, string.Join("；", entries.Select(x => $"{x.ActualText} {x.Score} {x.ChosenScore} {x.Explanation}")));
    }

    [Theory, DatabaseData]
    public async Task RoundTrip_ExportedSheetFilledAndImported_ScoresExactlyAsTypingTheSameValuesOnThePage(DatabaseProvider provider)
    {
        await using var imported = await DemoWorld.Create(provider);
        await using var typed = await DemoWorld.Create(provider);
        var (projectId, code) = await EditableEvaluation(imported);
        var before = await View(imported, projectId);

        var result = await Import(imported, projectId, await ExportAndFill(imported, projectId));
        Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Message}")));
        Assert.Equal(before.Entries.Count, result.Entries);

        // The identical evaluation of a second demo world, typed on the page: the page's save use case with the same values.
        var (twinId, _) = await EditableEvaluation(typed, code);
        var twin = await View(typed, twinId);
        var entries = twin.Entries.Select(e =>
        {
            var (actual, score, explanation) = Typed(e);
            return new EntryInput(e.IndicatorId, actual, score, explanation, e.Evidence);
        }).ToList();
        await using (var s = typed.Scope(Unit))
        {
            await typed.Get<SaveSelfEvaluation>(s).Save(await typed.UserScopeOf(Unit), twinId, new SelfEvaluationInput(entries, twin.Narrative, twin.Version));
        }

        var viaImport = await View(imported, projectId);
        var viaPage = await View(typed, twinId);
        Assert.Equal(viaPage.Score.Entries.Select(e => (e.Score, e.Trace)), viaImport.Score.Entries.Select(e => (e.Score, e.Trace)));
        Assert.Equal(viaPage.Score.Levels, viaImport.Score.Levels);
        Assert.Equal((viaPage.Score.ExecutionScore, viaPage.Score.Total, viaPage.Score.Grade), (viaImport.Score.ExecutionScore, viaImport.Score.Total, viaImport.Score.Grade));
        Assert.Equal(viaPage.Entries.Select(e => (e.ActualText, e.ChosenScore, e.Explanation, e.Evidence)), viaImport.Entries.Select(e => (e.ActualText, e.ChosenScore, e.Explanation, e.Evidence)));
        Assert.Equal(await Stored(typed, twinId), await Stored(imported, projectId));
        Assert.NotEqual(before.Score.Total, viaImport.Score.Total);
        Assert.Equal(entries.Select(e => e.Actual), viaImport.Entries.Select(e => e.ActualText));
        Assert.Equal(before.Narrative, viaImport.Narrative);

        await using var audit = imported.Scope();
        var evaluationId = viaImport.Id.ToString();
        Assert.Contains(await imported.Get<JixiaoDbContext>(audit).AuditEntries.Where(a => a.RootKey == evaluationId).ToListAsync(),
            a => a.Field == "ActualText" && a.User == Unit && a.NewValue == entries[0].Actual);
    }

    [Theory, DatabaseData]
    public async Task BadRows_SaveNothing_AndEachIsNamedByRowColumnAndChineseMessage(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var (projectId, _) = await EditableEvaluation(world);
        var view = await View(world, projectId);
        var numeric = view.Entries.First(e => !e.IsQualitative);
        var qualitative = view.Entries.First(e => e.IsQualitative);
        var file = await ExportAndFill(world, projectId, (name, column, value) => (name, column) switch
        {
            var (n, c) when n == numeric.Name && c == "实际完成值" => "十六项",
            var (n, c) when n == qualitative.Name && c == "得分" => (qualitative.Points + 1m).ToString(CultureInfo.InvariantCulture),
            _ => value,
        }, extraRow: ["产出指标", "数量指标", "新增的指标", "5", "≥5个", "5个", "", ""]);
        var stored = await Stored(world, projectId);

        var result = await Import(world, projectId, file);

        Assert.False(result.Succeeded);
        int RowOf(EntryView e) => view.Entries.ToList().IndexOf(e) + 2;
        var expected = new[] { (RowOf(numeric), "实际完成值"), (RowOf(qualitative), "得分"), (view.Entries.Count + 2, "三级指标") }.OrderBy(e => e.Item1);
        Assert.Equal(expected, result.Errors.Select(e => (e.Row, e.Column)));
        Assert.StartsWith($"“{numeric.Name}”：实际完成值“十六项”不是数值", result.Errors.Single(e => e.Column == "实际完成值").Message);
        Assert.StartsWith($"“{qualitative.Name}”：", result.Errors.Single(e => e.Column == "得分").Message);
        Assert.Equal("自评中没有指标“产出指标/数量指标/新增的指标”：指标来自已审定的绩效目标，导入不能新增或改名。", result.Errors.Single(e => e.Column == "三级指标").Message);
        Assert.Equal(stored, await Stored(world, projectId));
        Assert.Equal(view.Version, (await View(world, projectId)).Version);
    }

    [Theory, DatabaseData]
    public async Task MissingRow_IsReported_AndALockedEvaluationRefusesTheImportLikeTheSave(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var (projectId, _) = await EditableEvaluation(world);
        var view = await View(world, projectId);
        var last = view.Entries[^1];
        var file = await ExportAndFill(world, projectId, (name, column, value) => value);
        var table = TableReader.Read(file, "自评表.xlsx").Table!;
        using var cut = new MemoryStream();
        TableWriter.WriteXlsx(cut, table.Header, table.Rows.Where(r => r[2] != last.Name).Select(r => r.Cells), "自评表");

        var result = await Import(world, projectId, cut.ToArray());
        Assert.Equal($"文件中缺少指标“{last.Level1}/{last.Level2}/{last.Name}”的行。", Assert.Single(result.Errors).Message);

        IReadOnlyList<SelfEvaluationRow> rows;
        await using (var s = world.Scope())
        {
            rows = await world.Get<ListSelfEvaluations>(s).Run(await world.UserScopeOf(Unit));
        }
        var locked = rows.First(r => r.StatusValue == ReviewStatus.Submitted || r.StatusValue == ReviewStatus.Approved);
        var refused = await Assert.ThrowsAsync<ConflictException>(async () => await Import(world, locked.ProjectId, await ExportAndFill(world, locked.ProjectId)));
        Assert.EndsWith("不能修改。", refused.Message);
    }
}
