using System.Net;
using System.Net.Http.Json;
using Jixiao.App.Budgets;
using Jixiao.App.Data;
using Jixiao.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Budgets;

/// <summary>Editing a department budget: 基本支出 is computed, amounts are checked, stale edits conflict, changes are audited.</summary>
public sealed class DepartmentBudgetEditTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Performance_EditsBudget_BasicExpenseIsComputed_AndOldNewAreAudited()
    {
        var client = await web.SignedIn("jixiao");
        var budget = (await Budgets(client))[0];

        var saved = await WebFixture.Read<DepartmentBudgetView>(await client.PutAsJsonAsync($"/api/v1/department-budgets/{budget.Id}",
            new DepartmentBudgetInput(1_234_567.89m, 100_000.11m, budget.ProjectExpense, budget.Version, "按批复调整")));

        Assert.Equal(1_334_568.00m, saved.BasicExpense);
        Assert.Equal(budget.Version + 1, saved.Version);
        using var scope = web.Factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().AuditEntries
            .Where(a => a.EntityKey == budget.Id.ToString() && a.Field == "PersonnelExpense" && a.Action == "修改").ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal((budget.PersonnelExpense.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "1234567.89", "按批复调整", "jixiao"),
            (entry.OldValue, entry.NewValue, entry.Reason, entry.User));
    }

    [Fact]
    public async Task NegativeOrSubCentAmounts_AreRejectedAtTheField_AndStaleVersionGets409()
    {
        var client = await web.SignedIn("admin");
        var budget = (await Budgets(client))[1];

        var invalid = await client.PutAsJsonAsync($"/api/v1/department-budgets/{budget.Id}",
            new DepartmentBudgetInput(-1m, 0.001m, 0m, budget.Version));
        await client.PutAsJsonAsync($"/api/v1/department-budgets/{budget.Id}", new DepartmentBudgetInput(1m, 2m, 3m, budget.Version));
        var stale = await client.PutAsJsonAsync($"/api/v1/department-budgets/{budget.Id}", new DepartmentBudgetInput(4m, 5m, 6m, budget.Version));

        var errors = (await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors;
        Assert.Equal(["人员经费不能为负数。"], errors["PersonnelExpense"]);
        Assert.Equal(["公用经费最多保留到分（两位小数，单位元）。"], errors["PublicExpense"]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Theory]
    [InlineData("danwei")]
    [InlineData("guikou")]
    public async Task RolesOutsideTheBureauAndDepartment_Get403(string userName)
    {
        var client = await web.SignedIn(userName);
        var budget = (await Budgets(client))[0];

        var response = await client.PutAsJsonAsync($"/api/v1/department-budgets/{budget.Id}", new DepartmentBudgetInput(1m, 1m, 1m, budget.Version));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<List<DepartmentBudgetView>> Budgets(HttpClient client) =>
        await WebFixture.Read<List<DepartmentBudgetView>>(await client.GetAsync("/api/v1/department-budgets"));
}
