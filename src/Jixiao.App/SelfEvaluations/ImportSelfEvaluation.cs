using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Projects;
using Jixiao.App.Workflow;

namespace Jixiao.App.SelfEvaluations;

/// <summary>How many indicators were saved, or every problem (row, column, Chinese message) and nothing saved.</summary>
public sealed record SelfEvaluationImportResult(int Entries, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a filled 自评表 (the xlsx export) into a project's self-evaluation. All or nothing: every row is read and
/// every value scored first; any problem is returned with its row, column and Chinese message and nothing is saved.
/// Otherwise the values go through <see cref="SaveSelfEvaluation.Save"/>, the page's own save, so scores, audit
/// and the version check are exactly those of typing the values in.
/// </summary>
public sealed class ImportSelfEvaluation(GetSelfEvaluation get, SaveSelfEvaluation save)
{
    public async Task<SelfEvaluationImportResult> Run(UserScope scope, Guid projectId, byte[] bytes, string fileName, long? version = null, CancellationToken ct = default)
    {
        var view = await get.Run(scope, projectId, ct) ?? throw new NotFoundException("该项目尚未开始自评。");
        // The same refusals, in the same order, as saving on the page: not yours → 403, locked or final → 409.
        if (!view.Can.CanEdit && view.StatusValue.IsEditable())
        {
            throw new ForbiddenException("无权填报该项目的自评。");
        }
        ReviewFlow.RequireEditable(view.StatusValue, "自评");

        var (rows, errors) = SelfEvaluationSheet.Read(bytes, fileName, view.Entries);
        if (rows.Count == 0 && errors.Count > 0)
        {
            return Failed(errors);
        }
        var byIndicator = rows.ToDictionary(r => r.IndicatorId);
        // Evidence, and the explanation when the sheet has no such column, stay as saved.
        var inputs = view.Entries.Select(e => byIndicator.TryGetValue(e.IndicatorId, out var row)
            ? new EntryInput(e.IndicatorId, row.Actual, row.Score, row.Explanation ?? e.Explanation, e.Evidence)
            : new EntryInput(e.IndicatorId, e.ActualText, e.ChosenScore, e.Explanation, e.Evidence)).ToList();

        // The scoring core decides what it can read (TargetParser) and which scores it accepts; its refusals are row errors here.
        var score = await get.Preview(scope, projectId, inputs, ct);
        var refused = score.Problems.Where(p => !p.Field.StartsWith("Missing", StringComparison.Ordinal) && byIndicator.ContainsKey(p.IndicatorId))
            .Select(p => new ImportRowError(byIndicator[p.IndicatorId].RowNumber, p.Field == "Score" ? SelfEvaluationSheet.Score : SelfEvaluationSheet.Actual, p.Message));
        var all = errors.Concat(refused).OrderBy(e => e.Row == 0).ThenBy(e => e.Row).ToList();
        if (all.Count > 0)
        {
            return Failed(all);
        }
        await save.Save(scope, projectId, new SelfEvaluationInput(inputs, null, version ?? view.Version), ct);
        return new SelfEvaluationImportResult(inputs.Count, []);
    }

    private static SelfEvaluationImportResult Failed(IReadOnlyList<ImportRowError> errors) => new(0, errors);
}
