using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.SelfEvaluations;

public sealed record SelfEvaluationRow(Guid ProjectId, string ProjectCode, string ProjectName, int Year, string BudgetUnit, ReviewStatus StatusValue, string Status, decimal? Total, string? Grade);

/// <summary>The self-evaluations a user may see (through the project scopes), optionally of one year or state.</summary>
public sealed class ListSelfEvaluations(JixiaoDbContext db)
{
    public async Task<IReadOnlyList<SelfEvaluationRow>> Run(UserScope scope, int? year = null, ReviewStatus? status = null, CancellationToken ct = default)
    {
        var query = from e in db.SelfEvaluations.AsNoTracking()
                    join p in db.Projects.AsNoTracking().VisibleTo(scope) on e.ProjectId equals p.Id
                    where (year == null || p.Year == year) && (status == null || e.Status == status)
                    orderby p.Year, p.Code
                    select new { p.Id, p.Code, p.Name, p.Year, Unit = p.BudgetUnit!.Name, e.Status, e.Total, e.Grade };
        return (await query.ToListAsync(ct))
            .Select(r => new SelfEvaluationRow(r.Id, r.Code, r.Name, r.Year, r.Unit, r.Status, GetSelfEvaluation.StatusText(r.Status), r.Total, r.Grade))
            .ToList();
    }
}
