using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>
/// Recognises the kind of report from weighted signals: words in the title area count most,
/// headings and labels next, the body least. A body mention ("部门整体支出" in a problem list)
/// must not outweigh what the title says.
/// </summary>
public static partial class KindDetector
{
    static readonly (ReportKind Kind, string Word, int Title, int Body)[] Signals =
    [
        (ReportKind.ResultFeedback, "结果反馈", 10, 3),
        (ReportKind.ResultFeedback, "评价结论", 0, 2),
        (ReportKind.ResultFeedback, "评价分值", 0, 3),
        (ReportKind.ResultFeedback, "主要问题与建议", 0, 2),
        (ReportKind.BatchSummary, "重点绩效评价", 4, 1),
        (ReportKind.BatchSummary, "情况的报告", 6, 0),
        (ReportKind.BatchSummary, "重点项目", 4, 1),
        (ReportKind.BatchSummary, "项目清单", 0, 3),
        (ReportKind.BatchSummary, "财政综合评分", 0, 3),
        (ReportKind.BatchSummary, "归口科室", 0, 2),
        (ReportKind.BatchSummary, "个项目", 0, 1),
        (ReportKind.DepartmentEvaluation, "部门整体支出", 10, 1),
        (ReportKind.DepartmentEvaluation, "整体支出绩效", 8, 1),
        (ReportKind.DepartmentEvaluation, "部门整体", 4, 0),
        (ReportKind.DepartmentEvaluation, "履职效果", 0, 2),
        (ReportKind.DepartmentEvaluation, "部门管理", 0, 1),
        (ReportKind.DepartmentEvaluation, "在职人员控制率", 0, 2),
        (ReportKind.DepartmentEvaluation, "三公经费", 0, 1),
        (ReportKind.SelfEvaluation, "自评", 8, 2),
        (ReportKind.SelfEvaluation, "我单位", 0, 2),
        (ReportKind.SelfEvaluation, "本单位", 0, 1),
        (ReportKind.ProjectEvaluation, "项目支出绩效评价", 6, 1),
        (ReportKind.ProjectEvaluation, "项目绩效评价报告", 6, 0),
        (ReportKind.ProjectEvaluation, "委托", 0, 2),
        (ReportKind.ProjectEvaluation, "事务所", 0, 2),
        (ReportKind.ProjectEvaluation, "绩效评价指标分析", 0, 3),
        (ReportKind.ProjectEvaluation, "综合评价情况及评价结论", 0, 2),
        (ReportKind.ProjectEvaluation, "评价机构", 0, 1),
        (ReportKind.ProjectEvaluation, "受托", 0, 1),
    ];

    public static ReportKind Detect(ReportText text)
    {
        var nonBlank = text.Lines.Where(l => !l.IsBlank).ToList();
        if (!LooksLikeReport(nonBlank))
        {
            return ReportKind.Unknown;
        }

        var title = string.Join("\n", nonBlank.Take(6).Select(l => l.Text));
        var scores = new Dictionary<ReportKind, int>();
        foreach (var (kind, word, titleWeight, bodyWeight) in Signals)
        {
            var score = 0;
            if (titleWeight > 0 && title.Contains(word, StringComparison.Ordinal))
            {
                score += titleWeight;
            }

            if (bodyWeight > 0)
            {
                var hits = nonBlank.Count(l => l.Text.Contains(word, StringComparison.Ordinal));
                score += bodyWeight * Math.Min(hits, 3);
            }

            scores[kind] = scores.GetValueOrDefault(kind) + score;
        }

        // A self-evaluation written on the project template still is a self-evaluation — when the unit speaks
        // for itself ("我单位", "开展自评"), not when a third party's report merely names 单位自评 among the modes.
        var (best, bestScore) = scores.OrderByDescending(p => p.Value).First();
        if (best == ReportKind.ProjectEvaluation && SpeaksForItself(title, nonBlank) && !ThirdParty(nonBlank))
        {
            best = ReportKind.SelfEvaluation;
        }

        return bestScore >= 3 ? best : ReportKind.Unknown;
    }

    static bool SpeaksForItself(string title, IReadOnlyList<ReportLine> lines) =>
        title.Contains("自评", StringComparison.Ordinal)
        || lines.Any(l => l.Text.Contains("我单位", StringComparison.Ordinal) || l.Text.Contains("开展自评", StringComparison.Ordinal)
            || l.Text.Contains("绩效自评", StringComparison.Ordinal) || l.Text.Contains("自评价", StringComparison.Ordinal)
            || l.Text.Contains("组织开展自评", StringComparison.Ordinal));

    /// <summary>"受某县财政局委托", "某会计师事务所": a commissioned evaluator wrote it ("可委托第三方" in a principle does not count).</summary>
    static bool ThirdParty(IReadOnlyList<ReportLine> lines) =>
        lines.Take(80).Any(l => Commissioned().IsMatch(l.Text));

    [GeneratedRegex(@"受[^，。,;；]{1,30}委托|事务所|咨询(?:有限)?公司|评价机构[:：]")]
    private static partial Regex Commissioned();

    /// <summary>A report is mostly Chinese text with some evaluation vocabulary.</summary>
    public static bool LooksLikeReport(IReadOnlyList<ReportLine> nonBlank)
    {
        var cjk = 0;
        var total = 0;
        foreach (var line in nonBlank.Take(2000))
        {
            foreach (var c in line.Text)
            {
                total++;
                if (c is >= '\u4E00' and <= '\u9FFF')
                {
                    cjk++;
                }
            }
        }

        if (total == 0 || cjk < 20 || cjk * 4 < total)
        {
            return false;
        }

        string[] vocabulary = ["绩效", "预算", "评价", "指标", "资金", "项目"];
        var all = string.Join("\n", nonBlank.Take(2000).Select(l => l.Text));
        return vocabulary.Count(w => all.Contains(w, StringComparison.Ordinal)) >= 2;
    }
}
