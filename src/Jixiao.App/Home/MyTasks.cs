using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
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
        await AddKeyEvaluations(scope, now, drafts, returned, reviews, ct);
        var deadlines = drafts.Concat(returned).Where(t => t.Due is not null).OrderBy(t => t.Due).ToList();
        return new HomeTasks(Order(drafts), Order(returned), Order(reviews), deadlines) { Findings = await FindingTasks(scope, now, ct) };
    }

    /// <summary>
    /// Key and department evaluations: for the agency's evaluators and experts, the ones to declare for and to score
    /// (returned ones apart); for the performance section, the submitted ones waiting for acceptance.
    /// </summary>
    private async Task AddKeyEvaluations(UserScope scope, DateTime now, List<TaskItem> drafts, List<TaskItem> returned, List<TaskItem> reviews, CancellationToken ct)
    {
        var worker = scope.Role is Roles.Evaluator or Roles.Expert;
        if (!worker && !Scopes.CanAcceptEvaluations(scope))
        {
            return;
        }
        var query = db.Evaluations.AsNoTracking().VisibleTo(db.Organisations, scope);
        query = worker
            ? query.Where(e => e.Status != EvaluationStatus.Submitted && e.Status != EvaluationStatus.Accepted)
            : query.Where(e => e.Status == EvaluationStatus.Submitted);
        var rows = await query.Select(e => new
        {
            e.Id, e.Kind, e.Year, e.Status, e.DueAt, e.ReviewComment, Code = e.Project != null ? e.Project.Code : "",
            Name = e.Project != null ? e.Project.Name : e.SubjectOrganisation!.Name,
            Mine = e.Team.Where(m => m.UserName == scope.UserName).Select(m => (ConflictAnswer?)m.Conflict).FirstOrDefault(),
        }).ToListAsync(ct);
        foreach (var r in rows)
        {
            var name = GetEvaluation.SubjectName(r.Kind, r.Name, r.Year);
            var kind = r.Kind == EvaluationKind.Department ? "部门评价" : "财政评价";
            if (!worker)
            {
                reviews.Add(new TaskItem(kind, r.Code, name, r.Id, r.Status.ToChinese(), $"/Evaluations/{r.Id}", r.DueAt, false, null));
                continue;
            }
            if (r.Mine == ConflictAnswer.Conflict || (r.Mine is null && scope.Role == Roles.Expert))
            {
                continue;
            }
            var status = r.Mine is null or ConflictAnswer.Pending ? "待声明利害关系" : r.Status.ToChinese();
            var item = new TaskItem(kind, r.Code, name, r.Id, status, $"/Evaluations/{r.Id}", r.DueAt, r.DueAt < now, r.ReviewComment);
            (r.Status == EvaluationStatus.Returned ? returned : drafts).Add(item);
        }
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
            .Select(f => new
            {
                Finding = f, Project = db.Evaluations.Where(e => e.Id == f.EvaluationId).Select(e => e.Project).FirstOrDefault(),
                Subject = db.Evaluations.Where(e => e.Id == f.EvaluationId).Select(e => e.SubjectOrganisation!.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Finding.DueAt).Select(r => new TaskItem(
            "整改", r.Project?.Code ?? "", $"{r.Project?.Name ?? r.Subject + "部门整体支出"}：{r.Finding.Problem}", r.Project?.Id ?? r.Finding.EvaluationId, r.Finding.Status.ToChinese(),
            $"/Findings/{r.Finding.Id}", r.Finding.DueAt, r.Finding.IsOverdue(now), r.Finding.Status == FindingStatus.Returned ? r.Finding.VerifyComment : null)).ToList();
    }

    private static List<TaskItem> Order(List<TaskItem> items) => items.OrderBy(t => t.ProjectCode, StringComparer.Ordinal).ThenBy(t => t.Kind, StringComparer.Ordinal).ToList();
}
