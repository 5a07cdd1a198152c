namespace Jixiao.Review.Facts;

/// <summary>The facts a reviewer reads first, flattened to name / value / unit / line.</summary>
public static class FactList
{
    const int MaxFacts = 2_000;

    public static IReadOnlyList<Fact> From(ReportAnalysis report)
    {
        var facts = new List<Fact>();
        foreach (var label in report.Labels)
        {
            facts.Add(new Fact(label.Label, label.Value, null, label.Line));
        }

        if (!report.Labels.Any(l => l.Label is "项目名称" or "评价项目"))
        {
            var quoted = report.Text.Lines.Select(l => (Name: LabelExtractor.QuotedProject(l.Text), l.Number)).FirstOrDefault(p => p.Name is not null);
            if (quoted.Name is not null)
            {
                facts.Add(new Fact("项目名称", quoted.Name, null, quoted.Number));
            }
        }

        var year = report.Text.Lines.Take(40).SelectMany(l => LabelExtractor.Years(l.Text).Select(y => (Year: y, l.Number))).FirstOrDefault();
        if (year.Year > 0)
        {
            facts.Add(new Fact("年度", year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "年", year.Number));
        }

        foreach (var money in report.Money)
        {
            var name = money.Role switch
            {
                AmountRole.Other => money.Amount.Label.Length > 0 ? money.Amount.Label : "金额",
                AmountRole.FundSource or AmountRole.Functional or AmountRole.WholeBudget => money.Amount.Label,
                _ => AmountRoleNames.Chinese(money.Role),
            };
            facts.Add(new Fact(name, money.Amount.Stated.ToString(), money.Amount.Unit, money.Amount.Line));
        }

        foreach (var rate in report.Rates.Where(r => r.Kind != RateKind.Other))
        {
            facts.Add(new Fact(rate.Rate.Label, rate.Rate.Stated.ToString(), "%", rate.Rate.Line));
        }

        foreach (var score in report.Scores.Where(s => s.Kind is ScoreKind.Total or ScoreKind.Level or ScoreKind.Section or ScoreKind.Subtotal))
        {
            var name = score.Kind switch
            {
                ScoreKind.Total => "总得分",
                ScoreKind.Level => $"{ScoreExtractor.LevelOf(score.Label) ?? score.Label}得分",
                ScoreKind.Section => "部分实际得分",
                ScoreKind.Subtotal => "小计得分",
                ScoreKind.Item => "得分",
            };
            facts.Add(new Fact(name, score.Score.ToString(), "分", score.Line));
        }

        foreach (var (grade, line) in report.Grades)
        {
            facts.Add(new Fact("评价等级", grade, null, line));
        }

        foreach (var count in report.Counts)
        {
            facts.Add(new Fact($"{count.Noun}个数", count.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "个", count.Line));
        }

        foreach (var s in report.Satisfaction)
        {
            facts.Add(new Fact($"{s.Subject}满意度", s.Percent.ToString(), "%", s.Line));
        }

        foreach (var indicator in report.Indicators)
        {
            var value = indicator.Target.Length > 0 ? indicator.Target : indicator.Actual;
            facts.Add(new Fact($"指标：{indicator.Level2}/{indicator.Name}".Replace("：/", "：", StringComparison.Ordinal), value, indicator.NameUnit.Length > 0 ? indicator.NameUnit : null, indicator.Line));
        }

        AddList(facts, "存在的问题", report.Problems);
        AddList(facts, "建议", report.Recommendations);
        return facts.Take(MaxFacts).ToList();
    }

    static void AddList(List<Fact> facts, string name, ListFact? list)
    {
        if (list is null)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            var text = item.Text.Length > 80 ? item.Text[..80] + "…" : item.Text;
            facts.Add(new Fact(name, text, null, item.Number));
        }
    }
}
