using Jixiao.App.Auditing;
using Jixiao.App.Data;

namespace Jixiao.App.Evaluations;

/// <summary>评价组 roles.</summary>
public enum TeamRole
{
    /// <summary>组长 (lead evaluator of the agency)</summary>
    Lead,

    /// <summary>组员</summary>
    Member,

    /// <summary>评审专家</summary>
    Expert,
}

/// <summary>利益冲突声明 answer.</summary>
public enum ConflictAnswer
{
    /// <summary>Not declared yet: the member sees only the project's name and unit, nothing else.</summary>
    Pending,

    /// <summary>声明无利害关系</summary>
    NoConflict,

    /// <summary>声明存在利害关系 (回避): the member is recused and sees nothing.</summary>
    Conflict,
}

/// <summary>A member of an evaluation team, with the conflict-of-interest declaration the member must make before seeing the project.</summary>
public sealed class EvaluationMember : Entity, IAuditChild
{
    public Guid EvaluationId { get; set; }

    /// <summary>AppUser.Id</summary>
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public TeamRole Role { get; set; }

    public ConflictAnswer Conflict { get; set; } = ConflictAnswer.Pending;

    /// <summary>The declaration text as made, or the stated conflict.</summary>
    public string ConflictNote { get; set; } = "";

    public DateTime? DeclaredAt { get; set; }

    public Guid AuditRootId => EvaluationId;
}

public static class TeamText
{
    public static string ToChinese(this TeamRole role) => role switch
    {
        TeamRole.Lead => "组长",
        TeamRole.Member => "组员",
        TeamRole.Expert => "评审专家",
    };

    public static string ToChinese(this ConflictAnswer answer) => answer switch
    {
        ConflictAnswer.Pending => "未声明",
        ConflictAnswer.NoConflict => "已声明无利害关系",
        ConflictAnswer.Conflict => "存在利害关系（回避）",
    };
}
