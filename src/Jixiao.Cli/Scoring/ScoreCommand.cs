using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Cli.Scoring;

/// <summary><c>jixiao score TABLE.xlsx|TABLE.csv [--budget --spent] [--framework] [--settings] [--json] [--out]</c>.</summary>
public static class ScoreCommand
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Command Create()
    {
        // Arguments and numbers are checked here rather than by the parser, so that mistakes still end as one JSON
        // document under --json (the parser's own errors print help text on stdout).
        var table = new Argument<string?>("table") { Description = "指标表（.xlsx 或 .csv）：一级指标、二级指标、三级指标、分值、年度指标值、实际完成值，可选 指标方向、得分、扣分原因、偏差原因分析及改进措施", Arity = ArgumentArity.ZeroOrOne };
        var budget = new Option<string?>("--budget") { Description = "全年预算数（万元）" };
        var spent = new Option<string?>("--spent") { Description = "全年执行数（万元）" };
        var framework = new Option<string?>("--framework") { Description = "评价框架：self（单位自评）、project（项目评价）、department（部门整体），或本地区框架的JSON文件；不填则按一级指标判断" };
        var settings = new Option<FileInfo?>("--settings") { Description = "地区设置文件（JSON）：等级分数线、定性档次、反向计分规则、超额完成阈值、预算执行率分值" };
        var sheet = new Option<string?>("--sheet") { Description = "工作表名称（默认第一个）" };
        var json = new Option<bool>("--json") { Description = "只在标准输出打印一个JSON文档" };
        var output = new Option<FileInfo?>("--out") { Description = "另存为 .xlsx，填好“得分”和“说明”列" };
        var command = new Command("score", "按评分规则为指标表打分（离线，不连接数据库）") { table, budget, spent, framework, settings, sheet, json, output };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            // "--budget --json" hands "--json" to --budget as its value; the user still asked for JSON.
            var asJson = parseResult.GetValue(json) || parseResult.Tokens.Any(t => t.Value == "--json");
            var problems = new List<string>();
            if (parseResult.UnmatchedTokens.Count > 0)
            {
                problems.Add("无法识别的参数：" + string.Join(" ", parseResult.UnmatchedTokens));
            }
            var path = parseResult.GetValue(table);
            if (string.IsNullOrWhiteSpace(path))
            {
                problems.Add("请指定要评分的指标表（.xlsx 或 .csv）");
            }
            var budgetValue = Amount(parseResult.GetValue(budget), "--budget", problems);
            var spentValue = Amount(parseResult.GetValue(spent), "--spent", problems);
            var run = problems.Count > 0
                ? TableScoring.Fatal([.. problems])
                : TableScoring.Run(new ScoreRequest(
                    Path.GetFullPath(path!),
                    budgetValue,
                    spentValue,
                    parseResult.GetValue(framework),
                    parseResult.GetValue(settings)?.FullName,
                    parseResult.GetValue(sheet)));
            var exitCode = run.ExitCode;
            if (parseResult.GetValue(output) is { } outFile && run.Table is not null)
            {
                var written = ScoredWorkbook.Write(run, outFile.FullName);
                if (written is not null)
                {
                    stderr.WriteLine(written);
                    exitCode = Math.Max(exitCode, 2);
                }
                else if (!asJson)
                {
                    stderr.WriteLine($"已写入 {outFile.FullName}");
                }
            }
            if (asJson)
            {
                stdout.WriteLine(JsonSerializer.Serialize(run.Report, JsonOptions));
            }
            else
            {
                ScoreTableView.Render(run.Report, stdout);
            }
            return exitCode;
        });
        return command;
    }

    private static decimal? Amount(string? text, string option, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }
        if (decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        problems.Add($"{option} “{text}”不是数字（单位：万元）");
        return null;
    }
}
