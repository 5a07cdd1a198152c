using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Department;

/// <summary>One functional class (科目) of a department budget, in 元.</summary>
public sealed record FunctionalClassLine(string Code, string Name, decimal AmountYuan);

/// <summary>
/// A department's approved budget (not its spending), in 元: 人员经费 and 公用经费 (together 基本支出), 项目支出,
/// and the split by functional class. Printed in 部门概况 when the report carries it.
/// </summary>
public sealed record DepartmentBudgetPlan(decimal PersonnelYuan, decimal PublicYuan, decimal ProjectYuan, IReadOnlyList<FunctionalClassLine> Classes)
{
    public decimal BasicYuan => PersonnelYuan + PublicYuan;

    public decimal TotalYuan => BasicYuan + ProjectYuan;

    internal IEnumerable<KeyValuePair<string, string>> Values()
    {
        yield return new("预算合计", Money.WanPlain(TotalYuan));
        yield return new("预算基本支出", Money.WanPlain(BasicYuan));
        yield return new("预算人员经费", Money.WanPlain(PersonnelYuan));
        yield return new("预算公用经费", Money.WanPlain(PublicYuan));
        yield return new("预算项目支出", Money.WanPlain(ProjectYuan));
    }

    internal const string Sentence =
        "{年度}年度，{部门名称}部门预算{预算合计}万元，其中基本支出{预算基本支出}万元（人员经费{预算人员经费}万元、公用经费{预算公用经费}万元），项目支出{预算项目支出}万元。";

    /// <summary>基本支出 is the rounded exact sum of its parts, 合计 too; the note is needed where rounding shows.</summary>
    internal (DocxTable Table, bool Note) CompositionTable()
    {
        List<DocxColumn> columns =
        [
            new("人员经费", 20, CellAlign.Right), new("公用经费", 20, CellAlign.Right), new("基本支出小计", 20, CellAlign.Right),
            new("项目支出", 20, CellAlign.Right), new("合计", 20, CellAlign.Right),
        ];
        var row = DocxRow.Of(Money.Wan(PersonnelYuan), Money.Wan(PublicYuan), Money.Wan(BasicYuan), Money.Wan(ProjectYuan), Money.Wan(TotalYuan));
        var note = Money.ToWan(PersonnelYuan) + Money.ToWan(PublicYuan) != Money.ToWan(BasicYuan)
            || Money.ToWan(BasicYuan) + Money.ToWan(ProjectYuan) != Money.ToWan(TotalYuan);
        return (new DocxTable(columns, [row]), note);
    }

    internal (DocxTable Table, bool Note) ClassTable()
    {
        List<DocxColumn> columns = [new("科目编码", 18), new("功能分类", 52), new("金额", 30, CellAlign.Right)];
        var column = new MoneyColumn([.. Classes.Select(c => c.AmountYuan)]);
        var rows = Classes.Select(c => DocxRow.Of(c.Code, c.Name, Money.Wan(c.AmountYuan)))
            .Append(DocxRow.Total(new DocxCell("合计", Span: 2, Align: CellAlign.Center), new DocxCell(Money.Wan(column.TotalYuan))))
            .ToList();
        return (new DocxTable(columns, rows), column.NeedsRoundingNote);
    }
}
