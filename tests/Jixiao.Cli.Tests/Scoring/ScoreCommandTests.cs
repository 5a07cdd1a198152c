using System.Text;
using System.Text.Json;
using Jixiao.Documents.Tables;

namespace Jixiao.Cli.Tests.Scoring;

public sealed class ScoreCommandTests
{
    static ScoreCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Aketao_Csv_Scores100_Excellent_AsOneJsonDocument()
    {
        using var dir = new TempDir();
        var path = dir.File("aketao.csv");
        ScoreTables.WriteCsv(path, ScoreTables.Aketao, new UTF8Encoding(false), bom: true);

        var result = CliRunner.Run("score", path, "--budget", "192.05", "--spent", "192.05", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(100m, json.GetProperty("total").GetDecimal());
        Assert.Equal("优", json.GetProperty("grade").GetString());
        Assert.Equal(5m, json.GetProperty("executionScore").GetDecimal());
        Assert.Equal([("决策", 20m, 20m, 1m), ("过程", 20m, 20m, 1m), ("产出", 40m, 40m, 1m), ("效益", 20m, 20m, 1m)],
            json.GetProperty("levels").EnumerateArray().Select(l => (l.GetProperty("name").GetString(), l.GetProperty("points").GetDecimal(), l.GetProperty("score").GetDecimal(), l.GetProperty("rate").GetDecimal())));
        Assert.Empty(json.GetProperty("errors").EnumerateArray());
        var car = json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "公务用车运行维护费（万元）");
        Assert.Equal("产出", car.GetProperty("level1").GetString());
        Assert.Equal("成本指标", car.GetProperty("level2").GetString());
        Assert.Equal("实际完成值 600000元（折合 60万元） = 目标值 =60万元（成本指标，按反向计分），得满分 2.00", car.GetProperty("trace").GetString());
        var execution = json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "预算执行率");
        Assert.Equal("预算执行率 = 192.05 ÷ 192.05 = 100%，得分 = 100% × 5 = 5.00", execution.GetProperty("trace").GetString());
        var warnings = json.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("code").GetString(), w.GetProperty("message").GetString())).ToList();
        Assert.Contains(warnings, w => w.Item1 == "unit-unfitting" && w.Item2!.Contains("水费缴费月数（万元）"));
        Assert.Contains(warnings, w => w.Item1 == "indicator-duplicate" && w.Item2!.Contains("资金使用合规率"));
        Assert.Contains(warnings, w => w.Item1 == "target-vague" && w.Item2!.Contains("有效强化"));
    }

    [Fact]
    public void Aketao_Xlsx_ScoresTheSame()
    {
        using var dir = new TempDir();
        var path = dir.File("aketao.xlsx");
        ScoreTables.WriteXlsx(path, ScoreTables.Aketao);

        var result = CliRunner.Run("score", path, "--json", "--framework", "project", "--budget", "192.05", "--spent", "192.05");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(100m, json.GetProperty("total").GetDecimal());
        Assert.Equal("优", json.GetProperty("grade").GetString());
        Assert.Equal(33, json.GetProperty("indicators").GetArrayLength());
    }

    [Fact]
    public void SelfEvaluation_Gb18030_PartialReverseQualitative_WithExecution()
    {
        string[][] rows =
        [
            ["产出指标", "数量指标", "培训人次", "20", "≥500人次", "450人次", "", "", ""],
            ["产出指标", "质量指标", "验收合格率", "10", "≥95%", "98%", "", "", ""],
            ["产出指标", "时效指标", "完成时间", "10", "≤12月", "13月", "", "", "设备到货延迟"],
            ["产出指标", "成本指标", "人均培训成本", "10", "≤800元", "880元", "", "", "物价上涨"],
            ["效益指标", "社会效益指标", "群众知晓率", "15", "≥90%", "", "", "", ""],
            ["效益指标", "可持续影响指标", "长效机制", "15", "健全", "部分达成年度指标并具有一定效果", "10.5", "", ""],
            ["满意度指标", "服务对象满意度指标", "受训人员满意度", "10", "≥90%", "93%", "", "", ""],
        ];
        using var dir = new TempDir();
        var path = dir.File("自评表.csv");
        ScoreTables.WriteCsv(path, rows, Encoding.GetEncoding(54936));

        var result = CliRunner.Run("score", path, "--budget", "200", "--spent", "180", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        var scores = json.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("score"));
        Assert.Equal(18.00m, scores["培训人次"].GetDecimal());
        Assert.Equal(10.00m, scores["验收合格率"].GetDecimal());
        Assert.Equal(9.17m, scores["完成时间"].GetDecimal());
        Assert.Equal(9.00m, scores["人均培训成本"].GetDecimal());
        Assert.Equal(JsonValueKind.Null, scores["群众知晓率"].ValueKind);
        Assert.Equal(10.50m, scores["长效机制"].GetDecimal());
        Assert.Equal(10.00m, scores["受训人员满意度"].GetDecimal());
        Assert.Equal(9.00m, json.GetProperty("executionScore").GetDecimal());
        Assert.Equal(75.67m, json.GetProperty("total").GetDecimal());
        Assert.Equal("中", json.GetProperty("grade").GetString());
        var levels = json.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()).ToList();
        Assert.Equal(["产出指标", "效益指标", "满意度指标", "预算执行率"], levels);
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "not-scored"
            && w.GetProperty("message").GetString() == "第6行“群众知晓率”未评分：未填写实际完成值");
    }

    [Fact]
    public void DeliberateErrors_AreAllReported_WithRowAndColumn_AndNonZeroExit()
    {
        string[][] rows =
        [
            ["产出指标", "数量指标", "培训人次", "20", "≥abc", "450人次", "", "", ""],
            ["产出指标", "数量指标", "发放手册", "NaN", "=1000册", "900册", "", "", ""],
            ["产出指标", "数量指标", "场次", "1e309", "≥8场", "8场", "", "", ""],
            ["产出指标", "质量指标", "合格人数", "10", "≥5人", "5次", "", "", ""],
            ["效益指标", "社会效益指标", "制度建设", "10", "健全", "达成年度指标", "7", "", ""],
            ["效益指标", "社会效益指标", "宣传效果", "10", "明显", "部分达成年度指标并具有一定效果", "", "", ""],
            ["满意度指标", "服务对象满意度指标", "满意度", "10", "≥90%", "95%", "", "", ""],
        ];
        using var dir = new TempDir();
        var path = dir.File("errors.csv");
        ScoreTables.WriteCsv(path, rows, new UTF8Encoding(false));

        var result = CliRunner.Run("score", path, "--json");

        Assert.Equal(1, result.ExitCode);
        var errors = result.Json().GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString())).ToList();
        Assert.Equal(
        [
            (2, "年度指标值", "“≥abc”无法识别：第2个字符：比较符号“≥”之后应为数字，实际为“a”"),
            (3, "分值", "“NaN”不是有限的数字"),
            (4, "分值", "“1e309”不是有限的数字"),
            (5, "实际完成值", "实际完成值单位“次”与目标值单位“人”不一致，无法比较"),
            (6, "得分", "得分 7.00 不在“达成年度指标”的得分区间 [8.00, 10.00] 内"),
            (7, "得分", "定性指标须在“得分”列填写评价人得分（“部分达成年度指标并具有一定效果”的得分区间为 [6.00, 8.00)）"),
        ], errors);
        Assert.Equal(10m, result.Json().GetProperty("total").GetDecimal());
    }

    [Fact]
    public void ExecutionRowWithoutBudget_IsNotScored_NotZero()
    {
        using var dir = new TempDir();
        var path = dir.File("aketao.csv");
        ScoreTables.WriteCsv(path, ScoreTables.Aketao, new UTF8Encoding(false));

        var json = CliRunner.Run("score", path, "--json").Json();

        Assert.Equal(95m, json.GetProperty("total").GetDecimal());
        var process = json.GetProperty("levels")[1];
        Assert.Equal(15m, process.GetProperty("score").GetDecimal());
        Assert.Equal(0.75m, process.GetProperty("rate").GetDecimal());
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("message").GetString() == "第9行“预算执行率”未评分：未填写目标值，也未填写得分");
    }

    [Fact]
    public void UnknownFramework_IsAnErrorDocument_ExitTwo()
    {
        using var dir = new TempDir();
        var path = dir.File("x.csv");
        ScoreTables.WriteCsv(path, [["甲", "乙", "丙", "10", "≥1个", "1个", "", "", ""]], new UTF8Encoding(false));

        var result = CliRunner.Run("score", path, "--json");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Json().GetProperty("errors").EnumerateArray());
        Assert.StartsWith("无法从一级指标判断评价框架（表中的一级指标：甲）", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("row").ValueKind);
    }

    [Fact]
    public void NamedSheet_IsScored_AndAWrongNameListsTheSheets()
    {
        using var dir = new TempDir();
        var path = dir.File("book.xlsx");
        using (var file = File.Create(path))
        {
            TableWriter.WriteXlsx(file, ScoreTables.Header, ScoreTables.Aketao.Select(r => (IReadOnlyList<string>)r), "评分表");
        }

        var good = CliRunner.Run("score", path, "--sheet", "评分表", "--json", "--budget", "192.05", "--spent", "192.05");
        var bad = CliRunner.Run("score", path, "--sheet", "汇总", "--json");

        Assert.Equal(100m, good.Json().GetProperty("total").GetDecimal());
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("“book.xlsx”中没有名为“汇总”的工作表；现有工作表：“评分表”", bad.Json().GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(new[] { "score", "--json" }, "请指定要评分的指标表（.xlsx 或 .csv）")]
    [InlineData(new[] { "score", "t.csv", "--json", "--budget", "abc", "--spent", "1" }, "--budget “abc”不是数字（单位：万元）")]
    [InlineData(new[] { "score", "t.csv", "--json", "--bogus" }, "无法识别的参数：--bogus")]
    public void CommandLineMistakes_StillGiveOneJsonDocument(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Json().GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void NonExcelFile_IsAnErrorDocument()
    {
        using var dir = new TempDir();
        var path = dir.File("假.xlsx");
        File.WriteAllText(path, "not a workbook");

        var result = CliRunner.Run("score", path, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("不是有效的Excel工作簿", result.Json().GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Settings_ChangeTheGrade()
    {
        using var dir = new TempDir();
        var table = dir.File("t.csv");
        ScoreTables.WriteCsv(table, [["产出指标", "数量指标", "人数", "90", "≥100人", "95人", "", "", ""]], new UTF8Encoding(false));
        var settings = dir.File("province.json");
        File.WriteAllText(settings, """{ "name": "某省", "gradeBands": { "excellent": 80, "good": 70, "fair": 60 } }""");

        var plain = CliRunner.Run("score", table, "--json", "--budget", "100", "--spent", "80").Json();
        var province = CliRunner.Run("score", table, "--json", "--budget", "100", "--spent", "80", "--settings", settings).Json();

        Assert.Equal(93.5m, plain.GetProperty("total").GetDecimal());
        Assert.Equal("优", plain.GetProperty("grade").GetString());
        var lower = CliRunner.Run("score", table, "--json").Json();
        Assert.Equal(85.5m, lower.GetProperty("total").GetDecimal());
        Assert.Equal("良", lower.GetProperty("grade").GetString());
        Assert.Equal("优", province.GetProperty("grade").GetString());
    }

    [Fact]
    public void ExecutionWorthTwenty_FromSettings()
    {
        using var dir = new TempDir();
        var table = dir.File("t.csv");
        ScoreTables.WriteCsv(table,
        [
            ["产出指标", "数量指标", "人数", "40", "≥100人", "100人", "", "", ""],
            ["效益指标", "社会效益指标", "知晓率", "30", "≥90%", "90%", "", "", ""],
            ["满意度指标", "服务对象满意度指标", "满意度", "10", "≥90%", "95%", "", "", ""],
        ], new UTF8Encoding(false));
        var settings = dir.File("county.json");
        File.WriteAllText(settings, """{ "executionWeight": 20 }""");

        var json = CliRunner.Run("score", table, "--json", "--budget", "100", "--spent", "50", "--settings", settings).Json();

        Assert.Equal(10m, json.GetProperty("executionScore").GetDecimal());
        Assert.Equal(90m, json.GetProperty("total").GetDecimal());
        Assert.DoesNotContain(json.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() is "weights-sum" or "level-weights-sum");
    }

    [Fact]
    public void CustomFrameworkFile_WithExecutionTwenty_AndReverseRatio()
    {
        using var dir = new TempDir();
        var table = dir.File("t.csv");
        ScoreTables.WriteCsv(table,
        [
            ["产出指标", "数量指标", "人数", "20", "≥100人", "100人", "", "", ""],
            ["产出指标", "成本指标", "人均成本", "20", "≤800元", "880元", "", "", ""],
            ["效益指标", "社会效益指标", "知晓率", "30", "≥90%", "90%", "", "", ""],
            ["满意度指标", "服务对象满意度指标", "满意度", "10", "≥90%", "95%", "", "", ""],
        ], new UTF8Encoding(false));
        var county = Jixiao.Scoring.Frameworks.BuiltInFrameworks.SelfEvaluation.CopyAs("county", "某县自评表")
            .WithLevelPoints("预算执行率", 20m).WithLevelPoints("产出", 40m) with { ReverseRule = Jixiao.Scoring.Settings.ReverseRule.Ratio };
        var frameworkFile = dir.File("county-framework.json");
        File.WriteAllText(frameworkFile, Jixiao.Scoring.Frameworks.FrameworkJson.ToJson(county));
        var settings = dir.File("county.json");
        File.WriteAllText(settings, """{ "executionWeight": 20 }""");

        var json = CliRunner.Run("score", table, "--json", "--framework", frameworkFile, "--settings", settings, "--budget", "100", "--spent", "100").Json();

        Assert.Empty(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(18.18m, json.GetProperty("indicators")[1].GetProperty("score").GetDecimal());
        Assert.Equal(20m, json.GetProperty("executionScore").GetDecimal());
        Assert.Equal(98.18m, json.GetProperty("total").GetDecimal());
        Assert.DoesNotContain(json.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() is "weights-sum" or "level-weights-sum");
    }

    [Fact]
    public void InvalidCustomFramework_IsAnError()
    {
        using var dir = new TempDir();
        var table = dir.File("t.csv");
        ScoreTables.WriteCsv(table, ScoreTables.Aketao, new UTF8Encoding(false));
        var frameworkFile = dir.File("bad.json");
        File.WriteAllText(frameworkFile, Jixiao.Scoring.Frameworks.FrameworkJson.ToJson(Jixiao.Scoring.Frameworks.BuiltInFrameworks.Project.WithLevelPoints("决策", 30m)));

        var result = CliRunner.Run("score", table, "--json", "--framework", frameworkFile);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("评价框架“项目支出绩效评价指标体系（决策、过程、产出、效益）”有误：一级指标分值合计为 110，应等于总分 100", result.Json().GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void DepartmentTable_WithItsOwnHeaderWords()
    {
        string[] header = ["一级指标", "二级指标", "三级指标", "权重", "目标值", "业绩值", "完成率", "得分", "扣分原因"];
        string[][] rows =
        [
            ["部门管理", "资金投入", "基本支出预算执行率", "20", "≥95%", "97%", "", "", ""],
            ["部门管理", "人员管理", "在职人员控制率", "20", "≤100%", "104%", "", "", ""],
            ["履职效果", "部门履职目标", "工作完成情况", "50", "", "", "", "45", "两项重点工作延期"],
            ["能力建设", "档案管理", "档案管理规范性", "10", "规范", "达成年度指标", "", "9", ""],
        ];
        using var dir = new TempDir();
        var path = dir.File("部门整体.xlsx");
        ScoreTables.WriteXlsx(path, rows, header);

        var json = CliRunner.Run("score", path, "--json").Json();

        Assert.Empty(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(["部门管理", "履职效果", "能力建设"], json.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        var control = json.GetProperty("indicators")[1];
        Assert.Equal(19.2m, control.GetProperty("score").GetDecimal());
        Assert.Equal(93.2m, json.GetProperty("total").GetDecimal());
        Assert.Equal("优", json.GetProperty("grade").GetString());
    }

    [Fact]
    public void BadSettingsFile_IsAnError()
    {
        using var dir = new TempDir();
        var table = dir.File("t.csv");
        ScoreTables.WriteCsv(table, ScoreTables.Aketao, new UTF8Encoding(false));
        var settings = dir.File("bad.json");
        File.WriteAllText(settings, """{ "gradeBands": { "excellent": 50, "good": 80 } }""");

        var result = CliRunner.Run("score", table, "--json", "--settings", settings);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("等级分数线应满足", result.Json().GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Out_WritesWorkbookWithScoreAndExplanation()
    {
        using var dir = new TempDir();
        var input = dir.File("aketao.xlsx");
        var output = dir.File("scored.xlsx");
        ScoreTables.WriteXlsx(input, ScoreTables.Aketao);

        var result = CliRunner.Run("score", input, "--out", output, "--budget", "192.05", "--spent", "192.05");

        Assert.Equal(0, result.ExitCode);
        var table = TableReader.Read(output).Table!;
        var score = table.FindColumn("得分");
        var note = table.FindColumn("说明");
        Assert.Equal(6, score);
        Assert.Equal(table.Header.Count - 1, note);
        var staff = table.Rows.Single(r => r[2] == "保障职工人数（人）");
        Assert.Equal("2", staff[score]);
        Assert.Equal("实际完成值 44人 = 目标值 =44人，得满分 2.00", staff[note]);
        var total = table.Rows.Single(r => r[2] == "总分");
        Assert.Equal("100", total[score]);
        Assert.Equal("评价等级：优", total[note]);
    }

    [Fact]
    public void TableView_IsReadable()
    {
        using var dir = new TempDir();
        var path = dir.File("aketao.csv");
        ScoreTables.WriteCsv(path, ScoreTables.Aketao, new UTF8Encoding(false));

        var result = CliRunner.Run("score", path, "--budget", "192.05", "--spent", "192.05");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("总分 100.00，评价等级 优", result.Stdout);
        Assert.Contains("一级指标小计", result.Stdout);
        Assert.Contains("保障职工人数（人）", result.Stdout);
    }

    [Fact]
    public void RealProcess_JsonStdoutIsOneDocument()
    {
        using var dir = new TempDir();
        var path = dir.File("aketao.csv");
        ScoreTables.WriteCsv(path, ScoreTables.Aketao, new UTF8Encoding(false));

        var result = CliRunner.RunProcess("score", path, "--json", "--budget", "192.05", "--spent", "192.05");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(100m, result.Json().GetProperty("total").GetDecimal());
        Assert.Equal("", result.Stderr);
    }
}
