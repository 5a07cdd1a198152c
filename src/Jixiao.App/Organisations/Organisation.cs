using Jixiao.App.Data;

namespace Jixiao.App.Organisations;

/// <summary>
/// Finance bureau and its sections, departments, budget units, third-party agencies.
/// Its owning organisation is itself (access to the list is decided by role).
/// </summary>
public sealed class Organisation : Entity, IOwned
{
    public Guid JurisdictionId { get; set; }

    public Guid OrganisationId => Id;

    public OrganisationKind Kind { get; set; }

    /// <summary>Budget unit code such as 213001; optional for other kinds.</summary>
    public string? Code { get; set; }

    public required string Name { get; set; }

    public Guid? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    /// <summary>"[213001]某某局" as import files and reports write it.</summary>
    public string Label => Code is null ? Name : $"[{Code}]{Name}";
}
