namespace Jixiao.Documents.Common;

/// <summary>Who and what a report is about, as printed on covers and in the first section.</summary>
/// <remarks>Year: The budget year (a 2023 report is about the 2022 budget).</remarks>
/// <remarks>UnitCode: The budget unit code, e.g. "213001", printed as [213001].</remarks>
public sealed record ProjectFacts(
    string Name,
    int Year,
    string Department,
    string Unit,
    string UnitCode,
    string Period);

/// <summary>Who evaluated, how and when.</summary>
/// <remarks>Kind: 评价类型: 单位自评, 部门评价 or 财政重点评价.</remarks>
/// <remarks>Agency: 第三方评价机构, empty when the organiser evaluated itself.</remarks>
/// <remarks>LeadEvaluator: 主评人, who signs the report.</remarks>
public sealed record EvaluationFacts(
    string Kind,
    string Organizer,
    string Agency,
    string LeadEvaluator,
    DateOnly ReportDate);

/// <summary>One funding source of a project, in 元: 全年预算数, 到位数, 执行数.</summary>
public sealed record FundingLine(string Source, decimal BudgetYuan, decimal ArrivedYuan, decimal SpentYuan);
