using Jixiao.App.Access;
using Jixiao.App.Batches;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Evaluations;

public sealed class KeyEvaluationTests
{
    /// <summary>The bureau commissions the demo agency to evaluate 高标准农田建设 (2024); returns the evaluation id.</summary>
    private static async Task<Guid> Commissioned(DemoWorld world)
    {
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var manage = world.Get<ManageBatches>(s);
        var db = world.Get<JixiaoDbContext>(s);
        var farmland = await db.Projects.AsNoTracking().SingleAsync(p => p.Year == 2024 && p.Name == "高标准农田建设");
        var batch = await manage.Create(bureau, new NewBatch("2024年度财政重点绩效评价", 2024, new DateTime(2025, 9, 30)));
        await manage.AddProjects(bureau, batch, [new BatchPick(farmland.Id, "资金量大，涉及粮食安全")]);
        await manage.Commission(bureau, batch, (await world.Organisation("青禾正信会计师事务所")).Id, null);
        return await db.Evaluations.Where(e => e.ProjectId == farmland.Id && e.BatchId == batch).Select(e => e.Id).SingleAsync();
    }

    /// <summary>Runs one use case as the user in its own scope, like one request.</summary>
    private static async Task<TResult> As<TCase, TResult>(DemoWorld world, string user, Func<TCase, UserScope, Task<TResult>> run) where TCase : notnull
    {
        var scope = await world.UserScopeOf(user);
        await using var s = world.Scope(user);
        return await run(world.Get<TCase>(s), scope);
    }

    private static Task<bool> As<TCase>(DemoWorld world, string user, Func<TCase, UserScope, Task> run) where TCase : notnull =>
        As<TCase, bool>(world, user, async (c, scope) => { await run(c, scope); return true; });

    private static Task<EvaluationView> View(DemoWorld world, string user, Guid id) =>
        As<GetEvaluation, EvaluationView>(world, user, (g, scope) => g.Run(scope, id));

    private static IndicatorEdit Edit(EvaluationIndicatorView i, string? actual = null, decimal? score = null, params DeductionInput[] deductions) =>
        new(i.Version, i.TargetText, actual ?? i.ActualText, "核查了项目台账", score, null, deductions, "底稿1");

    [Theory, DatabaseData]
    public async Task Evaluator_Declares_ScoresWithDeductions_IsToldOfStaleVersions_SubmitsAndTheBureauAccepts(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var id = await Commissioned(world);

        var hidden = await View(world, "pingjia", id);
        Assert.False(hidden.Details);
        Assert.Equal(("高标准农田建设", "已委托", "青禾正信会计师事务所"), (hidden.Name, hidden.StatusText, hidden.Agency));
        Assert.Empty(hidden.Indicators);
        Assert.Null(hidden.Funding);
        await Assert.ThrowsAsync<NotFoundException>(() => View(world, "danwei", id));
        await Assert.ThrowsAsync<NotFoundException>(() => View(world, "zhuanjia", id));

        await As<DeclareConflict>(world, "pingjia", (d, s) => d.Run(s, id, new ConflictDeclaration(false, null)));
        await As<ManageTeam>(world, "pingjia", (t, s) => t.Add(s, id, "zhuanjia"));
        Assert.False((await View(world, "zhuanjia", id)).Details);
        await As<DeclareConflict>(world, "zhuanjia", (d, s) => d.Run(s, id, new ConflictDeclaration(false, "本人与该项目无利害关系。")));
        var view = await View(world, "pingjia", id);
        Assert.True(view.Details);
        Assert.Equal("评价中", view.StatusText);
        Assert.Equal([("pingjia", "组长", "已声明无利害关系"), ("zhuanjia", "评审专家", "已声明无利害关系")],
            view.Team.Select(m => (m.UserName, m.RoleText, m.ConflictText)));
        Assert.NotNull(view.Funding);

        var row = view.Indicators.First(i => i.TargetText.Length == 0);
        await As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, row.Id, Edit(row, deductions: [new(2m, "台账不全"), new(1m, "验收资料缺失")])));
        var saved = (await View(world, "pingjia", id)).Indicators.Single(i => i.Id == row.Id);
        Assert.Equal(row.Points - 3m, saved.Score);
        Assert.Equal(["台账不全", "验收资料缺失"], saved.Deductions.Select(d => d.Reason));
        Assert.Equal("pingjia", saved.UpdatedBy);

        await As<SaveIndicator>(world, "zhuanjia", (u, s) => u.Save(s, id, row.Id, Edit(saved, deductions: [new(1m, "台账不全")])));
        var stale = await Assert.ThrowsAsync<ConflictException>(() => As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, row.Id, Edit(saved))));
        Assert.Contains("已被zhuanjia于", stale.Message, StringComparison.Ordinal);

        var current = (await View(world, "pingjia", id)).Indicators.Single(i => i.Id == row.Id);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, row.Id, Edit(current, deductions: [new(2m, " ")]))));
        Assert.Contains(nameof(EvaluationIndicator.Deductions), refused.Errors.Keys);
        var unchanged = (await View(world, "pingjia", id)).Indicators.Single(i => i.Id == row.Id);
        Assert.Equal((row.Points - 1m, current.Version, 1), (unchanged.Score!.Value, unchanged.Version, unchanged.Deductions.Count));

        var incomplete = await Assert.ThrowsAsync<ValidationFailedException>(() => As<ReviewEvaluation, EvaluationStatus>(world, "pingjia", (r, s) => r.Run(s, id, EvaluationAction.Submit, null)));
        Assert.Contains(incomplete.Errors.Values.SelectMany(m => m), m => m.EndsWith("尚未评分。", StringComparison.Ordinal));

        foreach (var i in (await View(world, "pingjia", id)).Indicators.Where(i => i.Score is null))
        {
            var edit = i.TargetText.Length > 0 ? Edit(i, actual: i.ActualText.Length > 0 ? i.ActualText : "100%") : Edit(i, score: i.Points);
            await As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, i.Id, edit));
        }
        await Assert.ThrowsAsync<ForbiddenException>(() => As<ReviewEvaluation, EvaluationStatus>(world, "zhuanjia", (r, s) => r.Run(s, id, EvaluationAction.Submit, null)));
        Assert.Equal(EvaluationStatus.Submitted, await As<ReviewEvaluation, EvaluationStatus>(world, "pingjia", (r, s) => r.Run(s, id, EvaluationAction.Submit, null)));
        Assert.Equal(EvaluationStatus.Accepted, await As<ReviewEvaluation, EvaluationStatus>(world, "jixiao", (r, s) => r.Run(s, id, EvaluationAction.Accept, "同意")));
        var final = await View(world, "jixiao", id);
        Assert.NotNull(final.Grade);
        Assert.Equal(final.Levels.Sum(l => l.Score), final.Total);

        var last = final.Indicators.First(i => i.Id == row.Id);
        var locked = await Assert.ThrowsAsync<ConflictException>(() => As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, row.Id, Edit(last))));
        Assert.StartsWith("该评价已审定定稿，不能修改", locked.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ValidationFailedException>(() => As<ReviewEvaluation, EvaluationStatus>(world, "jixiao", (r, s) => r.Run(s, id, EvaluationAction.Reopen, " ")));
        Assert.Equal(EvaluationStatus.Reopened, await As<ReviewEvaluation, EvaluationStatus>(world, "jixiao", (r, s) => r.Run(s, id, EvaluationAction.Reopen, "单位补充了验收资料")));
    }

    [Theory, DatabaseData]
    public async Task TwoMembers_SavingDifferentIndicators_DoNotOverwriteOrBlockEachOther(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var id = await Commissioned(world);
        await As<DeclareConflict>(world, "pingjia", (d, s) => d.Run(s, id, new ConflictDeclaration(false, null)));
        await As<ManageTeam>(world, "pingjia", (t, s) => t.Add(s, id, "zhuanjia"));
        await As<DeclareConflict>(world, "zhuanjia", (d, s) => d.Run(s, id, new ConflictDeclaration(false, null)));

        // Both open the workspace at the same time and each saves a different card with the version it read.
        var all = (await View(world, "pingjia", id)).Indicators;
        var opened = all.Where(i => i.TargetText.Length == 0).Take(2).ToList();
        await As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, opened[0].Id, Edit(opened[0], deductions: [new(1m, "制度不全")])));
        await As<SaveIndicator>(world, "zhuanjia", (u, s) => u.Save(s, id, opened[1].Id, Edit(opened[1], score: opened[1].Points - 0.5m) with { ScoreReason = "个别资料缺签字" }));

        var after = (await View(world, "jixiao", id)).Indicators.ToDictionary(i => i.Id);
        Assert.Equal((opened[0].Points - 1m, "pingjia"), (after[opened[0].Id].Score!.Value, after[opened[0].Id].UpdatedBy));
        Assert.Equal((opened[1].Points - 0.5m, "zhuanjia"), (after[opened[1].Id].Score!.Value, after[opened[1].Id].UpdatedBy));
        // Every other card keeps the version its readers hold, so their next save is not refused as stale.
        Assert.All(all.Where(i => i.Id != opened[0].Id && i.Id != opened[1].Id), i => Assert.Equal(i.Version, after[i.Id].Version));
    }

    [Theory, DatabaseData]
    public async Task ProjectSpecificIndicator_MustBeBalancedWithinItsFirstLevel_BeforeSubmit(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var id = await Commissioned(world);
        await As<DeclareConflict>(world, "pingjia", (d, s) => d.Run(s, id, new ConflictDeclaration(false, null)));
        var added = await As<SaveIndicator, Guid>(world, "pingjia", (u, s) => u.Add(s, id, new NewIndicator("产出", "产出数量", "新建高标准农田面积", 5m, "达到计划面积得满分")));
        foreach (var i in (await View(world, "pingjia", id)).Indicators)
        {
            var edit = i.Id == added ? Edit(i, score: 5m) with { TargetText = "≥2万亩", ActualText = "2.1万亩", EvaluatorScore = null }
                : i.TargetText.Length > 0 ? Edit(i, actual: i.ActualText.Length > 0 ? i.ActualText : "100%") : Edit(i, score: i.Points);
            await As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, i.Id, edit));
        }

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => As<ReviewEvaluation, EvaluationStatus>(world, "pingjia", (r, s) => r.Run(s, id, EvaluationAction.Submit, null)));
        var message = Assert.Single(refused.Errors["Points"]);
        Assert.Contains("“产出”", message, StringComparison.Ordinal);
        Assert.Contains("应等于", message, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.InProgress, (await View(world, "pingjia", id)).Status);

        var quantity = (await View(world, "pingjia", id)).Indicators.First(i => i.Level1 == "产出" && !i.ProjectSpecific && i.Points > 5m);
        await Assert.ThrowsAsync<ValidationFailedException>(() => As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, quantity.Id, Edit(quantity) with { Points = 0m })));
        await As<SaveIndicator>(world, "pingjia", (u, s) => u.Save(s, id, quantity.Id, Edit(quantity, actual: quantity.ActualText) with { Points = quantity.Points - 5m, EvaluatorScore = quantity.EvaluatorScore is { } e ? e - 5m : null }));
        Assert.Equal(EvaluationStatus.Submitted, await As<ReviewEvaluation, EvaluationStatus>(world, "pingjia", (r, s) => r.Run(s, id, EvaluationAction.Submit, null)));
        var submitted = await View(world, "jixiao", id);
        Assert.Equal(100m, submitted.Indicators.Sum(i => i.Points));
        Assert.Equal(submitted.Levels.Sum(l => l.Score), submitted.Total);
    }

    [Theory, DatabaseData]
    public async Task Finding_IsAssignedToTheEvaluatedUnitByDefault_OrToItsDepartment(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var id = await Commissioned(world);
        await As<DeclareConflict>(world, "pingjia", (d, s) => d.Run(s, id, new ConflictDeclaration(false, null)));
        var units = await As<Findings.SaveFindings, IReadOnlyList<Findings.ResponsibleUnitChoice>>(world, "pingjia", (f, s) => f.ResponsibleUnits(s, id));
        var subject = (await View(world, "jixiao", id)).SubjectUnit;
        Assert.Equal([subject, "青禾县农业农村局"], units.Select(u => u.Name));

        var due = world.Time.GetUtcNow().UtcDateTime.AddMonths(6);
        var findingId = await As<Findings.SaveFindings, Guid>(world, "pingjia", (f, s) => f.Add(s, id, new Findings.FindingInput("资金管理与执行", "项目资金拨付滞后。", "部门审核环节多。", "简化拨付流程。", units[1].Id, due)));
        await using var scope = world.Scope();
        var saved = await world.Get<JixiaoDbContext>(scope).Findings.AsNoTracking().SingleAsync(f => f.Id == findingId);
        Assert.Equal(units[1].Id, saved.ResponsibleUnitId);
    }

    [Theory, DatabaseData]
    public async Task Evaluator_DeclaringAConflict_IsRecusedAndSeesNoDetails(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var id = await Commissioned(world);
        await Assert.ThrowsAsync<ValidationFailedException>(() => As<DeclareConflict>(world, "pingjia", (d, s) => d.Run(s, id, new ConflictDeclaration(true, ""))));
        await As<DeclareConflict>(world, "pingjia", (d, s) => d.Run(s, id, new ConflictDeclaration(true, "本人曾为该单位提供审计服务")));
        var view = await View(world, "pingjia", id);
        Assert.False(view.Details);
        Assert.Equal(("已委托", "存在利害关系（回避）"), (view.StatusText, view.Team.Single().ConflictText));
        await Assert.ThrowsAsync<ForbiddenException>(() => As<ManageTeam>(world, "pingjia", (t, s) => t.Add(s, id, "zhuanjia")));
    }
}
