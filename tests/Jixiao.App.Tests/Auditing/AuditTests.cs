using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Auditing;

public sealed class AuditTests
{
    [Theory, DatabaseData]
    public async Task CreateEditDelete_EachLeaveAuditRows_WithUserUtcTimeOldNewAndReason(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("danwei");
        var unit = await world.Organisation("301002");
        world.Time.SetUtcNow(new DateTimeOffset(2025, 6, 30, 2, 15, 0, TimeSpan.Zero));
        Guid id;
        await using (var s = world.Scope("danwei"))
        {
            id = await world.Get<SaveProject>(s).Create(user, new ProjectInput(null, "实验室设备购置", 2025, unit.Id, null, ProjectCategory.SpecificPurpose, "",
                [new FundingLineInput(FundingSource.GeneralBudget, 500_000m, 500_000m, 0m, 0m)]));
        }
        await using (var s = world.Scope("danwei"))
        {
            var seen = await world.Get<GetProject>(s).Run(user, id);
            await world.Get<SaveProject>(s).Update(user, id, ProjectInputs.From(seen, "实验室设备购置（一期）", seen.Version) with
            {
                Category = ProjectCategory.SpecificPurpose,
                FundingLines = [new FundingLineInput(FundingSource.GeneralBudget, 500_000m, 480_000m, 0m, 0m)],
                Reason = "预算调整",
            });
        }
        await using (var s = world.Scope("danwei"))
        {
            await world.Get<SaveProject>(s).Delete(user, id, null, "项目取消");
        }

        await using var check = world.Scope();
        var db = world.Get<JixiaoDbContext>(check);
        var rows = await db.AuditEntries.Where(a => a.RootKey == id.ToString()).OrderBy(a => a.Id).ToListAsync();
        var inserted = rows.Single(a => a.Action == AuditActions.Insert && a.Field == nameof(Project.Name));
        Assert.Equal(("danwei", "Project", null, "实验室设备购置"), (inserted.User, inserted.Entity, inserted.OldValue, inserted.NewValue));
        Assert.Equal(new DateTime(2025, 6, 30, 2, 15, 0), inserted.At);
        var renamed = rows.Single(a => a.Action == AuditActions.Update && a.Field == nameof(Project.Name));
        Assert.Equal(("实验室设备购置", "实验室设备购置（一期）", "预算调整"), (renamed.OldValue, renamed.NewValue, renamed.Reason));
        var amount = rows.Single(a => a.Action == AuditActions.Update && a.Entity == "FundingLine" && a.Field == nameof(FundingLine.FullYearBudget));
        Assert.Equal(("500000.00", "480000.00"), (amount.OldValue, amount.NewValue));
        Assert.Contains(rows, a => a.Action == AuditActions.Delete && a.Entity == "Project" && a.Field == nameof(Project.Name) && a.OldValue == "实验室设备购置（一期）" && a.Reason == "项目取消");
        Assert.Contains(rows, a => a.Action == AuditActions.Delete && a.Entity == "FundingLine" && a.Field == nameof(FundingLine.FullYearBudget) && a.OldValue == "480000.00");
        Assert.DoesNotContain(rows, a => a.Action == AuditActions.Update && a.Field == nameof(Project.Description));
    }

    [Theory, DatabaseData]
    public async Task AuditLog_CannotBeEditedOrDeletedThroughTheApplication(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        await using var s = world.Scope();
        var db = world.Get<JixiaoDbContext>(s);
        var entry = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();

        entry.NewValue = "篡改";
        var edit = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal("审计日志只能追加，不能修改或删除。", edit.Message);
        db.Entry(entry).State = EntityState.Deleted;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
