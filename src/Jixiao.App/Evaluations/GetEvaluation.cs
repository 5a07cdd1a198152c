using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.App.SelfEvaluations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Evaluations;

public sealed record EvaluationRow(Guid Id, string Kind, string Name, string SubjectUnit, string? Agency, EvaluationStatus Status, string StatusText, decimal? Total, string? Grade, DateTime DueAt);

public sealed record DeductionView(decimal Points, string Reason);

public sealed record EvaluationIndicatorView(
    Guid Id, string Level1, string Level2, string Name, decimal Points, string Standard, bool ProjectSpecific, string TargetText, string ActualText,
    string Facts, decimal? EvaluatorScore, string ScoreReason, IReadOnlyList<DeductionView> Deductions, decimal? Score, string Trace, string WorkPaper,
    long Version, string? UpdatedBy, DateTime? UpdatedAt, IReadOnlyList<EvidenceView> Evidence);

public sealed record EvidenceView(Guid Id, string FileName, long Size, string UploadedBy, DateTime UploadedAt);

public sealed record LevelView(string Name, decimal Points, decimal? Score, decimal? Rate);

public sealed record TeamMemberView(string UserName, string DisplayName, TeamRole Role, string RoleText, ConflictAnswer Conflict, string ConflictText, DateTime? DeclaredAt);

/// <summary>
/// The workspace view. <see cref="Details"/> is false for a team member who has not declared (or declared a conflict):
/// then only the name, units, status and team are filled and every other list is empty.
/// </summary>
public sealed record EvaluationView(
    Guid Id, string Kind, string Name, string SubjectUnit, string? Agency, EvaluationStatus Status, string StatusText, DateTime DueAt, long Version,
    bool Details, IReadOnlyList<TeamMemberView> Team, IReadOnlyList<EvaluationIndicatorView> Indicators, IReadOnlyList<LevelView> Levels,
    decimal? Total, string? Grade, ProjectFunding? Funding, string Basics, string Summary, string Experience, string? ReviewComment, string? ReopenReason)
{
    /// <summary>A department evaluation's funding facts: the department's budget record (基本支出 / 项目支出 / functional classes).</summary>
    public DepartmentBudgetFacts? Budget { get; init; }

    public string FrameworkName { get; init; } = "";
}

public sealed record FunctionalClassFact(string Code, string Name, decimal Amount);

public sealed record DepartmentBudgetFacts(int Year, decimal PersonnelExpense, decimal PublicExpense, decimal BasicExpense, decimal ProjectExpense, decimal Total, IReadOnlyList<FunctionalClassFact> Classes);

/// <summary>Lists and opens key/department evaluations, always through <see cref="Scopes.VisibleTo(IQueryable{Evaluation}, IQueryable{Organisations.Organisation}, UserScope)"/>.</summary>
public sealed class GetEvaluation(JixiaoDbContext db)
{
    public const string Missing = "评价不存在或无权查看。";

    public async Task<IReadOnlyList<EvaluationRow>> List(UserScope scope, int? year = null, EvaluationStatus? status = null, CancellationToken ct = default)
    {
        var query = db.Evaluations.AsNoTracking().VisibleTo(db.Organisations, scope);
        query = year is { } y ? query.Where(e => e.Year == y) : query;
        query = status is { } st ? query.Where(e => e.Status == st) : query;
        var rows = await query.Select(e => new
        {
            e.Id, e.Kind, e.Year, Name = e.Project != null ? e.Project.Name : e.SubjectOrganisation!.Name, Unit = e.SubjectOrganisation!.Name,
            Agency = e.Agency != null ? e.Agency.Name : null, e.Status, e.Total, e.Grade, e.DueAt,
        }).ToListAsync(ct);
        return rows.OrderBy(r => r.DueAt).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new EvaluationRow(r.Id, r.Kind.ToChinese(), SubjectName(r.Kind, r.Name, r.Year), r.Unit, r.Agency, r.Status, r.Status.ToChinese(), r.Total, r.Grade, r.DueAt)).ToList();
    }

    public async Task<EvaluationView> Run(UserScope scope, Guid id, CancellationToken ct = default)
    {
        var e = await Load(scope, id, tracked: false, ct);
        var name = SubjectName(e.Kind, e.Project?.Name ?? e.SubjectOrganisation?.Name ?? "", e.Year);
        var team = e.Team.OrderBy(m => m.Role).ThenBy(m => m.UserName, StringComparer.Ordinal)
            .Select(m => new TeamMemberView(m.UserName, m.DisplayName, m.Role, m.Role.ToChinese(), m.Conflict, m.Conflict.ToChinese(), m.DeclaredAt)).ToList();
        if (!Scopes.CanSeeDetails(scope, e))
        {
            return new EvaluationView(e.Id, e.Kind.ToChinese(), name, e.SubjectOrganisation?.Name ?? "", e.Agency?.Name, e.Status, e.Status.ToChinese(), e.DueAt, e.Version,
                false, team, [], [], null, null, null, "", "", "", null, null);
        }
        var score = EvaluationScoring.Score(e, await Settings(e.JurisdictionId, ct));
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(f => f.EvaluationId == id && f.IndicatorId != null).ToListAsync(ct);
        var indicators = e.Indicators.OrderBy(i => i.Order).Select(i => new EvaluationIndicatorView(
            i.Id, i.Level1, i.Level2, i.Name, i.Points, i.Standard, i.ProjectSpecific, i.TargetText, i.ActualText, i.Facts, i.EvaluatorScore, i.ScoreReason,
            i.Deductions.OrderBy(d => d.Order).Select(d => new DeductionView(d.Points, d.Reason)).ToList(), i.Score, i.Trace, i.WorkPaper, i.Version, i.UpdatedBy, i.UpdatedAt,
            evidence.Where(f => f.IndicatorId == i.Id).OrderBy(f => f.UploadedAt).Select(f => new EvidenceView(f.Id, f.FileName, f.Size, f.UploadedBy, f.UploadedAt)).ToList())).ToList();
        var levels = score.Card.Levels.Select(l => new LevelView(l.Name, l.Points, l.Score, l.Rate)).ToList();
        var funding = e.Project is { } p ? ProjectFunding.Of(p.FundingLines) : null;
        return new EvaluationView(e.Id, e.Kind.ToChinese(), name, e.SubjectOrganisation?.Name ?? "", e.Agency?.Name, e.Status, e.Status.ToChinese(), e.DueAt, e.Version,
            true, team, indicators, levels, e.Total, e.Grade, funding, e.Basics, e.Summary, e.Experience, e.ReviewComment, e.ReopenReason)
        {
            Budget = e.DepartmentBudget is { } b ? new DepartmentBudgetFacts(b.Year, b.PersonnelExpense, b.PublicExpense, b.BasicExpense, b.ProjectExpense, b.Total,
                b.FunctionalClasses.OrderBy(c => c.ClassCode, StringComparer.Ordinal).Select(c => new FunctionalClassFact(c.ClassCode, c.ClassName, c.Amount)).ToList()) : null,
            FrameworkName = Scoring.Frameworks.BuiltInFrameworks.ById(e.FrameworkId)?.Name ?? "",
        };
    }

    /// <summary>A project evaluation is named by its project; a department one as "XX局2024年度部门整体支出".</summary>
    public static string SubjectName(EvaluationKind kind, string name, int year) =>
        kind == EvaluationKind.Department ? $"{name}{year}年度部门整体支出" : name;

    /// <summary>The evaluation with indicators, deductions and team, or 404 when the user may not see it at all.</summary>
    internal async Task<Evaluation> Load(UserScope scope, Guid id, bool tracked, CancellationToken ct)
    {
        var query = db.Evaluations.VisibleTo(db.Organisations, scope).Where(e => e.Id == id)
            .Include(e => e.Indicators).ThenInclude(i => i.Deductions).Include(e => e.Team)
            .Include(e => e.Project!).ThenInclude(p => p.FundingLines).Include(e => e.SubjectOrganisation).Include(e => e.Agency)
            .Include(e => e.DepartmentBudget!).ThenInclude(b => b.FunctionalClasses).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(Missing);
    }

    internal async Task<Scoring.Settings.JurisdictionSettings> Settings(Guid jurisdictionId, CancellationToken ct) =>
        EvaluationSettings.Read(await db.Jurisdictions.AsNoTracking().Where(j => j.Id == jurisdictionId).Select(j => j.SettingsJson).FirstOrDefaultAsync(ct));

    /// <summary>Every change use case: the user must be able to work on it, and a final evaluation is read-only (409).</summary>
    internal static void RequireWork(UserScope scope, Evaluation e)
    {
        if (!Scopes.CanWorkOn(scope, e))
        {
            throw new ForbiddenException("只有已声明无利害关系的评价组成员可以修改该评价。");
        }
        RequireEditable(e);
    }

    internal static void RequireEditable(Evaluation e)
    {
        if (!e.Status.IsEditable())
        {
            throw new ConflictException(e.Status == EvaluationStatus.Accepted
                ? "该评价已审定定稿，不能修改；如需修改请由绩效科重新打开。"
                : $"该评价当前状态为“{e.Status.ToChinese()}”，不能修改。");
        }
    }
}
