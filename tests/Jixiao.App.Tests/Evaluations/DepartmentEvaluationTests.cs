using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Home;
using Jixiao.Scoring.Frameworks;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Evaluations;

/// <summary>Whole-department evaluations (部门整体支出绩效评价, DOMAIN §4.3): started by the section, worked like key evaluations, scoped to the department.</summary>
public sealed class DepartmentEvaluationTests
{
    private static async Task<TResult> As<TCase, TResult>(DemoWorld world, string user, Func<TCase, UserScope, Task<TResult>> run) where TCase : notnull
    {
        var scope = await world.UserScopeOf(user);
        await using var s = world.Scope(user);
        return await run(world.Get<TCase>(s), scope);
    }

    private static async Task<Jixiao.App.Budgets.DepartmentBudget> Budget(DemoWorld world, string department, int year)
    {
        var organisation = await world.Organisation(department);
        await using var s = world.Scope();
        return await world.Get<JixiaoDbContext>(s).DepartmentBudgets.AsNoTracking().SingleAsync(b => b.OrganisationId == organisation.Id && b.Year == year);
    }

    [Theory, DatabaseData]
    public async Task Section_StartsADepartmentEvaluation_TheAgencyScoresItOnTheBudgetFacts(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var budget = await Budget(world, "青禾县教育局", 2025);
        var agency = await world.Organisation("青禾正信会计师事务所");
        var due = new DateTime(2026, 8, 31);

        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() => As<StartDepartmentEvaluation, Guid>(world, "jixiao",
            (c, s) => c.Run(s, new NewDepartmentEvaluation(budget.Id, "department-duties", null, null))));
        Assert.Equal(["AgencyId", "DueAt"], missing.Errors.Keys.Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<ForbiddenException>(() => As<StartDepartmentEvaluation, Guid>(world, "bumen",
            (c, s) => c.Run(s, new NewDepartmentEvaluation(budget.Id, null, agency.Id, due))));
        var id = await As<StartDepartmentEvaluation, Guid>(world, "jixiao", (c, s) => c.Run(s, new NewDepartmentEvaluation(budget.Id, "department", agency.Id, due)));
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => As<StartDepartmentEvaluation, Guid>(world, "jixiao",
            (c, s) => c.Run(s, new NewDepartmentEvaluation(budget.Id, "department", agency.Id, due))));
        Assert.Contains("不能重复发起", twice.Errors["DepartmentBudgetId"][0], StringComparison.Ordinal);

        var tasks = await As<MyTasks, HomeTasks>(world, "pingjia", (t, s) => t.Run(s));
        Assert.Contains(tasks.Drafts, t => t.Link == $"/Evaluations/{id}" && t.Status == "待声明利害关系" && t.ProjectName == "青禾县教育局2025年度部门整体支出");

        await As<DeclareConflict, bool>(world, "pingjia", async (d, s) => { await d.Run(s, id, new ConflictDeclaration(false, null)); return true; });
        var view = await As<GetEvaluation, EvaluationView>(world, "pingjia", (g, s) => g.Run(s, id));
        Assert.Equal(("部门整体支出绩效评价", BuiltInFrameworks.DepartmentCommon.Name), (view.Kind, view.FrameworkName));
        Assert.Null(view.Funding);
        Assert.Equal((budget.PersonnelExpense + budget.PublicExpense, budget.ProjectExpense, budget.Total), (view.Budget!.BasicExpense, view.Budget.ProjectExpense, view.Budget.Total));
        Assert.Equal(budget.Total, view.Budget.Classes.Sum(c => c.Amount));
        Assert.Equal(BuiltInFrameworks.DepartmentCommon.Levels.SelectMany(l => l.Children).SelectMany(c => c.Indicators).Count(), view.Indicators.Count);

        var row = view.Indicators.First(i => i.Name == "管理制度健全性");
        await As<SaveIndicator, bool>(world, "pingjia", async (u, s) =>
        {
            await u.Save(s, id, row.Id, new IndicatorEdit(row.Version, "", "", "内控制度未覆盖资产处置", null, null, [new DeductionInput(1m, "资产处置制度缺失")], null));
            return true;
        });
        var scored = await As<GetEvaluation, EvaluationView>(world, "jixiao", (g, s) => g.Run(s, id));
        Assert.Equal(row.Points - 1m, scored.Indicators.Single(i => i.Id == row.Id).Score);
        Assert.Equal(row.Points - 1m, scored.Total);

        // The department sees that it is being evaluated, not the agency's draft scores; its units and other departments see nothing.
        var own = await As<GetEvaluation, EvaluationView>(world, "bumen", (g, s) => g.Run(s, id));
        Assert.Equal((false, "评价中"), (own.Details, own.StatusText));
        Assert.Empty(own.Indicators);
        await Assert.ThrowsAsync<NotFoundException>(() => As<GetEvaluation, EvaluationView>(world, "danwei", (g, s) => g.Run(s, id)));
    }

    [Theory, DatabaseData]
    public async Task Demo_HasDepartmentEvaluations_VisibleOnlyToTheirDepartment(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var mine = await As<GetEvaluation, IReadOnlyList<EvaluationRow>>(world, "bumen", (g, s) => g.List(s));
        var department = Assert.Single(mine, r => r.Kind == "部门整体支出绩效评价");
        Assert.Equal(("青禾县教育局2024年度部门整体支出", EvaluationStatus.Accepted), (department.Name, department.Status));
        var all = await As<GetEvaluation, IReadOnlyList<EvaluationRow>>(world, "jixiao", (g, s) => g.List(s));
        Assert.Equal([EvaluationStatus.Accepted, EvaluationStatus.Reopened], all.Where(r => r.Kind == "部门整体支出绩效评价").Select(r => r.Status).Order());
        // Together with the key-evaluation batch, the demo shows every state an evaluation can be in.
        Assert.Equal(Enum.GetValues<EvaluationStatus>().Order(), all.Select(r => r.Status).Distinct().Order());

        var accepted = await As<GetEvaluation, EvaluationView>(world, "bumen", (g, s) => g.Run(s, department.Id));
        Assert.True(accepted.Details);
        Assert.NotNull(accepted.Grade);
        Assert.Equal(accepted.Levels.Sum(l => l.Score), accepted.Total);
        var other = all.Single(r => r.Kind == "部门整体支出绩效评价" && r.Status == EvaluationStatus.Reopened);
        await Assert.ThrowsAsync<NotFoundException>(() => As<GetEvaluation, EvaluationView>(world, "bumen", (g, s) => g.Run(s, other.Id)));
    }
}
