using Jixiao.App.Organisations;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Organisations;

/// <summary>/api/v1/organisations: everyone in the jurisdiction reads; the bureau maintains.</summary>
public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations").WithTags("单位 Organisations").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListOrganisations).WithName("ListOrganisations").WithSummary("单位列表");
        group.MapGet("/{id:guid}", GetOrganisation).WithName("GetOrganisation").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateOrganisation).WithName("CreateOrganisation").ProducesValidationProblem();
        group.MapPut("/{id:guid}", UpdateOrganisation).WithName("UpdateOrganisation").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteOrganisation).WithName("DeleteOrganisation").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<OrganisationView>>> ListOrganisations(
        HttpContext http, ManageOrganisations manage, OrganisationKind? kind, string? search, CancellationToken ct) =>
        TypedResults.Ok(await manage.List(http.Scope(), kind, search, ct));

    public static async Task<Ok<OrganisationView>> GetOrganisation(HttpContext http, ManageOrganisations manage, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await manage.Get(http.Scope(), id, ct));

    public static async Task<Created<OrganisationView>> CreateOrganisation(HttpContext http, ManageOrganisations manage, OrganisationInput input, CancellationToken ct)
    {
        var id = await manage.Create(http.Scope(), input, ct);
        return TypedResults.Created($"/api/v1/organisations/{id}", await manage.Get(http.Scope(), id, ct));
    }

    public static async Task<Ok<OrganisationView>> UpdateOrganisation(HttpContext http, ManageOrganisations manage, Guid id, OrganisationInput input, CancellationToken ct)
    {
        await manage.Update(http.Scope(), id, input, ct);
        return TypedResults.Ok(await manage.Get(http.Scope(), id, ct));
    }

    public static async Task<NoContent> DeleteOrganisation(HttpContext http, ManageOrganisations manage, Guid id, CancellationToken ct)
    {
        await manage.Delete(http.Scope(), id, ct);
        return TypedResults.NoContent();
    }
}
