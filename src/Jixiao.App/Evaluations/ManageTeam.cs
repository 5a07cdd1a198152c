using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Evaluations;

/// <summary>The lead (or the bureau) adds an expert or another evaluator of the agency to the team; they declare before seeing anything.</summary>
public sealed class ManageTeam(JixiaoDbContext db, GetEvaluation get)
{
    public async Task Add(UserScope scope, Guid id, string? userName, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        if (!Scopes.CanLead(scope, e))
        {
            throw new ForbiddenException("只有评价组组长或绩效科可以调整评价组。");
        }
        GetEvaluation.RequireEditable(e);
        var name = userName?.Trim() ?? "";
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name && u.JurisdictionId == e.JurisdictionId, ct)
            ?? throw ValidationFailedException.For("UserName", $"用户“{name}”不存在。");
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        var role = roles.Contains(Roles.Expert) ? TeamRole.Expert
            : roles.Contains(Roles.Evaluator) && user.OrganisationId == e.AgencyId ? TeamRole.Member
            : throw ValidationFailedException.For("UserName", $"用户“{name}”不是评审专家，也不是受托机构的评价人员。");
        if (e.Team.Any(m => m.UserId == user.Id))
        {
            throw new ConflictException($"“{user.DisplayName}”已在评价组中。");
        }
        var member = new EvaluationMember { EvaluationId = e.Id, UserId = user.Id, UserName = user.UserName!, DisplayName = user.DisplayName, Role = role };
        e.Team.Add(member);
        db.EvaluationMembers.Add(member);
        await db.SaveChangesAsync(ct);
    }
}
