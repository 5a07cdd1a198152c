namespace Jixiao.App.Auditing;

/// <summary>One changed field of one business row. Append-only: the context refuses edits and deletes.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public required string User { get; set; }

    public required string Action { get; set; }

    public required string Entity { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>The project (or other aggregate root) the row belongs to, so a history page finds child rows too.</summary>
    public string? RootKey { get; set; }

    /// <summary>What the row is to a person (a project code, a funding source, an organisation name).</summary>
    public string? Subject { get; set; }

    public required string Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string? Reason { get; set; }
}

public static class AuditActions
{
    public const string Insert = "新增";
    public const string Update = "修改";
    public const string Delete = "删除";
}
