namespace Jixiao.App.Auditing;

/// <summary>Who is changing data now: the signed-in user, the CLI operator, or the system.</summary>
public interface IAuditActor
{
    string Name { get; }
}

public sealed class SystemActor(string name = "system") : IAuditActor
{
    public string Name { get; } = name;
}
