using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.App.SelfEvaluations;
using Jixiao.Documents.Common;
using Jixiao.Documents.Scores;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;
using Microsoft.EntityFrameworkCore;
using DocFundingLine = Jixiao.Documents.Common.FundingLine;

namespace Jixiao.App.Reports;

/// <summary>
/// A visible project's self-evaluation with everything its documents print: the project, its funding,
/// the scoring core's card (scored again on load, exactly as the page shows it) and the narrative.
/// </summary>
internal sealed record EvaluationData(Project Project, string Department, SelfEvaluation Evaluation, SelfEvaluationScore Score)
{
    public ProjectFacts Facts => new(
        Project.Name, Project.Year, Department, Project.BudgetUnit!.Name, Project.BudgetUnit.Code ?? "",
        $"{Project.Year}年1月—{Project.Year}年12月");

    /// <summary>Project code and name, the stem of every file name of this evaluation.</summary>
    public string Stem => $"{Project.Code}-{Project.Name}";

    /// <summary>
    /// The printed indicator table. Lines carry the target and actual as the unit typed them; every score, subtotal,
    /// total and grade is the core's card.
    /// </summary>
    public ScoreSummary Scores()
    {
        var inputs = Score.Entries.Select(e => new IndicatorInput
        {
            Level1 = e.Indicator.Level1, Level2 = e.Indicator.Level2, Name = e.Indicator.Name, Points = e.Indicator.Points,
            Target = Parsed(e.Indicator.TargetText), Actual = Parsed(e.Input.Actual), Direction = e.Indicator.Direction,
            EvaluatorScore = e.Input.Score, Explanation = e.Input.Explanation,
        }).ToList();
        var summary = CoreScores.FromCard(Score.Card, inputs);
        return summary with
        {
            Lines = [.. summary.Lines.Select((line, i) => line with
            {
                Target = Score.Entries[i].Indicator.TargetText,
                Actual = Score.Entries[i].Input.Actual?.Trim() ?? "",
                Note = Score.Entries[i].Input.Explanation?.Trim() ?? "",
            })],
        };
    }

    /// <summary>
    /// The funding lines as they stood when the evaluation was scored. If the project's lines were edited since,
    /// the evaluation's own 全年预算数/执行数 are printed as one line, so the rate beside the score is the one scored.
    /// </summary>
    public IReadOnlyList<DocFundingLine> Funding()
    {
        var lines = Project.FundingLines.OrderBy(l => l.Source).ToList();
        var total = ProjectFunding.Of(lines);
        if (total.FullYearBudget != Evaluation.FullYearBudget || total.Spent != Evaluation.Spent)
        {
            return [new DocFundingLine("项目资金（自评时）", Evaluation.FullYearBudget, Evaluation.FullYearBudget, Evaluation.Spent)];
        }
        return [.. lines.Select(l => new DocFundingLine(l.Source.ToChinese(), l.FullYearBudget, l.Received, l.Spent))];
    }

    /// <summary>
    /// The three funding rows of the §4.1 table: this year's appropriations (本级 and 上级), last year's carry-over, other.
    /// </summary>
    public IReadOnlyList<SelfEvaluationFunding> TableFunding()
    {
        var lines = Project.FundingLines.ToList();
        var total = ProjectFunding.Of(lines);
        if (total.FullYearBudget != Evaluation.FullYearBudget || total.Spent != Evaluation.Spent)
        {
            return [new("年度资金（自评时）", Evaluation.FullYearBudget, Evaluation.FullYearBudget, Evaluation.Spent)];
        }
        SelfEvaluationFunding Row(string name, Func<FundingSource, bool> match)
        {
            var part = lines.Where(l => match(l.Source)).ToList();
            return new(name, part.Sum(l => l.InitialBudget), part.Sum(l => l.FullYearBudget), part.Sum(l => l.Spent));
        }
        return
        [
            Row("本年财政拨款", s => s is not (FundingSource.CarryOver or FundingSource.Other)),
            Row("上年结转资金", s => s == FundingSource.CarryOver),
            Row("其他资金", s => s == FundingSource.Other),
        ];
    }

    private static TargetValue? Parsed(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TargetParser.Parse(text.Trim()) is { IsSuccess: true } p ? p.Value : null;

    /// <summary>The project if the user may see it (404 otherwise, as everywhere) and its self-evaluation (404 if none).</summary>
    public static async Task<EvaluationData> Load(JixiaoDbContext db, GetSelfEvaluation get, UserScope scope, Guid projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(scope)
            .Include(p => p.BudgetUnit).Include(p => p.Department).Include(p => p.FundingLines)
            .FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        var evaluation = await get.Load(projectId, ct) ?? throw new NotFoundException("该项目尚未开始自评。");
        var indicators = evaluation.TargetSheet!.Indicators.OrderBy(i => i.Order).ToList();
        var score = SelfEvaluations.SelfEvaluationScoring.Score(indicators, evaluation.Entries.Select(GetSelfEvaluation.ToInput).ToList(),
            evaluation.FullYearBudget, evaluation.Spent, await get.Settings(project.JurisdictionId, ct));
        return new EvaluationData(project, project.Department!.Name, evaluation, score);
    }
}
