using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Findings;

/// <summary>What the team writes for one finding; Version is checked on edits (stale → 409).</summary>
public sealed record FindingInput(
    string? Category, string? Problem, string? Cause, string? Recommendation, Guid? ResponsibleUnitId, DateTime? DueAt, long? Version = null);

/// <summary>An organisation a finding may be assigned to for rectification.</summary>
public sealed record ResponsibleUnitChoice(Guid Id, string Name);

/// <summary>
/// The evaluation team adds, edits and deletes the findings (发现的问题) of an evaluation while it is open.
/// Findings are numbered in the order they were added; numbers close up when one is deleted.
/// </summary>
public sealed class SaveFindings(JixiaoDbContext db, TimeProvider time)
{
    public async Task<Guid> Add(UserScope scope, Guid evaluationId, FindingInput input, CancellationToken ct = default)
    {
        var evaluation = await Editable(scope, evaluationId, ct);
        var finding = new Finding
        {
            EvaluationId = evaluation.Id, JurisdictionId = evaluation.JurisdictionId,
            Order = evaluation.Findings.Count == 0 ? 1 : evaluation.Findings.Max(f => f.Order) + 1,
        };
        await Apply(finding, evaluation, input, ct);
        db.Findings.Add(finding);
        await db.SaveChangesAsync(ct);
        return finding.Id;
    }

    /// <summary>
    /// Who can be made responsible: the evaluated unit (the default), its department above it, and for a department
    /// evaluation the department's own units — the organisations that actually fix what was found.
    /// </summary>
    public async Task<IReadOnlyList<ResponsibleUnitChoice>> ResponsibleUnits(UserScope scope, Guid evaluationId, CancellationToken ct = default)
    {
        var evaluation = await db.Evaluations.AsNoTracking().VisibleTo(db.Organisations, scope).FirstOrDefaultAsync(e => e.Id == evaluationId, ct)
            ?? throw new NotFoundException("评价不存在或无权查看。");
        var subject = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == evaluation.SubjectOrganisationId, ct);
        var related = await db.Organisations.AsNoTracking()
            .Where(o => o.JurisdictionId == evaluation.JurisdictionId && o.Id != subject.Id
                && ((o.Id == subject.ParentId && o.Kind == Organisations.OrganisationKind.Department) || o.ParentId == subject.Id))
            .OrderBy(o => o.Code).ThenBy(o => o.Name).Select(o => new ResponsibleUnitChoice(o.Id, o.Name)).ToListAsync(ct);
        return [new ResponsibleUnitChoice(subject.Id, subject.Name), .. related];
    }

    public async Task Edit(UserScope scope, Guid findingId, FindingInput input, CancellationToken ct = default)
    {
        var (evaluation, finding) = await Find(scope, findingId, ct);
        if (input.Version is { } version && version != finding.Version)
        {
            throw new ConflictException("该问题已被他人修改，请刷新后重试。");
        }
        await Apply(finding, evaluation, input, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task Delete(UserScope scope, Guid findingId, CancellationToken ct = default)
    {
        var (evaluation, finding) = await Find(scope, findingId, ct);
        db.Findings.Remove(finding);
        var order = 1;
        foreach (var other in evaluation.Findings.Where(f => f.Id != finding.Id).OrderBy(f => f.Order))
        {
            other.Order = order++;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<(Evaluation, Finding)> Find(UserScope scope, Guid findingId, CancellationToken ct)
    {
        var evaluationId = await db.Findings.Where(f => f.Id == findingId && f.JurisdictionId == scope.JurisdictionId).Select(f => (Guid?)f.EvaluationId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("问题不存在或无权查看。");
        var evaluation = await Editable(scope, evaluationId, ct);
        return (evaluation, evaluation.Findings.Single(f => f.Id == findingId));
    }

    private async Task<Evaluation> Editable(UserScope scope, Guid evaluationId, CancellationToken ct)
    {
        var evaluation = await db.Evaluations.VisibleTo(db.Organisations, scope).Include(e => e.Team).Include(e => e.Findings)
            .FirstOrDefaultAsync(e => e.Id == evaluationId, ct) ?? throw new NotFoundException("评价不存在或无权查看。");
        if (!Scopes.CanWorkOn(scope, evaluation))
        {
            throw new ForbiddenException("只有已声明无利益冲突的评价组成员可以填写发现的问题。");
        }
        if (!evaluation.Status.IsEditable())
        {
            throw new ConflictException($"该评价{evaluation.Status.ToChinese()}，不能修改发现的问题。");
        }
        return evaluation;
    }

    private async Task Apply(Finding finding, Evaluation evaluation, FindingInput input, CancellationToken ct)
    {
        var check = new Validation();
        var category = FindingText.FromChinese(input.Category);
        check.Require(category is not null, nameof(FindingInput.Category), "请选择问题类别。");
        check.Require(!string.IsNullOrWhiteSpace(input.Problem), nameof(FindingInput.Problem), "请填写存在的问题。");
        check.Require(!string.IsNullOrWhiteSpace(input.Cause), nameof(FindingInput.Cause), "请填写原因分析。");
        check.Require(!string.IsNullOrWhiteSpace(input.Recommendation), nameof(FindingInput.Recommendation), "请填写有关建议。");
        var unitId = input.ResponsibleUnitId ?? evaluation.SubjectOrganisationId;
        var unitExists = await db.Organisations.AnyAsync(o => o.Id == unitId && o.JurisdictionId == evaluation.JurisdictionId, ct);
        check.Require(unitExists, nameof(FindingInput.ResponsibleUnitId), "整改责任单位须为本地区登记的单位。");
        var today = time.GetUtcNow().UtcDateTime.Date;
        check.Require(input.DueAt is not null, nameof(FindingInput.DueAt), "请填写整改期限。");
        check.Require(input.DueAt is null || input.DueAt.Value.Date > today, nameof(FindingInput.DueAt), "整改期限须晚于今天。");
        check.ThrowIfInvalid();
        finding.Category = category!.Value;
        finding.Problem = input.Problem!.Trim();
        finding.Cause = input.Cause!.Trim();
        finding.Recommendation = input.Recommendation!.Trim();
        finding.ResponsibleUnitId = unitId;
        finding.DueAt = DateTime.SpecifyKind(input.DueAt!.Value, DateTimeKind.Utc);
    }
}
