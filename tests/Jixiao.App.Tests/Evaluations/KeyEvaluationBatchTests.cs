using Jixiao.App.Batches;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.Scoring.Settings;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Evaluations;

public sealed class KeyEvaluationBatchTests
{
    [Theory, DatabaseData]
    public async Task DemoBatch_HasEvaluationsInEveryState_ScoredByTheCore_AndCountedOnTheBatchPage(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var db = world.Get<JixiaoDbContext>(s);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.BatchId != null).Include(e => e.Indicators).ThenInclude(i => i.Deductions).Include(e => e.Findings).ToListAsync();

        Assert.Equal(Enum.GetValues<EvaluationStatus>().Where(x => x != EvaluationStatus.Reopened).Order(), evaluations.Select(e => e.Status).Distinct().Order());
        foreach (var e in evaluations.Where(e => e.Status != EvaluationStatus.Commissioned))
        {
            var core = EvaluationScoring.Score(e, JurisdictionSettings.Default);
            Assert.Equal(core.Card.Total, e.Total);
            Assert.Equal(core.IsComplete ? core.Card.Grade.ToChinese() : null, e.Grade);
        }

        var batchId = evaluations.First().BatchId!.Value;
        var view = await world.Get<GetBatch>(s).Run(bureau, batchId);
        var stats = view.Statistics!;
        var graded = evaluations.Where(e => e.Grade is not null).ToList();
        Assert.Equal(graded.Count(e => e.Grade == "优"), stats.ByGrade["优"]);
        Assert.Equal(graded.Count(e => e.Grade == "良"), stats.ByGrade["良"]);
        Assert.Equal(evaluations.Count - graded.Count, stats.ByGrade["未完成评分"]);
        Assert.Equal(graded.Count, stats.Distribution.Sum(d => d.Count));
        var decision = graded.SelectMany(e => e.Indicators).Where(i => i.Level1 == "决策").ToList();
        var level = Assert.Single(stats.Levels, l => l.Level == "决策");
        Assert.Equal(decimal.Round(decision.Sum(i => i.Score ?? 0m) / decision.Sum(i => i.Points), 4, MidpointRounding.AwayFromZero), level.Rate);
        // The fake clock stands at 2025-03-01: no finding is overdue yet; two years on, the open ones are.
        Assert.Equal(0, stats.OverdueFindings);
        world.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using var later = world.Scope("jixiao");
        var overdue = (await world.Get<GetBatch>(later).Run(bureau, batchId)).Statistics!.OverdueFindings;
        Assert.Equal(evaluations.SelectMany(e => e.Findings).Count(f => f.Status is Findings.FindingStatus.Open or Findings.FindingStatus.Returned), overdue);
        Assert.True(overdue > 0);
    }

    [Theory, DatabaseData]
    public async Task Commission_CreatesTheEvaluationFromTheProjectFramework_WithFundingRatesFilled(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var db = world.Get<JixiaoDbContext>(s);
        var manage = world.Get<ManageBatches>(s);
        var project = await db.Projects.AsNoTracking().Include(p => p.FundingLines).SingleAsync(p => p.Year == 2025 && p.Name == "农村公路养护");
        var id = await manage.Create(bureau, new NewBatch("2025年度重点评价", 2025, new DateTime(2026, 6, 30)));
        await manage.AddProjects(bureau, id, [new BatchPick(project.Id, "资金量大")]);
        await manage.Commission(bureau, id, (await world.Organisation("青禾正信会计师事务所")).Id, null);

        var evaluation = await db.Evaluations.AsNoTracking().Include(e => e.Indicators).SingleAsync(e => e.BatchId == id);
        Assert.Equal(EvaluationStatus.Commissioned, evaluation.Status);
        Assert.Equal(project.BudgetUnitId, evaluation.SubjectOrganisationId);
        Assert.Equal(100m, evaluation.Indicators.Sum(i => i.Points));
        var funding = Projects.ProjectFunding.Of(project.FundingLines);
        Assert.Equal($"{funding.ExecutionRate:0.##}%", evaluation.Indicators.Single(i => i.Name == "预算执行率").ActualText);
        Assert.Equal("≥100%", evaluation.Indicators.Single(i => i.Name == "资金到位率").TargetText);
        Assert.Contains("扣分", evaluation.Indicators.Single(i => i.Name == "立项依据充分性").Standard);
    }
}
