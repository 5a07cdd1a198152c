using System.Text;
using Jixiao.Cli.Scoring;

namespace Jixiao.Cli.Tests.Scoring;

public sealed class TableScoringFuzzTests
{
    private static readonly string[] Cells =
    [
        "", "产出指标", "决策", "效益", "满意度指标", "成本指标", "数量指标", "时效指标", "10", "0", "-5", "NaN", "1e309", "1000000", "0.01",
        "≥95%", "=0次", "≤90万元", "90%-100%", "健全", "达成年度指标", "部分达成", "未达成年度指标且效果较差", "≥", "12月31日", "合计", "正向", "反向", "定性", "向上",
        "9999999999999999999", "0.0000000000000000001", "\"引号\"", "达到预期",
    ];

    [Fact]
    public void RandomTables_AlwaysEndInAReport()
    {
        var random = new Random(2023);
        using var dir = new TempDir();
        for (var i = 0; i < 150; i++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => ScoreTables.Header.Select(_ => Cells[random.Next(Cells.Length)]).ToArray())
                .ToList();
            var path = dir.File($"t{i}.csv");
            ScoreTables.WriteCsv(path, rows, new UTF8Encoding(false));
            var withBudget = random.Next(2) == 0;

            var run = TableScoring.Run(new ScoreRequest(path, withBudget ? 100m : null, withBudget ? 80m : null, random.Next(3) == 0 ? "project" : null));

            Assert.InRange(run.ExitCode, 0, 2);
            Assert.True(run.ExitCode == 0 || run.Report.Errors.Count > 0);
        }
    }
}
