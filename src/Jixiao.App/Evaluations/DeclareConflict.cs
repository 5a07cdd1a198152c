using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Evaluations;

public sealed record ConflictDeclaration(bool HasConflict, string? Text);

/// <summary>
/// 利益冲突声明: an evaluator of the commissioned agency (joining the team; the first becomes 组长) or a member already on
/// the team declares no conflict (and may then see the details) or a conflict with its reason (recused).
/// </summary>
public sealed class DeclareConflict(JixiaoDbContext db, GetEvaluation get, TimeProvider time)
{
    public async Task Run(UserScope scope, Guid id, ConflictDeclaration input, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        GetEvaluation.RequireEditable(e);
        var member = Scopes.MemberOf(scope, e);
        if (member is null)
        {
            if (scope.Role != Roles.Evaluator || scope.OrganisationId != e.AgencyId)
            {
                throw new ForbiddenException("只有受托机构的评价人员或评价组成员可以作出利益冲突声明。");
            }
            var user = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == scope.UserName, ct);
            member = new EvaluationMember
            {
                EvaluationId = e.Id, UserId = user.Id, UserName = scope.UserName, DisplayName = user.DisplayName,
                Role = e.Team.Any(m => m.Role == TeamRole.Lead) ? TeamRole.Member : TeamRole.Lead,
            };
            e.Team.Add(member);
            db.EvaluationMembers.Add(member);
        }
        else if (member.Conflict != ConflictAnswer.Pending)
        {
            throw new ConflictException($"您已于{member.DeclaredAt:yyyy-MM-dd}作出声明（{member.Conflict.ToChinese()}），不能重复声明。");
        }
        var text = input.Text?.Trim() ?? "";
        if (input.HasConflict && text.Length == 0)
        {
            throw ValidationFailedException.For(nameof(ConflictDeclaration.Text), "存在利害关系时须说明具体情况。");
        }
        member.Conflict = input.HasConflict ? ConflictAnswer.Conflict : ConflictAnswer.NoConflict;
        member.ConflictNote = text.Length > 0 ? text : "本人与被评价单位及项目不存在利害关系，承诺独立、客观、公正地开展评价。";
        member.DeclaredAt = time.GetUtcNow().UtcDateTime;
        if (!input.HasConflict && e.Status == EvaluationStatus.Commissioned)
        {
            e.Status = EvaluationStatus.InProgress;
        }
        await db.SaveChangesAsync(ct);
    }
}
