using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;

namespace Jixiao.App.Evaluations;

public sealed record EvaluationTextInput(long Version, string? Basics, string? Summary, string? Experience);

/// <summary>基本情况、综合评价结论、主要经验: the report text, saved with the evaluation's version.</summary>
public sealed class SaveEvaluationText(JixiaoDbContext db, GetEvaluation get)
{
    public async Task Run(UserScope scope, Guid id, EvaluationTextInput input, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        GetEvaluation.RequireWork(scope, e);
        if (e.Version != input.Version)
        {
            throw new ConflictException("该评价已被他人修改，请刷新后再保存。");
        }
        (e.Basics, e.Summary, e.Experience) = (input.Basics?.Trim() ?? "", input.Summary?.Trim() ?? "", input.Experience?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
    }
}
