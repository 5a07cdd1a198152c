using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Findings;
using Jixiao.App.Projects;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Home;

public sealed record TaskItem(string Kind, string ProjectCode, string ProjectName, Guid ProjectId, string Status, string Link, DateTime? Due, bool Overdue, string? Comment);

/// <summary>"What must I do next": drafts to finish, items returned to me, reviews waiting for me, deadlines.</summary>
public sealed record HomeTasks(IReadOnlyList<TaskItem> Drafts, IReadOnlyList<TaskItem> Returned, IReadOnlyList<TaskItem> Reviews, IReadOnlyList<TaskItem> Deadlines)
{
    /// <summary>整改: findings my unit must answer (Open/Returned), or for the bureau the answered ones to verify; by due date.</summary>
    public IReadOnlyList<TaskItem> Findings { get; init; } = [];
}

/// <summary>The home page's work list, always through the same scopes as every other page.</summary>
public sealed class MyTasks(JixiaoDbContext db, TimeProvider time)
{
    private const string Targets = "绩效目标", Evaluation = "单位自评";

    public async Task<HomeTasks> Run(UserScope scope, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var projects = db.Projects.AsNoTracking().VisibleTo(scope);
        var sheets = (await (from s in db.TargetSheets.AsNoTracking() join p in projects on s.ProjectId equals p.Id select new { s.Number, s.Status, s.ReviewComment, Project = p }).ToListAsync(ct))
            .GroupBy(x => x.Project.Id).Select(g => g.MaxBy(x => x.Number)!).ToList();
        var evaluations = await (from e in db.SelfEvaluations.AsNoTracking() join p in projects on e.ProjectId equals p.Id select new { e.Status, e.ReviewComment, e.DueAt, Project = p }).ToListAsync(ct);
        var drafts = new List<TaskItem>();
        var returned = new List<TaskItem>();
        var reviews = new List<TaskItem>();
        void Sort(string kind, Project p, ReviewStatus status, string statusText, string? comment, DateTime? due)
        {
            var link = kind == Targets ? $"/Targets/{p.Id}" : $"/SelfEvaluations/{p.Id}";
            var item = new TaskItem(kind, p.Code, p.Name, p.Id, statusText, link, due, due < now && status.IsEditable(), comment);
            if (status.IsEditable() && Scopes.CanChange(scope, p))
            {
                (status == ReviewStatus.Returned ? returned : drafts).Add(item);
            }
            else if (Scopes.CanReview(scope, p, status))
            {
                reviews.Add(item);
            }
        }
        foreach (var s in sheets)
        {
            Sort(Targets, s.Project, s.Status, s.Status.ToChinese(), s.ReviewComment, null);
        }
        foreach (var e in evaluations)
        {
            Sort(Evaluation, e.Project, e.Status, GetSelfEvaluation.StatusText(e.Status), e.ReviewComment, e.DueAt);
        }
        var deadlines = drafts.Concat(returned).Where(t => t.Due is not null).OrderBy(t => t.Due).ToList();
        return new HomeTasks(Order(drafts), Order(returned), Order(reviews), deadlines) { Findings = await FindingTasks(scope, now, ct) };
    }

    private async Task<List<TaskItem>> FindingTasks(UserScope scope, DateTime now, CancellationToken ct)
    {
        var findings = db.Findings.AsNoTracking().VisibleTo(db.Evaluations, db.Organisations, scope);
        if (scope.Role is Roles.Unit or Roles.Department)
        {
            findings = findings.Where(f => f.ResponsibleUnitId == scope.OrganisationId && (f.Status == FindingStatus.Open || f.Status == FindingStatus.Returned));
        }
        else if (scope.Role is Roles.Performance or Roles.SystemAdmin)
        {
            findings = findings.Where(f => f.Status == FindingStatus.Answered);
        }
        else
        {
            return [];
        }
        var rows = await findings
            .Select(f => new { Finding = f, Project = db.Evaluations.Where(e => e.Id == f.EvaluationId).Select(e => e.Project).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Finding.DueAt).Select(r => new TaskItem(
            "整改", r.Project?.Code ?? "", $"{r.Project?.Name}：{r.Finding.Problem}", r.Project?.Id ?? r.Finding.EvaluationId, r.Finding.Status.ToChinese(),
            $"/Findings/{r.Finding.Id}", r.Finding.DueAt, r.Finding.IsOverdue(now), r.Finding.Status == FindingStatus.Returned ? r.Finding.VerifyComment : null)).ToList();
    }

    private static List<TaskItem> Order(List<TaskItem> items) => items.OrderBy(t => t.ProjectCode, StringComparer.Ordinal).ThenBy(t => t.Kind, StringComparer.Ordinal).ToList();
}
