namespace Jixiao.App.Auditing;

/// <summary>A row whose history belongs to a parent (an indicator to its target table): its audit rows carry the parent's key.</summary>
public interface IAuditChild
{
    Guid AuditRootId { get; }
}
