using System.Security.Cryptography;
using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.Documents.ReviewMemo;
using Jixiao.Review;
using Jixiao.Scoring.Settings;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reviews;

/// <summary>
/// Upload, list, show and memo of report reviews. Only reviewers (Scopes.CanReviewReports) get here; the report is
/// checked with its jurisdiction's stored settings and kept with its text so the findings can be shown at their lines.
/// </summary>
public sealed class ReportReviews(JixiaoDbContext db, TimeProvider time)
{
    /// <summary>Reports are a few megabytes; a web upload beyond this is refused before it is read.</summary>
    public const long MaxUploadBytes = 20L * 1024 * 1024;

    public static readonly IReadOnlyList<string> Extensions = [".docx", ".txt", ".pdf"];

    private const string Refused = "只有绩效科和系统管理员可以复核报告。";

    public async Task<Guid> Upload(UserScope scope, string fileName, byte[] bytes, Guid? projectId, CancellationToken ct = default)
    {
        Demand(scope);
        fileName = Path.GetFileName(fileName.Trim());
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw ValidationFailedException.For("file", extension == ".doc"
                ? "不支持旧版 Word（.doc）格式：请另存为 .docx 后再上传。"
                : "只能上传 .docx、.txt 或 .pdf 格式的报告。");
        }
        if (bytes.Length == 0)
        {
            throw ValidationFailedException.For("file", "上传的文件是空的。");
        }
        if (bytes.Length > MaxUploadBytes)
        {
            throw ValidationFailedException.For("file", "文件不能超过 20 MB。");
        }
        if (projectId is { } id && !await db.Projects.VisibleTo(scope).AnyAsync(p => p.Id == id, ct))
        {
            throw new NotFoundException("找不到要关联的项目。");
        }

        var result = await Review(scope, extension, bytes, ct);
        var review = new ReportReview
        {
            JurisdictionId = scope.JurisdictionId,
            ProjectId = projectId,
            UploadedBy = scope.UserName,
            UploadedAt = time.GetUtcNow().UtcDateTime,
            FileName = fileName,
            Checksum = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Kind = result.KindSlug,
            ErrorCount = result.Count(Severity.Error),
            WarningCount = result.Count(Severity.Warning),
            VerifiedCount = result.Count(Severity.Info),
            ResultJson = ReviewJson.Serialize(result),
            Text = string.Join('\n', result.Text.Lines.Select(l => l.Raw)),
        };
        db.Add(review);
        await db.SaveChangesAsync(ct);
        return review.Id;
    }

    /// <summary>The reviewer reads by path (PDF goes through pdftotext), so the upload lives briefly in a temp file.</summary>
    private async Task<ReviewResult> Review(UserScope scope, string extension, byte[] bytes, CancellationToken ct)
    {
        var settingsJson = await db.Jurisdictions.Where(j => j.Id == scope.JurisdictionId).Select(j => j.SettingsJson).SingleAsync(ct);
        var settings = SettingsJson.FromJson(settingsJson).Settings ?? JurisdictionSettings.Default;
        var path = Path.Combine(Path.GetTempPath(), "jixiao-review-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            await File.WriteAllBytesAsync(path, bytes, ct);
            var read = ReportReviewer.ReviewFile(path, settings, cancellation: ct);
            return read.Review ?? throw ValidationFailedException.For("file", read.Error ?? "无法读取文件。");
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<IReadOnlyList<ReviewRow>> List(UserScope scope, Guid? projectId = null, CancellationToken ct = default)
    {
        Demand(scope);
        var query = db.Set<ReportReview>().AsNoTracking().Where(r => r.JurisdictionId == scope.JurisdictionId);
        if (projectId is { } id)
        {
            query = query.Where(r => r.ProjectId == id);
        }
        var rows = await query.Select(r => new ReviewRow(r.Id, r.FileName, r.Kind, r.UploadedAt, r.UploadedBy,
            r.ErrorCount, r.WarningCount, r.VerifiedCount, r.ProjectId, r.Project == null ? null : r.Project.Name)).ToListAsync(ct);
        // SQLite cannot order by DateTime in SQL; the list of one jurisdiction is small.
        return rows.OrderByDescending(r => r.UploadedAt).ToList();
    }

    /// <summary>How many reviews concern a project; zero for users who may not review (they see no link).</summary>
    public async Task<int> CountFor(UserScope scope, Guid projectId, CancellationToken ct = default) =>
        Scopes.CanReviewReports(scope)
            ? await db.Set<ReportReview>().CountAsync(r => r.JurisdictionId == scope.JurisdictionId && r.ProjectId == projectId, ct)
            : 0;

    public async Task<ReviewDetail> Get(UserScope scope, Guid id, CancellationToken ct = default)
    {
        Demand(scope);
        var r = await db.Set<ReportReview>().AsNoTracking().Include(x => x.Project)
            .SingleOrDefaultAsync(x => x.Id == id && x.JurisdictionId == scope.JurisdictionId, ct)
            ?? throw new NotFoundException("找不到该复核记录。");
        var stored = StoredResult.Parse(r.ResultJson);
        var row = new ReviewRow(r.Id, r.FileName, r.Kind, r.UploadedAt, r.UploadedBy, r.ErrorCount, r.WarningCount, r.VerifiedCount, r.ProjectId, r.Project?.Name);
        return new ReviewDetail(row, r.Checksum, stored.Findings, stored.Facts, r.Text.Split('\n'));
    }

    /// <summary>The 复核意见书 (.docx) of a stored review, and the file name to download it as.</summary>
    public async Task<(byte[] Bytes, string FileName)> Memo(UserScope scope, Guid id, CancellationToken ct = default)
    {
        var detail = await Get(scope, id, ct);
        var jurisdiction = await db.Jurisdictions.Where(j => j.Id == scope.JurisdictionId).Select(j => j.Name).SingleAsync(ct);
        var local = TimeZoneInfo.ConvertTimeFromUtc(detail.Row.UploadedAt, ChinaTime);
        var memo = new ReviewMemo(jurisdiction, detail.Row.FileName, detail.KindText, DateOnly.FromDateTime(local), detail.Row.UploadedBy,
            detail.Findings.Select(f => new MemoFinding(f.SeverityText, f.Code, f.Message, f.Lines, f.Numbers)).ToList());
        var bytes = ReviewMemoWriter.Write(memo).ValueOrThrow();
        return (bytes, Path.GetFileNameWithoutExtension(detail.Row.FileName) + "-复核意见书.docx");
    }

    /// <summary>Reports are dated in Beijing time (UTC+8, no daylight saving).</summary>
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China");

    private static void Demand(UserScope scope)
    {
        if (!Scopes.CanReviewReports(scope))
        {
            throw new ForbiddenException(Refused);
        }
    }
}
