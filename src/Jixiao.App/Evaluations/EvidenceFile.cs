using Jixiao.App.Auditing;
using Jixiao.App.Data;

namespace Jixiao.App.Evaluations;

/// <summary>
/// 佐证材料: a file kept outside the database (content-addressed by its SHA-256 under the evidence folder), attached
/// to an indicator of an evaluation or to a finding's rectification answer.
/// </summary>
public sealed class EvidenceFile : Entity, IAuditChild
{
    public Guid EvaluationId { get; set; }

    public Guid? IndicatorId { get; set; }

    public Guid? FindingId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; checked again on every download.</summary>
    public string Sha256 { get; set; } = "";

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedAt { get; set; }

    public Guid AuditRootId => EvaluationId;
}
