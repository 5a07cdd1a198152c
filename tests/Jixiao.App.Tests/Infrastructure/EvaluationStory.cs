using Jixiao.App.Access;
using Jixiao.App.Projects;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Tests.Infrastructure;

/// <summary>A fresh project of 第一中学 (the demo unit) taken through targets and self-evaluation, each step as its user.</summary>
public sealed class EvaluationStory(DemoWorld world)
{
    public Guid ProjectId { get; private set; }

    /// <summary>全年预算数 500,000.00 元, 全年执行数 462,000.00 元 (预算执行率 92.40%).</summary>
    public static readonly FundingLineInput Funding = new(FundingSource.GeneralBudget, 500_000m, 500_000m, 500_000m, 462_000m);

    public static IReadOnlyList<TargetIndicatorInput> Indicators =>
    [
        new("产出指标", "数量指标", "培训教师人次", "人次", 20m, "≥400人次", IndicatorDirection.Positive),
        new("产出指标", "质量指标", "培训合格率", "%", 15m, "≥95%"),
        new("产出指标", "时效指标", "培训完成时间", "月", 5m, "≤11月"),
        new("产出指标", "成本指标", "培训总成本", "万元", 10m, "≤50万元"),
        new("效益指标", "社会效益指标", "教学能力提升机制", "", 30m, "健全", IndicatorDirection.Qualitative),
        new("满意度指标", "服务对象满意度指标", "参训教师满意度", "%", 10m, "≥90%"),
    ];

    public async Task<Guid> CreateProject(string name)
    {
        var user = await world.UserScopeOf("danwei");
        var unit = await world.Organisation("301002");
        await using var s = world.Scope("danwei");
        ProjectId = await world.Get<SaveProject>(s).Create(user, new ProjectInput(null, name, 2025, unit.Id, null, ProjectCategory.SpecificPurpose, "", [Funding]));
        return ProjectId;
    }

    public async Task DeclareTargets()
    {
        await As("danwei", async (s, u) =>
        {
            await world.Get<SaveTargets>(s).Start(u, ProjectId, BuiltInFrameworks.SelfEvaluationId);
        });
        await As("danwei", (s, u) => world.Get<SaveTargets>(s).Save(u, ProjectId, new TargetSheetInput("全年培训教师400人次以上，培训合格率95%以上。", Indicators)));
    }

    public Task<ReviewStatus> Targets(string user, ReviewAction action, string? comment = null) =>
        As(user, (s, u) => world.Get<ReviewTargets>(s).Run(u, ProjectId, action, comment));

    public Task<ReviewStatus> Evaluation(string user, ReviewAction action, string? comment = null) =>
        As(user, (s, u) => world.Get<ReviewSelfEvaluation>(s).Run(u, ProjectId, action, comment));

    public async Task ApproveTargets()
    {
        await Targets("danwei", ReviewAction.Submit);
        await Targets("bumen", ReviewAction.Approve);
        await Targets("guikou", ReviewAction.Approve);
    }

    public Task Open() => As("danwei", (s, u) => world.Get<SaveSelfEvaluation>(s).Open(u, ProjectId));

    public async Task<SelfEvaluationView> View(string user = "danwei") =>
        (await As(user, (s, u) => world.Get<GetSelfEvaluation>(s).Run(u, ProjectId)))!;

    /// <summary>Actual values, in indicator order; the qualitative one with its chosen score.</summary>
    public async Task Save(string?[] actuals, decimal? qualitativeScore, string?[]? explanations = null, string user = "danwei")
    {
        var view = await View(user);
        var entries = view.Entries.Select((e, k) => new EntryInput(e.IndicatorId, actuals[k], e.IsQualitative ? qualitativeScore : null, explanations?[k], "签到表、考核记录")).ToList();
        await As(user, (s, u) => world.Get<SaveSelfEvaluation>(s).Save(u, ProjectId, new SelfEvaluationInput(entries, view.Narrative with { Basics = "项目由第一中学实施。" })));
    }

    public async Task<T> As<T>(string userName, Func<AsyncServiceScope, UserScope, Task<T>> action)
    {
        var user = await world.UserScopeOf(userName);
        await using var s = world.Scope(userName);
        return await action(s, user);
    }

    public async Task As(string userName, Func<AsyncServiceScope, UserScope, Task> action)
    {
        var user = await world.UserScopeOf(userName);
        await using var s = world.Scope(userName);
        await action(s, user);
    }
}
