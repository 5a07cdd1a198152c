using System.Security.Claims;

namespace Jixiao.App.Access;

/// <summary>Who asks, from where: the input of every access decision.</summary>
public sealed record UserScope(string UserName, Guid JurisdictionId, Guid OrganisationId, string Role)
{
    public const string JurisdictionClaim = "jixiao:jurisdiction";
    public const string OrganisationClaim = "jixiao:organisation";

    /// <summary>When a user holds several roles the widest one decides.</summary>
    private static readonly string[] Priority =
        [Roles.SystemAdmin, Roles.Performance, Roles.Section, Roles.Department, Roles.Unit, Roles.Evaluator, Roles.Expert];

    public static UserScope? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(JurisdictionClaim), out var jurisdiction)
            || !Guid.TryParse(principal.FindFirstValue(OrganisationClaim), out var organisation))
        {
            return null;
        }
        var role = Priority.FirstOrDefault(principal.IsInRole) ?? Roles.Expert;
        return new UserScope(principal.Identity.Name ?? "", jurisdiction, organisation, role);
    }
}
