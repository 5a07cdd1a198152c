using Jixiao.Documents.Common;
using Jixiao.Documents.Scores;

namespace Jixiao.Documents.Department;

/// <summary>
/// One functional class (一般公共服务支出 …) of a department's spending, in 元: funds allocated
/// (下达资金) and spent as 人员经费 and 公用经费 (together 基本支出) and 项目支出.
/// </summary>
public sealed record DepartmentBudgetLine(string FunctionalClass, decimal AllocatedYuan, decimal PersonnelYuan, decimal PublicYuan, decimal ProjectYuan)
{
    public decimal BasicYuan => PersonnelYuan + PublicYuan;

    public decimal SpentYuan => PersonnelYuan + PublicYuan + ProjectYuan;
}

/// <summary>
/// A 部门整体支出绩效评价报告 (DOMAIN §7.3). The scoring table is §4.3 (权重, 目标值, 业绩值,
/// 完成率, 得分), all scored by the core (empty when the department has not been evaluated yet). Narratives are keyed by section key or "analysis:{一级指标}".
/// </summary>
public sealed record DepartmentReport(
    string Department,
    int Year,
    EvaluationFacts Evaluation,
    IReadOnlyList<DepartmentBudgetLine> Budget,
    ScoreSummary Scores,
    IReadOnlyDictionary<string, string> Narratives)
{
    /// <summary>The approved budget, printed in 部门概况 beside (or, before year end, instead of) the spending table.</summary>
    public DepartmentBudgetPlan? Plan { get; init; }

    /// <summary>Whether a §4.3 scoring exists; without one the report prints no score sentence, table or analysis.</summary>
    public bool IsScored => Scores.Lines.Count > 0;
}
