using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>Reads every kind of fact from the text, within the review's step budget.</summary>
public static class ReportAnalyzer
{
    public static ReportAnalysis Analyze(ReportText text, ReviewBudget budget)
    {
        var outline = new ReportOutline(text);
        var quantities = new List<Quantity>();
        var parts = new List<PartsGroup>();
        var scores = new List<ScoreFact>();
        var weights = new List<WeightFact>();
        var counts = new List<CountFact>();
        var satisfaction = new List<SatisfactionFact>();
        var grades = new List<(string, int)>();
        IReadOnlyList<Quantity> previous = [];
        foreach (var line in text.Lines)
        {
            budget.Step(1 + line.Text.Length / 64);
            if (line.IsBlank)
            {
                continue;
            }

            // Steps follow the work: each figure found costs its parsing and labelling, each 其中 a pass over the figures.
            var onLine = QuantityScanner.Scan(line).ToList();
            budget.Step(onLine.Count * 10);
            quantities.AddRange(onLine);
            if (line.Text.Contains("其中", StringComparison.Ordinal))
            {
                budget.Step(onLine.Count * 24);
                parts.AddRange(PartsExtractor.Extract(line, onLine, previous));
            }

            var lineScores = ScoreExtractor.Scores(line).ToList();
            budget.Step(lineScores.Count * 10);
            scores.AddRange(lineScores);
            weights.AddRange(ScoreExtractor.Weights(line));
            counts.AddRange(SentenceFacts.Counts(line));
            satisfaction.AddRange(SentenceFacts.Satisfaction(line));
            grades.AddRange(LabelExtractor.StatedGrades(line));
            previous = onLine;
        }

        var tables = FlatTableReader.Read(text, budget);
        var indicators = IndicatorExtractor.FromSentences(text, outline, budget).ToList();
        foreach (var table in tables)
        {
            budget.Step(table.Rows.Count);
            indicators.AddRange(IndicatorExtractor.FromTable(table));
        }

        // A table row named 满意度 states a satisfaction result in its 实际完成值.
        foreach (var indicator in indicators.Where(i => i.Name.Contains("满意", StringComparison.Ordinal) && i.Actual.Length > 0))
        {
            if (FlatTable.ParseNumber(indicator.Actual) is { } n && indicator.Actual.Contains('%', StringComparison.Ordinal))
            {
                satisfaction.Add(new SatisfactionFact(indicator.Name.Replace("满意度", string.Empty, StringComparison.Ordinal), n, indicator.Line));
            }
        }

        var money = quantities.Where(q => q.IsMoney)
            .Select(q => new MoneyFact(q, AmountClassifier.Classify(q.Label), AmountClassifier.Basis(q.Label)))
            .ToList();
        var rates = quantities.Where(q => q.Unit == "%").Select(q => new RateFact(q, RateKindOf(q.Label))).ToList();

        return new ReportAnalysis
        {
            Text = text,
            Outline = outline,
            Kind = KindDetector.Detect(text),
            Quantities = quantities,
            Money = money,
            Rates = rates,
            Scores = scores,
            Weights = weights,
            Parts = parts,
            Counts = counts,
            Satisfaction = satisfaction,
            Tables = tables,
            Indicators = indicators,
            Labels = LabelExtractor.Extract(text, budget),
            Grades = grades,
            Problems = ListExtractor.Problems(text, outline),
            Recommendations = ListExtractor.Recommendations(text, outline),
        };
    }

    /// <summary>政府采购执行率, 计划执行率, 制度执行率 … are not the budget's execution against its amounts.</summary>
    static bool NotBudgetExecution(string label) =>
        label.Contains("采购", StringComparison.Ordinal) || label.Contains("计划", StringComparison.Ordinal)
        || label.Contains("制度", StringComparison.Ordinal) || label.Contains("任务", StringComparison.Ordinal)
        || label.Contains("合同", StringComparison.Ordinal) || label.Contains("政策", StringComparison.Ordinal);

    public static RateKind RateKindOf(string label) =>
        label.Contains("满意", StringComparison.Ordinal) ? RateKind.Satisfaction
        : label.Contains("到位率", StringComparison.Ordinal) ? RateKind.Arrival
        : label.Contains("得分率", StringComparison.Ordinal) ? RateKind.ScoreRate
        : (label.Contains("执行率", StringComparison.Ordinal) || label.Contains("支出完成率", StringComparison.Ordinal)
            || label.Contains("执行进度", StringComparison.Ordinal)) && !NotBudgetExecution(label) ? RateKind.Execution
        : label.Contains("完成率", StringComparison.Ordinal) ? RateKind.Completion
        : RateKind.Other;
}
