using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using Jixiao.Scoring.Totals;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.App.Tests.Evaluations;

public sealed class EvaluationWorkflowTests
{
    private static readonly string?[] Actuals = ["380人次", "96%", "11月", "46.2万元", "达成年度指标", "94%"];
    private static readonly string?[] Explanations = ["两名教师病休，顺延至下年度培训。", null, null, null, "机制已建立，考核结果运用尚需加强。", null];

    [Theory, DatabaseData]
    public async Task Targets_GoFromUnitToDepartmentToSection_AndAnApprovedTableChangesOnlyAsANewVersionWithAReason(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var story = new EvaluationStory(world);
        await story.CreateProject("骨干教师培训");
        await story.DeclareTargets();

        Assert.Equal(ReviewStatus.Submitted, await story.Targets("danwei", ReviewAction.Submit));
        var locked = await Assert.ThrowsAsync<ConflictException>(() => story.As("danwei", (s, u) => world.Get<SaveTargets>(s).Save(u, story.ProjectId, new TargetSheetInput("改", EvaluationStory.Indicators))));
        Assert.Equal("该绩效目标表当前状态为“待主管部门审核”，已锁定，不能修改。", locked.Message);
        var sectionTooEarly = await Assert.ThrowsAsync<ForbiddenException>(() => story.Targets("guikou", ReviewAction.Approve));
        Assert.Equal("该绩效目标表应由主管部门审核。", sectionTooEarly.Message);
        var noComment = await Assert.ThrowsAsync<ValidationFailedException>(() => story.Targets("bumen", ReviewAction.Return, " "));
        Assert.Equal("退回时请填写审核意见，说明需要修改的内容。", noComment.Errors["Comment"].Single());
        Assert.Equal(ReviewStatus.Returned, await story.Targets("bumen", ReviewAction.Return, "满意度目标请与上年对齐。"));
        await story.ApproveTargets();

        var approved = (await story.As("danwei", (s, u) => world.Get<GetTargets>(s).Run(u, story.ProjectId)))!;
        Assert.Equal(("已审定", 1, false, true), (approved.Status, approved.Number, approved.Can.CanEdit, approved.Can.CanNewVersion));
        var noReason = await Assert.ThrowsAsync<ValidationFailedException>(() => story.As("danwei", (s, u) => world.Get<SaveTargets>(s).NewVersion(u, story.ProjectId, "")));
        Assert.Equal("调整绩效目标须填写调整原因。", noReason.Errors["Reason"].Single());
        Assert.Equal(2, await story.As("danwei", (s, u) => world.Get<SaveTargets>(s).NewVersion(u, story.ProjectId, "上级追加培训任务")));
        await story.As("danwei", (s, u) => world.Get<SaveTargets>(s).Save(u, story.ProjectId,
            new TargetSheetInput("全年培训教师450人次以上。", [EvaluationStory.Indicators[0] with { TargetText = "≥450人次" }, .. EvaluationStory.Indicators.Skip(1)])));
        await story.ApproveTargets();

        var v2 = (await story.As("bumen", (s, u) => world.Get<GetTargets>(s).Run(u, story.ProjectId)))!;
        Assert.Equal((2, "≥450人次", "上级追加培训任务"), (v2.Number, v2.Indicators[0].TargetText, v2.ChangeReason));
        Assert.Equal(["已审定", "已被新版本替代"], v2.Versions.Select(v => v.Status));
    }

    [Theory, DatabaseData]
    public async Task SelfEvaluation_ScoresTotalAndGrade_AreExactlyTheScoringCoresResult(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var story = new EvaluationStory(world);
        await story.CreateProject("骨干教师培训");
        await story.DeclareTargets();
        await story.ApproveTargets();
        await story.Open();
        await story.Save(Actuals, 27m, Explanations);

        var view = await story.View();
        Assert.Equal([19.00m, 15m, 5m, 10m, 27m, 10m], view.Score.Entries.Select(e => e.Score!.Value));
        Assert.Equal((9.24m, 95.24m, "优"), (view.Score.ExecutionScore, view.Score.Total, view.Score.Grade));
        Assert.StartsWith("实际完成值 380人次 < 目标值 ≥400人次，得分 = 380 ÷ 400 ×", view.Score.Entries[0].Trace);
        Assert.EndsWith("19.00", view.Score.Entries[0].Trace);

        // The same table scored directly by the core, without the application in between.
        var inputs = EvaluationStory.Indicators.Select((t, k) => new IndicatorInput
        {
            Level1 = t.Level1!, Level2 = t.Level2!, Name = t.Name!, Points = t.Points!.Value, Direction = t.Direction,
            Target = TargetParser.Parse(t.TargetText).Value, Actual = TargetParser.Parse(Actuals[k]).Value,
            EvaluatorScore = k == 4 ? 27m : null, Explanation = Explanations[k],
        }).ToList();
        var scored = inputs.Select(i => new ScoredIndicator(i.Level1, i.Level2, i.Name, IndicatorScorer.Score(i, JurisdictionSettings.Default))).ToList();
        var card = ScoreCards.Build(scored, JurisdictionSettings.Default, BuiltInFrameworks.SelfEvaluation, IndicatorScorer.ScoreExecution(500_000m, 462_000m, 10m));
        Assert.Equal(card.Total, view.Score.Total);
        Assert.Equal(card.Grade.ToChinese(), view.Score.Grade);
        Assert.Equal(scored.Select(s => s.Result.Trace), view.Score.Entries.Select(e => e.Trace));
        Assert.Equal(card.Levels.Select(l => (l.Name, l.Score, l.Rate)), view.Score.Levels.Select(l => (l.Name, l.Score, l.Rate)));
    }

    [Theory, DatabaseData]
    public async Task SelfEvaluation_SubmitDepartmentFinanceAccept_IsFinal_AndOnlyTheBureauReopensWithAReason(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var story = new EvaluationStory(world);
        await story.CreateProject("骨干教师培训");
        await story.DeclareTargets();
        await story.ApproveTargets();
        await story.Open();
        await story.Save(Actuals, 27m, Explanations);

        Assert.Equal(ReviewStatus.Submitted, await story.Evaluation("danwei", ReviewAction.Submit));
        Assert.Equal(ReviewStatus.DepartmentApproved, await story.Evaluation("bumen", ReviewAction.Approve));
        Assert.Equal(ReviewStatus.Returned, await story.Evaluation("jixiao", ReviewAction.Return, "请补充培训签到表。"));
        Assert.Equal("请补充培训签到表。", (await story.View()).ReviewComment);
        await story.Save(Actuals, 27m, Explanations);
        await story.Evaluation("danwei", ReviewAction.Submit);
        await story.Evaluation("bumen", ReviewAction.Approve);
        Assert.Equal(ReviewStatus.Approved, await story.Evaluation("jixiao", ReviewAction.Approve));

        Assert.Equal("已定稿", (await story.View()).Status);
        foreach (var user in new[] { "danwei", "bumen", "guikou", "jixiao", "admin" })
        {
            var e = await Assert.ThrowsAnyAsync<Exception>(() => story.Save(Actuals, 28m, Explanations, user));
            Assert.True(e is ConflictException or ForbiddenException, e.GetType().Name);
        }
        var final = await Assert.ThrowsAsync<ConflictException>(() => story.Save(Actuals, 28m, Explanations));
        Assert.Equal("该自评已审定定稿，不能修改；如需修改，请由财政局重新打开（须填写原因）。", final.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => story.Evaluation("danwei", ReviewAction.Reopen, "想改"));
        await Assert.ThrowsAsync<ValidationFailedException>(() => story.Evaluation("jixiao", ReviewAction.Reopen, ""));
        Assert.Equal(ReviewStatus.Reopened, await story.Evaluation("jixiao", ReviewAction.Reopen, "决算数据调整"));
        await story.Save(Actuals, 28m, Explanations);
        Assert.Equal(96.24m, (await story.View()).Score.Total);
    }

    [Theory, DatabaseData]
    public async Task BadInput_IsRefusedWithAChineseMessageNamingTheField_AndNothingIsSaved(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var story = new EvaluationStory(world);
        await story.CreateProject("骨干教师培训");
        await story.DeclareTargets();
        var badTarget = await Assert.ThrowsAsync<ValidationFailedException>(() => story.As("danwei", (s, u) => world.Get<SaveTargets>(s).Save(u, story.ProjectId,
            new TargetSheetInput("目标", [EvaluationStory.Indicators[0] with { TargetText = "≥abc人次" }]))));
        Assert.StartsWith("第1行“培训教师人次”：年度指标值“≥abc人次”无法识别：", badTarget.Errors["Indicators[0].TargetText"].Single());
        await story.ApproveTargets();
        await story.Open();
        var ids = (await story.View()).Entries.Select(e => e.IndicatorId).ToList();

        var unreadable = await Assert.ThrowsAsync<ValidationFailedException>(() => story.Save(["≥abc", "96%", "11月", "46.2万元", "达成年度指标", "94%"], 27m, Explanations));
        Assert.StartsWith("“培训教师人次”的实际完成值“≥abc”无法识别：第2个字符", unreadable.Errors[$"{ids[0]}.Actual"].Single());
        var outsideBand = await Assert.ThrowsAsync<ValidationFailedException>(() => story.Save(Actuals, 20m, Explanations));
        Assert.Contains("“教学能力提升机制”", outsideBand.Errors[$"{ids[4]}.Score"].Single());
        Assert.All((await story.View()).Entries, e => Assert.Equal("", e.ActualText));

        await story.Save(["380人次", null, null, null, null, null], null);
        var incomplete = await Assert.ThrowsAsync<ValidationFailedException>(() => story.Evaluation("danwei", ReviewAction.Submit));
        Assert.Equal("“培训合格率”：请填写实际完成值。", incomplete.Errors[$"{ids[1]}.Actual"].Single());
        Assert.Equal("“培训教师人次”：未完全达成目标或超额完成，须填写偏差原因分析及改进措施。", incomplete.Errors[$"{ids[0]}.Explanation"].Single());
        Assert.Equal(ReviewStatus.Draft, (await story.View()).StatusValue);
    }
}
