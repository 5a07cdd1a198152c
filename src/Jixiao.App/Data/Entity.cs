namespace Jixiao.App.Data;

/// <summary>
/// A business row: client-generated key (so audit rows know it before the insert),
/// an application-managed version for optimistic concurrency, identical on every provider.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public long Version { get; set; }
}

/// <summary>A row that belongs to a jurisdiction and an organisation (DESIGN: row ownership).</summary>
public interface IOwned
{
    Guid JurisdictionId { get; }

    Guid OrganisationId { get; }
}
