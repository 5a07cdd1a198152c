using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Budgets;

/// <summary>Amounts in 元; 基本支出 is never typed, it is 人员经费 + 公用经费.</summary>
public sealed record DepartmentBudgetInput(decimal PersonnelExpense, decimal PublicExpense, decimal ProjectExpense, long Version, string? Reason = null);

/// <summary>Edits a department budget record; the audit log records old/new per field, a stale version is a 409.</summary>
public sealed class EditDepartmentBudget(JixiaoDbContext db)
{
    public async Task Run(UserScope scope, Guid id, DepartmentBudgetInput input, CancellationToken ct = default)
    {
        var budget = await db.DepartmentBudgets.VisibleTo(db.Organisations, scope).FirstOrDefaultAsync(b => b.Id == id, ct)
            ?? throw new NotFoundException("部门预算不存在或无权查看。");
        if (!Scopes.CanChangeBudget(scope, budget))
        {
            throw new ForbiddenException("只有绩效科、系统管理员或本部门可以修改部门预算。");
        }
        var errors = new Dictionary<string, string[]>();
        Check(errors, nameof(input.PersonnelExpense), "人员经费", input.PersonnelExpense);
        Check(errors, nameof(input.PublicExpense), "公用经费", input.PublicExpense);
        Check(errors, nameof(input.ProjectExpense), "项目支出", input.ProjectExpense);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
        db.Entry(budget).Property(b => b.Version).OriginalValue = input.Version;
        budget.PersonnelExpense = input.PersonnelExpense;
        budget.PublicExpense = input.PublicExpense;
        budget.ProjectExpense = input.ProjectExpense;
        db.AuditReason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        await db.SaveChangesAsync(ct);
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string label, decimal amount)
    {
        if (amount < 0)
        {
            errors[field] = [$"{label}不能为负数。"];
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            errors[field] = [$"{label}最多保留到分（两位小数，单位元）。"];
        }
    }
}
