using System.Globalization;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.SelfEvaluations;
using Jixiao.Scoring.Settings;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Reports;

/// <summary>The demo county's key-evaluation batch as the tests read it, straight from the database.</summary>
internal sealed record DemoBatch(Guid Id, IReadOnlyList<Evaluation> Evaluations, JurisdictionSettings Settings)
{
    public const string Name = "2024年度财政重点绩效评价（第一批）";

    public IReadOnlyList<Evaluation> Accepted => [.. Evaluations.Where(e => e.Status == EvaluationStatus.Accepted).OrderBy(e => e.Project!.Code, StringComparer.Ordinal)];

    public static async Task<DemoBatch> Load(DemoWorld world)
    {
        await using var s = world.Scope();
        var db = world.Get<JixiaoDbContext>(s);
        var batch = await db.EvaluationBatches.AsNoTracking().SingleAsync(b => b.Name == Name);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.BatchId == batch.Id)
            .Include(e => e.Indicators).ThenInclude(i => i.Deductions).Include(e => e.Project!).ThenInclude(p => p.FundingLines)
            .Include(e => e.Findings).AsSplitQuery().ToListAsync();
        var json = await db.Jurisdictions.AsNoTracking().Where(j => j.Id == batch.JurisdictionId).Select(j => j.SettingsJson).SingleAsync();
        return new DemoBatch(batch.Id, evaluations, EvaluationSettings.Read(json));
    }

    /// <summary>Total (two decimals) and grade as the scoring core gives them for this evaluation.</summary>
    public (string Total, string Grade) Expected(Evaluation evaluation)
    {
        var card = EvaluationScoring.Score(evaluation, Settings).Card;
        return (card.Total.ToString("0.00", CultureInfo.InvariantCulture), card.Grade.ToChinese());
    }

    public static string Wan(decimal yuan) =>
        Math.Round(yuan / 10000m, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", CultureInfo.InvariantCulture);
}
