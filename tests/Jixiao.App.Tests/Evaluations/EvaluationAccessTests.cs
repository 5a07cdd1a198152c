using Jixiao.App.Auditing;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Home;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Evaluations;

public sealed class EvaluationAccessTests
{
    [Theory, DatabaseData]
    public async Task Evaluations_AreSeenOnlyThroughTheProjectScopes(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var s = world.Scope();
        var db = world.Get<JixiaoDbContext>(s);
        var evaluations = await db.SelfEvaluations.AsNoTracking().Include(e => e.Project).ThenInclude(p => p!.BudgetUnit).ToListAsync();
        var otherUnit = evaluations.First(e => e.Project!.BudgetUnit!.Code != "301002");
        var otherDepartment = evaluations.First(e => !e.Project!.BudgetUnit!.Code!.StartsWith("301", StringComparison.Ordinal));
        var ownDepartment = evaluations.First(e => e.Project!.BudgetUnit!.Code!.StartsWith("301", StringComparison.Ordinal));
        var get = world.Get<GetSelfEvaluation>(s);

        var unit = await world.UserScopeOf("danwei");
        var hidden = await Assert.ThrowsAsync<NotFoundException>(() => get.Run(unit, otherUnit.ProjectId));
        Assert.Equal("项目不存在或无权查看。", hidden.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => world.Get<GetTargets>(s).Run(unit, otherUnit.ProjectId));
        var department = await world.UserScopeOf("bumen");
        Assert.NotNull(await get.Run(department, ownDepartment.ProjectId));
        await Assert.ThrowsAsync<NotFoundException>(() => get.Run(department, otherDepartment.ProjectId));
        var evaluator = await world.UserScopeOf("pingjia");
        await Assert.ThrowsAsync<NotFoundException>(() => get.Run(evaluator, ownDepartment.ProjectId));
        Assert.NotNull(await get.Run(await world.UserScopeOf("jixiao"), otherDepartment.ProjectId));
    }

    [Theory, DatabaseData]
    public async Task Targets_AreApprovedOnlyByTheNextReviewerInTheChain(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var story = new EvaluationStory(world);
        await story.CreateProject("骨干教师培训");
        await story.DeclareTargets();
        await story.Targets("danwei", ReviewAction.Submit);
        await Assert.ThrowsAsync<ForbiddenException>(() => story.Targets("danwei", ReviewAction.Approve));
        await Assert.ThrowsAsync<ForbiddenException>(() => story.Targets("jixiao", ReviewAction.Approve));
        Assert.Equal(ReviewStatus.DepartmentApproved, await story.Targets("bumen", ReviewAction.Approve));
        var twice = await Assert.ThrowsAsync<ForbiddenException>(() => story.Targets("bumen", ReviewAction.Approve));
        Assert.Equal("该绩效目标表应由财政（归口科室或绩效科）审核。", twice.Message);
        await Assert.ThrowsAsync<ConflictException>(() => story.Targets("danwei", ReviewAction.Submit));
    }

    [Theory, DatabaseData]
    public async Task EveryChangeOfATargetAnActualAScoreAndAStatus_LeavesAnAuditRowWithUserOldAndNew(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var story = new EvaluationStory(world);
        await story.CreateProject("骨干教师培训");
        await story.DeclareTargets();
        await story.ApproveTargets();
        await story.Open();
        await story.Save(["380人次", null, null, null, null, null], null, ["顺延", null, null, null, null, null]);
        await story.Save(["390人次", null, null, null, null, null], null, ["顺延", null, null, null, null, null]);

        await using var s = world.Scope();
        var db = world.Get<JixiaoDbContext>(s);
        var sheet = await db.TargetSheets.AsNoTracking().SingleAsync(t => t.ProjectId == story.ProjectId);
        var evaluation = await db.SelfEvaluations.AsNoTracking().SingleAsync(e => e.ProjectId == story.ProjectId);
        var sheetRows = await db.AuditEntries.AsNoTracking().Where(a => a.RootKey == sheet.Id.ToString()).ToListAsync();
        Assert.Contains(sheetRows, a => a.Entity == "TargetIndicator" && a.Field == "TargetText" && a.NewValue == "≥400人次" && a.User == "danwei");
        Assert.Equal(["Draft→Submitted:danwei", "Submitted→DepartmentApproved:bumen", "DepartmentApproved→Approved:guikou"],
            sheetRows.Where(a => a.Field == "Status" && a.Action == AuditActions.Update).OrderBy(a => a.Id).Select(a => $"{a.OldValue}→{a.NewValue}:{a.User}"));
        var evaluationRows = await db.AuditEntries.AsNoTracking().Where(a => a.RootKey == evaluation.Id.ToString()).ToListAsync();
        Assert.Contains(evaluationRows, a => a.Entity == "SelfEvaluationEntry" && a.Field == "ActualText" && a.OldValue == "380人次" && a.NewValue == "390人次");
        Assert.Contains(evaluationRows, a => a.Entity == "SelfEvaluationEntry" && a.Field == "Score" && a.OldValue == "19.00" && a.NewValue == "19.50");
        Assert.Contains(evaluationRows, a => a.Entity == "SelfEvaluation" && a.Field == "Total" && a.NewValue == "28.74");
    }

    [Theory, DatabaseData]
    public async Task DemoCounty_HasEvaluationsInEveryState_AndHomePagesListWhatEachRoleMustDo(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var s = world.Scope();
        var db = world.Get<JixiaoDbContext>(s);
        var states = await db.SelfEvaluations.Select(e => e.Status).Distinct().ToListAsync();
        Assert.Equal([ReviewStatus.Draft, ReviewStatus.Submitted, ReviewStatus.DepartmentApproved, ReviewStatus.Approved, ReviewStatus.Returned, ReviewStatus.Reopened], states.Order());
        var targetStates = await db.TargetSheets.Select(t => t.Status).Distinct().ToListAsync();
        Assert.Equal([ReviewStatus.Draft, ReviewStatus.Submitted, ReviewStatus.DepartmentApproved, ReviewStatus.Approved, ReviewStatus.Returned], targetStates.Order());

        var tasks = world.Get<MyTasks>(s);
        var bumen = await tasks.Run(await world.UserScopeOf("bumen"));
        Assert.NotEmpty(bumen.Reviews);
        Assert.All(bumen.Reviews, t => Assert.StartsWith("待主管部门审核", t.Status, StringComparison.Ordinal));
        var guikou = await tasks.Run(await world.UserScopeOf("guikou"));
        Assert.All(guikou.Reviews, t => Assert.Equal("待财政审核", t.Status));
        var danwei = await tasks.Run(await world.UserScopeOf("danwei"));
        Assert.All(danwei.Drafts.Concat(danwei.Returned), t => Assert.StartsWith("2024-301002-", t.ProjectCode, StringComparison.Ordinal));
    }
}
