using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Organisations;

public sealed record OrganisationView(Guid Id, string Kind, OrganisationKind KindValue, string? Code, string Name, Guid? ParentId, string? Parent, long Version);

public sealed record OrganisationInput(OrganisationKind Kind, string? Code, string Name, Guid? ParentId, long? Version = null);

/// <summary>List, create, edit and delete organisations; only the bureau's performance section and admins change them.</summary>
public sealed class ManageOrganisations(JixiaoDbContext db)
{
    public async Task<IReadOnlyList<OrganisationView>> List(UserScope scope, OrganisationKind? kind = null, string? search = null, CancellationToken ct = default)
    {
        var query = db.Organisations.AsNoTracking().VisibleTo(scope);
        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(o => o.Name.Contains(term) || (o.Code != null && o.Code.Contains(term)));
        }
        var rows = await query.Select(o => new { o.Id, o.Kind, o.Code, o.Name, o.ParentId, Parent = o.Parent!.Name, o.Version }).ToListAsync(ct);
        return rows.OrderBy(r => r.Kind).ThenBy(r => r.Code ?? "").ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new OrganisationView(r.Id, r.Kind.ToChinese(), r.Kind, r.Code, r.Name, r.ParentId, r.Parent, r.Version)).ToList();
    }

    public async Task<OrganisationView> Get(UserScope scope, Guid id, CancellationToken ct = default) =>
        (await List(scope, ct: ct)).FirstOrDefault(o => o.Id == id) ?? throw new NotFoundException("单位不存在。");

    public async Task<Guid> Create(UserScope scope, OrganisationInput input, CancellationToken ct = default)
    {
        Demand(scope);
        var organisation = new Organisation { JurisdictionId = scope.JurisdictionId, Name = "" };
        await Apply(scope, organisation, input, ct);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation.Id;
    }

    public async Task Update(UserScope scope, Guid id, OrganisationInput input, CancellationToken ct = default)
    {
        Demand(scope);
        var organisation = await Find(scope, id, ct);
        if (input.Version is { } version)
        {
            db.Entry(organisation).Property(o => o.Version).OriginalValue = version;
        }
        await Apply(scope, organisation, input, ct);
        db.Entry(organisation).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
    }

    public async Task Delete(UserScope scope, Guid id, CancellationToken ct = default)
    {
        Demand(scope);
        var organisation = await Find(scope, id, ct);
        var used = await db.Organisations.AnyAsync(o => o.ParentId == id, ct)
            || await db.Projects.AnyAsync(p => p.BudgetUnitId == id || p.DepartmentId == id || p.FinanceSectionId == id, ct)
            || await db.Set<AppUser>().AnyAsync(u => u.OrganisationId == id, ct);
        if (used)
        {
            throw ValidationFailedException.For("Id", "该单位仍有下级单位、项目或用户，不能删除。");
        }
        db.Organisations.Remove(organisation);
        await db.SaveChangesAsync(ct);
    }

    private static void Demand(UserScope scope)
    {
        if (!Scopes.CanChangeOrganisations(scope))
        {
            throw new ForbiddenException("只有绩效科或系统管理员可以维护单位。");
        }
    }

    private async Task<Organisation> Find(UserScope scope, Guid id, CancellationToken ct) =>
        await db.Organisations.VisibleTo(scope).FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("单位不存在。");

    private async Task Apply(UserScope scope, Organisation organisation, OrganisationInput input, CancellationToken ct)
    {
        var v = new Validation();
        var code = string.IsNullOrWhiteSpace(input.Code) ? null : input.Code.Trim();
        v.Require(!string.IsNullOrWhiteSpace(input.Name), "Name", "请填写单位名称。");
        v.Require(input.Kind != OrganisationKind.BudgetUnit || code is { Length: >= 3 } && code.All(char.IsAsciiDigit), "Code", "预算单位编码应为数字，如 213001。");
        if (code is not null)
        {
            var taken = await db.Organisations.AnyAsync(o => o.JurisdictionId == scope.JurisdictionId && o.Code == code && o.Id != organisation.Id, ct);
            v.Require(!taken, "Code", $"编码 {code} 已被其他单位使用。");
        }
        var expectedParents = ParentKinds(input.Kind);
        Organisation? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId && o.JurisdictionId == scope.JurisdictionId, ct);
            v.Require(parent is not null && parent.Id != organisation.Id, "ParentId", "上级单位不存在。");
        }
        if (parent is not null && !expectedParents.Contains(parent.Kind))
        {
            v.Add("ParentId", $"{input.Kind.ToChinese()}的上级应为{string.Join("或", expectedParents.Select(k => k.ToChinese()))}。");
        }
        v.Require(parent is not null || input.Kind is OrganisationKind.FinanceBureau or OrganisationKind.ThirdPartyAgency or OrganisationKind.Department,
            "ParentId", "请选择上级单位。");
        v.ThrowIfInvalid();
        organisation.Kind = input.Kind;
        organisation.Code = code;
        organisation.Name = input.Name.Trim();
        organisation.ParentId = parent?.Id;
    }

    /// <summary>Bureau → sections (归口科室) → departments they oversee → budget units.</summary>
    public static IReadOnlyList<OrganisationKind> ParentKinds(OrganisationKind kind) => kind switch
    {
        OrganisationKind.FinanceBureau => [],
        OrganisationKind.FinanceSection => [OrganisationKind.FinanceBureau],
        OrganisationKind.Department => [OrganisationKind.FinanceSection, OrganisationKind.FinanceBureau],
        OrganisationKind.BudgetUnit => [OrganisationKind.Department],
        OrganisationKind.ThirdPartyAgency => [OrganisationKind.FinanceBureau],
    };
}
