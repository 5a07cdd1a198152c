using Jixiao.Documents.Tables;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Linting;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Totals;

namespace Jixiao.Cli.Scoring;

/// <summary>What <c>jixiao score</c> was asked to do.</summary>
public sealed record ScoreRequest(string Path, decimal? Budget = null, decimal? Spent = null, string? Framework = null, string? SettingsPath = null, string? Sheet = null);

/// <summary>The outcome: the report, the exit code (0 fine, 1 row errors, 2 unusable input), and per-row results for --out.</summary>
public sealed record ScoreRun(ScoreReport Report, int ExitCode, Table? Table, IReadOnlyDictionary<int, IndicatorScore> ByRow);

/// <summary>Scores an indicator table offline, as evaluators do in Excel today. Never opens a database.</summary>
public static class TableScoring
{
    public static ScoreRun Run(ScoreRequest request)
    {
        var settings = JurisdictionSettings.Default;
        if (request.SettingsPath is { } settingsPath)
        {
            var loaded = SettingsJson.FromFile(settingsPath);
            if (!loaded.IsSuccess)
            {
                return Fatal(loaded.Errors.ToArray());
            }
            settings = loaded.Settings!;
        }
        if (request.Budget.HasValue != request.Spent.HasValue)
        {
            return Fatal("--budget（全年预算数）与 --spent（全年执行数）须同时提供");
        }
        if (request.Budget is <= 0m)
        {
            return Fatal($"--budget（全年预算数）应大于0，实际为 {request.Budget.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
        var read = TableReader.Read(request.Path, new TableReadOptions { SheetName = request.Sheet, HeaderHints = IndicatorTable.HeaderHints });
        if (!read.IsSuccess)
        {
            return Fatal(read.Error!);
        }
        var table = read.Table!;
        var parsed = IndicatorTable.Read(table);
        if (parsed.Fatal is { } fatal)
        {
            return Fatal(fatal);
        }
        var level1Names = parsed.Rows.Select(r => r.Input.Level1).ToList();
        if (request.Framework is { } file && file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var (custom, problem) = LoadFramework(file);
            return custom is null ? Fatal(problem!) : Score(table, parsed, custom, custom.ApplyTo(settings), request);
        }
        var framework = request.Framework is { } option ? FrameworkInference.ByOption(option, level1Names) : FrameworkInference.Infer(level1Names).Framework;
        if (framework is null)
        {
            return Fatal(request.Framework is null
                ? FrameworkInference.Infer(level1Names).Error!
                : $"--framework “{request.Framework}”无法识别，应为 self、project 或 department");
        }
        // A template may prescribe its own reverse and "=" rules; otherwise the jurisdiction's apply.
        return Score(table, parsed, framework, framework.ApplyTo(settings), request);
    }

    private static ScoreRun Score(Table table, IndicatorTableResult parsed, Framework framework, JurisdictionSettings settings, ScoreRequest request)
    {
        var errors = parsed.Errors.Select(e => new ErrorLine(e.Row, e.Column, e.Message)).ToList();
        var warnings = new List<WarningLine>();
        var scored = new List<ScoredIndicator>();
        var lines = new List<IndicatorLine>();
        var byRow = new Dictionary<int, IndicatorScore>();
        IndicatorScore? execution = null;
        var levelColumn = table.Header[table.FindColumn(IndicatorTable.Level1Names)];
        foreach (var row in parsed.Rows)
        {
            var input = row.Input;
            if (framework.FindLevel(input.Level1) is null)
            {
                var choices = string.Join("、", framework.Levels.Select(l => l.Name));
                errors.Add(new(row.RowNumber, levelColumn, $"一级指标“{input.Level1}”不属于{framework.Name}（可用：{choices}）"));
                continue;
            }
            var result = IsExecutionRow(input, request) ? IndicatorScorer.ScoreExecution(request.Budget!.Value, request.Spent!.Value, input.Points) : IndicatorScorer.Score(input, settings);
            if (LevelNames.Canonical(input.Name) == "预算执行率" && result.IsScored)
            {
                execution = result;
            }
            byRow[row.RowNumber] = result;
            scored.Add(new ScoredIndicator(input.Level1, input.Level2, input.Name, result));
            lines.Add(new IndicatorLine(input.Level1, input.Level2, input.Name, input.Points, row.TargetText, row.ActualText, result.Score, result.Trace));
            errors.AddRange(result.Errors.Select(e => new ErrorLine(row.RowNumber, IndicatorTable.ColumnOf(e.Code, table), e.Message)));
            // The linter below reports direction problems once per indicator; keep the rest of the scoring warnings.
            warnings.AddRange(result.Warnings.Where(w => w.Code != IssueCodes.OperatorDirection).Select(w => new WarningLine(w.Code, $"第{row.RowNumber}行：{w.Message}")));
            if (result.Score is null && result.Errors.Count == 0)
            {
                warnings.Add(new(IssueCodes.NotScored, $"第{row.RowNumber}行“{input.Name}”{result.Trace}"));
            }
        }
        var selfExecution = SelfExecution(framework, scored, request, settings, warnings);
        var card = ScoreCards.Build(scored, settings, framework, selfExecution);
        var lint = TargetLinter.Lint(
            [.. parsed.Rows.Select(r => new DeclaredTarget(r.Input.Level1, r.Input.Level2, r.Input.Name, r.Input.Points, r.TargetText, r.Input.Direction))],
            LintOptionsFor(framework, settings, request));
        warnings.AddRange(lint.Select(f => new WarningLine(f.Code, $"【{Finding.SeverityText(f.Severity)}】{f.Message}")));
        var report = new ScoreReport(
            card.Total,
            card.Grade.ToChinese(),
            selfExecution?.Score ?? execution?.Score,
            [.. card.Levels.Select(l => new LevelLine(l.Name, l.Points, l.Score, l.Rate))],
            lines,
            warnings,
            [.. errors.OrderBy(e => e.Row)]);
        return new ScoreRun(report, errors.Count > 0 ? 1 : 0, table, byRow);
    }

    // A jurisdiction's own copy of a template (FrameworkJson); it must pass validation before it scores anything.
    private static (Framework? Framework, string? Problem) LoadFramework(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"找不到评价框架文件：{path}");
        }
        var (framework, error) = FrameworkJson.FromJson(File.ReadAllText(path));
        if (framework is null)
        {
            return (null, error);
        }
        var errors = FrameworkValidator.Validate(framework).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();
        return errors.Count == 0 ? (framework, null) : (null, $"评价框架“{framework.Name}”有误：{string.Join("；", errors)}");
    }

    // Where a jurisdiction gives execution other points than the template, the other levels shrank in a way only it knows:
    // check the table's total, not the template's per-level points.
    private static LintOptions LintOptionsFor(Framework framework, JurisdictionSettings settings, ScoreRequest request)
    {
        var execution = framework.Levels.FirstOrDefault(l => l.IsBudgetExecution);
        return execution is null || execution.Points == settings.ExecutionWeight
            ? new LintOptions { BudgetWanYuan = request.Budget, Framework = framework }
            : new LintOptions { BudgetWanYuan = request.Budget, ExpectedTotal = framework.Total - settings.ExecutionWeight };
    }

    // A 预算执行率 row with nothing filled in is scored from --budget/--spent (项目评价 framework).
    private static bool IsExecutionRow(IndicatorInput input, ScoreRequest request) =>
        request.Budget is not null && LevelNames.Canonical(input.Name) == "预算执行率" && input.Actual is null && input.EvaluatorScore is null;

    private static IndicatorScore? SelfExecution(Framework framework, List<ScoredIndicator> scored, ScoreRequest request, JurisdictionSettings settings, List<WarningLine> warnings)
    {
        if (!framework.Levels.Any(l => l.IsBudgetExecution) || scored.Any(s => LevelNames.Canonical(s.Level1) == "预算执行率"))
        {
            return null;
        }
        if (request.Budget is not { } budget || request.Spent is not { } spent)
        {
            warnings.Add(new("execution-not-scored", "未提供 --budget（全年预算数）和 --spent（全年执行数），预算执行率未评分，总分不完整"));
            return null;
        }
        return IndicatorScorer.ScoreExecution(budget, spent, settings.ExecutionWeight);
    }

    public static ScoreRun Fatal(params string[] messages) =>
        new(new ScoreReport(null, null, null, [], [], [], [.. messages.Select(m => new ErrorLine(null, null, m))]), 2, null, new Dictionary<int, IndicatorScore>());
}
