using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;

namespace Jixiao.App.Batches;

/// <summary>财政重点评价 batch: the performance section picks key projects of a year, each with a reason, and commissions agencies.</summary>
public sealed class EvaluationBatch : Entity
{
    public Guid JurisdictionId { get; set; }

    public int Year { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Deadline for the evaluation reports (UTC).</summary>
    public DateTime DueAt { get; set; }

    public List<BatchProject> Projects { get; set; } = [];
}

/// <summary>One picked project: why it was picked and which third-party agency evaluates it.</summary>
public sealed class BatchProject : Entity, IAuditChild
{
    public Guid BatchId { get; set; }

    public Guid ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>选取理由</summary>
    public string Reason { get; set; } = "";

    public Guid? AgencyId { get; set; }

    public Organisation? Agency { get; set; }

    public Guid AuditRootId => BatchId;
}
