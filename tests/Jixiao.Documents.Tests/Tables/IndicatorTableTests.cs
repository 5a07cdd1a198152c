using System.Text;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;

namespace Jixiao.Documents.Tests.Tables;

public sealed class IndicatorTableTests
{
    [Fact]
    public void AlternativeHeaders_TitleRows_TotalRows_AndMergedLevelsAreHandled()
    {
        const string csv = """
            项目支出绩效自评表,,,,,,
            一级指标,二级指标,指标名称,权重（分）,目标值,完成值,指标方向
            产出指标,数量指标,培训人次,20,≥500人次,450人次,
            ,,发放手册,10,=1000册,1000册,正向
            ,成本指标,人均成本,20,≤800元,880元,
            效益指标,,群众知晓率,30,≥90%,93%,
            合计,,,80,,,
            """;

        var table = TableReader.Read(Encoding.UTF8.GetBytes(csv), "a.csv", new TableReadOptions { HeaderHints = IndicatorTable.HeaderHints }).Table!;
        var result = IndicatorTable.Read(table);

        Assert.Null(result.Fatal);
        Assert.Empty(result.Errors);
        Assert.Equal([3, 4, 5, 6], result.Rows.Select(r => r.RowNumber));
        Assert.Equal(("产出指标", "数量指标"), (result.Rows[1].Input.Level1, result.Rows[1].Input.Level2));
        Assert.Equal(("产出指标", "成本指标"), (result.Rows[2].Input.Level1, result.Rows[2].Input.Level2));
        Assert.Equal(("效益指标", ""), (result.Rows[3].Input.Level1, result.Rows[3].Input.Level2));
        Assert.Equal(IndicatorDirection.Positive, result.Rows[1].Input.Direction);
        Assert.Equal(TargetOperator.AtLeast, result.Rows[0].Input.Target!.Value.Operator);
        Assert.Equal("450人次", result.Rows[0].ActualText);
    }

    [Fact]
    public void AbsurdPoints_AreARowError()
    {
        var table = TableReader.Read(Encoding.UTF8.GetBytes("一级指标,三级指标,分值,年度指标值,实际完成值\n产出,人数,79228162514264337593543950335,≥5人,5人\n"), "a.csv").Table!;

        var error = Assert.Single(IndicatorTable.Read(table).Errors);
        Assert.Equal("分值 79228162514264337593543950335 过大（一个指标不应超过1000分）", error.Message);
    }

    [Fact]
    public void MissingColumns_AreNamed()
    {
        var table = TableReader.Read(Encoding.UTF8.GetBytes("一级指标,三级指标,分值\n产出,人数,10\n"), "a.csv").Table!;

        Assert.Equal("表头缺少列：“年度指标值”、“实际完成值”（表头在第1行：一级指标、三级指标、分值）", IndicatorTable.Read(table).Fatal);
    }

    [Fact]
    public void BadCells_AreRowErrors_OtherRowsStillRead()
    {
        const string csv = "一级指标,二级指标,三级指标,分值,年度指标值,实际完成值,指标方向\n产出,数量,人数,十,≥5人,5人,\n产出,数量,场次,5,≥8场,8场,向上\n产出,数量,册数,5,≥8册,8册,\n产出,数量,,5,,,\n";
        var table = TableReader.Read(Encoding.UTF8.GetBytes(csv), "a.csv").Table!;

        var result = IndicatorTable.Read(table);

        Assert.Equal([(2, "分值", "“十”不是有限的数字"), (3, "指标方向", "指标方向“向上”无法识别，应为 正向、反向、等于 或 定性"), (5, "三级指标", "三级指标名称为空")],
            result.Errors.Select(e => (e.Row!.Value, e.Column, e.Message)));
        Assert.Equal("册数", Assert.Single(result.Rows).Input.Name);
    }
}
