using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Findings;

/// <summary>
/// 整改闭环: the responsible unit answers a finding with its measures (and evidence files); the bureau verifies it or
/// returns it with a comment, after which the unit answers again.
/// </summary>
public sealed class RectifyFinding(JixiaoDbContext db, TimeProvider time, EvidenceStore store)
{
    public async Task Answer(UserScope scope, Guid findingId, string? measures, CancellationToken ct = default)
    {
        var finding = await Find(scope, findingId, ct);
        if (!Scopes.CanAnswer(scope, finding))
        {
            throw new ForbiddenException("只有整改责任单位可以反馈整改情况。");
        }
        if (finding.Status is not (FindingStatus.Open or FindingStatus.Returned))
        {
            throw new ConflictException($"该问题{finding.Status.ToChinese()}，不能再次反馈。");
        }
        if (string.IsNullOrWhiteSpace(measures))
        {
            throw ValidationFailedException.For("Measures", "请填写整改措施及成效。");
        }
        finding.Measures = measures.Trim();
        finding.Status = FindingStatus.Answered;
        finding.AnsweredAt = time.GetUtcNow().UtcDateTime;
        finding.AnsweredBy = scope.UserName;
        await db.SaveChangesAsync(ct);
    }

    public async Task Verify(UserScope scope, Guid findingId, string? comment, CancellationToken ct = default)
    {
        var finding = await Checkable(scope, findingId, ct);
        finding.Status = FindingStatus.Verified;
        finding.VerifyComment = comment?.Trim() ?? "";
        finding.VerifiedAt = time.GetUtcNow().UtcDateTime;
        finding.VerifiedBy = scope.UserName;
        await db.SaveChangesAsync(ct);
    }

    public async Task Return(UserScope scope, Guid findingId, string? comment, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw ValidationFailedException.For("Comment", "退回时请填写核实意见，说明需要如何重新整改。");
        }
        var finding = await Checkable(scope, findingId, ct);
        finding.Status = FindingStatus.Returned;
        finding.VerifyComment = comment.Trim();
        db.AuditReason = finding.VerifyComment;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Evidence for the answer: only the responsible unit adds it, while it may still answer.</summary>
    public async Task<Guid> AddEvidence(UserScope scope, Guid findingId, string fileName, Stream content, CancellationToken ct = default)
    {
        var finding = await Find(scope, findingId, ct);
        if (!Scopes.CanAnswer(scope, finding))
        {
            throw new ForbiddenException("只有整改责任单位可以上传整改佐证材料。");
        }
        if (finding.Status is not (FindingStatus.Open or FindingStatus.Returned))
        {
            throw new ConflictException($"该问题{finding.Status.ToChinese()}，不能再上传佐证材料。");
        }
        var stored = await store.Save(fileName, content, ct);
        var file = new EvidenceFile
        {
            EvaluationId = finding.EvaluationId, FindingId = finding.Id, FileName = Path.GetFileName(fileName).Trim(), ContentType = stored.ContentType,
            Size = stored.Size, Sha256 = stored.Sha256, UploadedBy = scope.UserName, UploadedAt = time.GetUtcNow().UtcDateTime,
        };
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return file.Id;
    }

    /// <summary>Downloads an evidence file of a finding the user sees; the content is checksum-verified by the store.</summary>
    public async Task<(EvidenceFile File, Stream Content)> OpenEvidence(UserScope scope, Guid findingId, Guid fileId, CancellationToken ct = default)
    {
        var finding = await Find(scope, findingId, ct);
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(e => e.Id == fileId && e.FindingId == finding.Id, ct)
            ?? throw new NotFoundException("佐证材料不存在。");
        return (file, await store.Open(file.Sha256, ct));
    }

    private async Task<Finding> Checkable(UserScope scope, Guid findingId, CancellationToken ct)
    {
        var finding = await Find(scope, findingId, ct);
        if (!Scopes.CanVerify(scope, finding))
        {
            throw new ForbiddenException("只有财政局绩效科可以核实整改情况。");
        }
        if (finding.Status != FindingStatus.Answered)
        {
            throw new ConflictException($"该问题{finding.Status.ToChinese()}，只有已反馈的整改情况可以核实或退回。");
        }
        return finding;
    }

    private async Task<Finding> Find(UserScope scope, Guid findingId, CancellationToken ct) =>
        await db.Findings.VisibleTo(db.Evaluations, db.Organisations, scope).FirstOrDefaultAsync(f => f.Id == findingId, ct)
        ?? throw new NotFoundException("问题不存在或无权查看。");
}
