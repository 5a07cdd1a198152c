using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Findings;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Evaluations;

/// <summary>整改: the responsible organisation answers a finding, the bureau verifies or returns it; overdue ones stand out.</summary>
public sealed class RectificationTests
{
    private static async Task<TResult> As<TCase, TResult>(DemoWorld world, string user, Func<TCase, UserScope, Task<TResult>> run) where TCase : notnull
    {
        var scope = await world.UserScopeOf(user);
        await using var s = world.Scope(user);
        return await run(world.Get<TCase>(s), scope);
    }

    private static Task<bool> Do(DemoWorld world, string user, Func<RectifyFinding, UserScope, Task> run) =>
        As<RectifyFinding, bool>(world, user, async (c, scope) => { await run(c, scope); return true; });

    private static Task<FindingView> Get(DemoWorld world, string user, Guid id) => As<ListFindings, FindingView>(world, user, (l, s) => l.Get(s, id));

    [Theory, DatabaseData]
    public async Task Department_AnswersItsFinding_TheBureauReturnsThenVerifies_AndOnlyTheRightPeopleMayAct(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var mine = await As<ListFindings, IReadOnlyList<FindingView>>(world, "bumen", (l, s) => l.Mine(s, new FindingFilter(FindingStatus.Open)));
        var finding = mine.First(f => f.ResponsibleUnit == "青禾县教育局");

        // The department's own unit and the agency's expert outside the team see nothing of it; the bureau cannot answer for it.
        await Assert.ThrowsAsync<NotFoundException>(() => Get(world, "danwei", finding.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => Do(world, "jixiao", (r, s) => r.Answer(s, finding.Id, "已整改")));
        var blank = await Assert.ThrowsAsync<ValidationFailedException>(() => Do(world, "bumen", (r, s) => r.Answer(s, finding.Id, "  ")));
        Assert.Equal(["请填写整改措施及成效。"], blank.Errors["Measures"]);
        Assert.Equal(FindingStatus.Open, (await Get(world, "bumen", finding.Id)).Status);

        await Do(world, "bumen", (r, s) => r.Answer(s, finding.Id, "已修订资金支付审批流程，补充支付凭证。"));
        var answered = await Get(world, "jixiao", finding.Id);
        Assert.Equal((FindingStatus.Answered, "bumen"), (answered.Status, answered.AnsweredBy));
        await Assert.ThrowsAsync<ForbiddenException>(() => Do(world, "bumen", (r, s) => r.Verify(s, finding.Id, "自己核实")));
        await Assert.ThrowsAsync<ValidationFailedException>(() => Do(world, "jixiao", (r, s) => r.Return(s, finding.Id, "")));
        await Do(world, "jixiao", (r, s) => r.Return(s, finding.Id, "请附支付凭证编号。"));
        Assert.Equal((FindingStatus.Returned, "请附支付凭证编号。"), ((await Get(world, "bumen", finding.Id)).Status, (await Get(world, "bumen", finding.Id)).VerifyComment));

        await Do(world, "bumen", (r, s) => r.Answer(s, finding.Id, "已补充支付凭证（凭证号 2025-0312）。"));
        await Do(world, "jixiao", (r, s) => r.Verify(s, finding.Id, "整改到位。"));
        var verified = await Get(world, "bumen", finding.Id);
        Assert.Equal((FindingStatus.Verified, "jixiao"), (verified.Status, verified.VerifiedBy));
        await Assert.ThrowsAsync<ConflictException>(() => Do(world, "bumen", (r, s) => r.Answer(s, finding.Id, "再次反馈")));

        await using var scope = world.Scope();
        var statuses = await world.Get<JixiaoDbContext>(scope).AuditEntries.Where(a => a.EntityKey == finding.Id.ToString() && a.Field == "Status" && a.Action == Jixiao.App.Auditing.AuditActions.Update)
            .OrderBy(a => a.Id).Select(a => a.User + ":" + a.NewValue).ToListAsync();
        Assert.Equal(["bumen:Answered", "jixiao:Returned", "bumen:Answered", "jixiao:Verified"], statuses);
    }

    [Theory, DatabaseData]
    public async Task OpenFindings_BecomeOverdueAfterTheirDeadline_AndAreListedFirst(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var before = await As<ListFindings, IReadOnlyList<FindingView>>(world, "jixiao", (l, s) => l.Mine(s, new FindingFilter(OverdueOnly: true)));
        Assert.Empty(before);

        var open = (await As<ListFindings, IReadOnlyList<FindingView>>(world, "jixiao", (l, s) => l.Mine(s, new FindingFilter()))).Where(f => f.Status is FindingStatus.Open or FindingStatus.Returned).ToList();
        var latest = open.Max(f => f.DueAt);
        world.Time.SetUtcNow(new DateTimeOffset(latest.AddDays(10), TimeSpan.Zero));
        var overdue = await As<ListFindings, IReadOnlyList<FindingView>>(world, "jixiao", (l, s) => l.Mine(s, new FindingFilter(OverdueOnly: true)));
        Assert.Equal(open.Select(f => f.Id).Order(), overdue.Select(f => f.Id).Order());
        Assert.All(overdue, f => Assert.True(f.Overdue && f.DaysOverdue >= 10, $"{f.Problem} due {f.DueAt:yyyy-MM-dd} should be at least 10 days overdue"));
        var bumenHome = await As<Home.MyTasks, Home.HomeTasks>(world, "bumen", (t, s) => t.Run(s));
        Assert.Contains(bumenHome.Findings, t => t.Overdue);
    }
}
