using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Data;

public sealed class ConcurrencyTests
{
    [Theory, DatabaseData]
    public async Task SecondEditFromAStaleVersion_IsRejected_AndTheFirstStays(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("jixiao");
        ProjectView seen;
        await using (var s = world.Scope())
        {
            var row = (await world.Get<ListProjects>(s).Run(user, new ProjectFilter(Search: "教师培训经费", Year: 2025))).Items.Single();
            seen = await world.Get<GetProject>(s).Run(user, row.Id);
        }
        Assert.Equal(1, seen.Version);

        await using (var first = world.Scope("alice"))
        {
            await world.Get<SaveProject>(first).Update(user, seen.Id, ProjectInputs.From(seen, "教师培训经费（调整）", seen.Version));
        }
        await using (var second = world.Scope("bob"))
        {
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
                world.Get<SaveProject>(second).Update(user, seen.Id, ProjectInputs.From(seen, "教师培训经费（另一版本）", seen.Version)));
        }
        await using var check = world.Scope();
        var saved = await world.Get<GetProject>(check).Run(user, seen.Id);
        Assert.Equal("教师培训经费（调整）", saved.Name);
        Assert.Equal(2, saved.Version);
    }

    [Theory, DatabaseData]
    public async Task ChangingOnlyAFundingLine_BumpsTheProjectVersion(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var user = await world.UserScopeOf("jixiao");
        await using var s = world.Scope();
        var row = (await world.Get<ListProjects>(s).Run(user, new ProjectFilter(Search: "教师培训经费", Year: 2025))).Items.Single();
        var seen = await world.Get<GetProject>(s).Run(user, row.Id);
        var lines = new[] { new FundingLineInput(FundingSource.GeneralBudget, 356_000m, 356_000m, 356_000m, 300_000.01m) };
        await world.Get<SaveProject>(s).Update(user, seen.Id, ProjectInputs.From(seen, seen.Name, seen.Version) with { FundingLines = lines });

        await using var check = world.Scope();
        var saved = await world.Get<GetProject>(check).Run(user, seen.Id);
        Assert.Equal(2, saved.Version);
        Assert.Equal(300_000.01m, saved.Total.Spent);
        Assert.Equal(84.27m, saved.Total.ExecutionRate);
    }
}
