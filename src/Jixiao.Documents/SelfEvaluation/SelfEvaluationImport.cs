using System.Globalization;
using Jixiao.Documents.Spreadsheets;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>
/// Indicators read from a filled self-evaluation sheet, or every row error. All or nothing: when
/// any row is wrong, no indicator is returned, so nothing half-imported can be saved.
/// </summary>
public sealed record SelfEvaluationImportResult(IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<RowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<IndicatorInput> Indicators => [.. Rows.Select(r => r.Input)];

    /// <summary>An error as users read it: "第4行“实际完成值”：…".</summary>
    public static string Describe(RowError error)
    {
        var row = error.Row is { } n ? $"第{n.ToString(CultureInfo.InvariantCulture)}行" : string.Empty;
        var column = error.Column is { Length: > 0 } c ? $"“{c}”" : string.Empty;
        return row.Length + column.Length > 0 ? $"{row}{column}：{error.Message}" : error.Message;
    }
}

/// <summary>
/// Reads a self-evaluation sheet (as exported by <see cref="StandardSheets.SelfEvaluation"/>) back into
/// scoring inputs through the shared <see cref="IndicatorTable"/> reader.
/// </summary>
public static class SelfEvaluationImport
{
    /// <summary>
    /// Reads every row; a value the core cannot score (a text actual for a numeric target, a 定性 score
    /// outside its band) is a row error too, so an import never stores what cannot be scored.
    /// </summary>
    public static SelfEvaluationImportResult Read(byte[] file, string fileName, JurisdictionSettings? settings = null)
    {
        var read = TableReader.Read(file, fileName, new TableReadOptions { HeaderHints = IndicatorTable.HeaderHints });
        if (!read.IsSuccess)
        {
            return new([], [new RowError(null, null, read.Error!)]);
        }

        var table = read.Table!;
        var result = IndicatorTable.Read(table);
        if (result.Fatal is { } fatal)
        {
            return new([], [new RowError(table.HeaderRowNumber, null, fatal)]);
        }

        var errors = result.Errors.ToList();
        foreach (var row in result.Rows.Where(r => r.Input.Actual is not null))
        {
            var scored = IndicatorScorer.Score(row.Input, settings);
            errors.AddRange(scored.Errors.Select(e => new RowError(row.RowNumber, IndicatorTable.ColumnOf(e.Code, table), $"“{row.Input.Name}”{e.Message}")));
        }

        return errors.Count > 0 ? new([], [.. errors.OrderBy(e => e.Row)]) : new(result.Rows, []);
    }
}
