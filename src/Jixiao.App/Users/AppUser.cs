using Microsoft.AspNetCore.Identity;

namespace Jixiao.App.Users;

/// <summary>A person who signs in; belongs to exactly one organisation.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid JurisdictionId { get; set; }

    public Guid OrganisationId { get; set; }
}
