using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Evaluations;

public sealed record EvidenceDownload(string FileName, string ContentType, Stream Content);

/// <summary>佐证材料: a team member attaches a file to an indicator; anyone who may see the details downloads it (checksum verified).</summary>
public sealed class UploadEvidence(JixiaoDbContext db, GetEvaluation get, EvidenceStore store, TimeProvider time)
{
    public async Task<Guid> Upload(UserScope scope, Guid id, Guid indicatorId, string fileName, Stream content, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        GetEvaluation.RequireWork(scope, e);
        if (e.Indicators.All(i => i.Id != indicatorId))
        {
            throw ValidationFailedException.For("IndicatorId", "请选择佐证材料所属的指标。");
        }
        var stored = await store.Save(fileName, content, ct);
        var file = new EvidenceFile
        {
            EvaluationId = e.Id, IndicatorId = indicatorId, FileName = Path.GetFileName(fileName).Trim(), ContentType = stored.ContentType,
            Size = stored.Size, Sha256 = stored.Sha256, UploadedBy = scope.UserName, UploadedAt = time.GetUtcNow().UtcDateTime,
        };
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return file.Id;
    }

    public async Task<EvidenceDownload> Download(UserScope scope, Guid id, Guid fileId, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: false, ct);
        if (!Scopes.CanSeeDetails(scope, e))
        {
            throw new ForbiddenException("请先作出利益冲突声明后再查看佐证材料。");
        }
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EvaluationId == id, ct)
            ?? throw new NotFoundException("佐证材料不存在。");
        return new EvidenceDownload(file.FileName, file.ContentType, await store.Open(file.Sha256, ct));
    }
}
