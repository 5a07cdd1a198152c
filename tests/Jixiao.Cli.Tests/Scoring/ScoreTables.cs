using System.Text;
using Jixiao.Documents.Tables;

namespace Jixiao.Cli.Tests.Scoring;

/// <summary>Tables a user would score: the aketao report's indicator list and a few made-up ones.</summary>
internal static class ScoreTables
{
    public static readonly string[] Header = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "扣分原因", "偏差原因分析及改进措施"];

    // samples/selfeval-aketao-office-funds-2022.txt, scored on 决策/过程/产出/效益 = 20/20/40/20.
    public static readonly string[][] Aketao =
    [
        ["决策", "项目立项", "立项依据充分性", "3", "", "", "3", "", ""],
        ["", "", "立项程序规范性", "2", "", "", "2", "", ""],
        ["", "绩效目标", "绩效目标合理性", "3", "", "", "3", "", ""],
        ["", "", "绩效指标明确性", "2", "", "", "2", "", ""],
        ["", "资金投入", "预算编制科学性", "5", "", "", "5", "", ""],
        ["", "", "资金分配合理性", "5", "", "", "5", "", ""],
        ["过程", "资金管理", "资金到位率", "5", ">=100%", "100%", "", "", ""],
        ["", "", "预算执行率", "5", "", "", "", "", ""],
        ["", "", "资金使用合规性", "5", "", "", "5", "", ""],
        ["", "组织实施", "管理制度健全性", "2", "", "", "2", "", ""],
        ["", "", "制度执行有效性", "3", "", "", "3", "", ""],
        ["产出", "数量指标", "保障职工人数（人）", "2", "=44人", "44人", "", "", ""],
        ["", "", "购买办公费批次（次/年）", "2", "=8次", "8次", "", "", ""],
        ["", "", "电费缴费月数（月）", "1", "=12月", "12月", "", "", ""],
        ["", "", "支付水费月数", "1", "=12月", "12月", "", "", ""],
        ["", "", "出差干部人数（人）", "1", "=20人", "20人", "", "", ""],
        ["", "", "办公设备购置采购批次(次/年）", "1", "=5(次/年）", "5次", "", "", ""],
        ["", "", "车辆维护数（辆）", "1", "=18（辆）", "18辆", "", "", ""],
        ["", "", "支付电话费及网络费费月数（月）", "1", "=12月", "12月", "", "", ""],
        ["", "质量指标", "资金使用合规率（%）", "10", "=100%", "100%", "", "", ""],
        ["", "时效指标", "资金使用合规率（%）", "10", ">=100%", "100%", "", "", ""],
        ["", "成本指标", "办公费（万元）", "2", "=68.95（万元）", "68.95万元", "", "", ""],
        ["", "", "手续费（万元）", "0.5", "=0.1（万元）", "0.1万元", "", "", ""],
        ["", "", "水费缴费月数（万元）", "0.5", "=1（万元）", "1万元", "", "", ""],
        ["", "", "电费缴费月数（万元）", "1", "=7（万元）", "7万元", "", "", ""],
        ["", "", "邮电费（万元）", "1", "=4（万元）", "4万元", "", "", ""],
        ["", "", "差旅费（万元）", "1", "=15（万元）", "15万元", "", "", ""],
        ["", "", "维修(护)费（万元）", "1.5", "=30（万元）", "30万元", "", "", ""],
        ["", "", "生活补助（万元）", "0.5", "=6（万元）", "6万元", "", "", ""],
        ["", "", "公务用车运行维护费（万元）", "2", "=60（万元）", "600000元", "", "", ""],
        ["效益", "社会效益指标", "提升员工办公效率", "5", "有效强化", "达成年度指标", "5", "", ""],
        ["", "可持续影响指标", "维护社会稳定和长治久安", "5", "有效保障", "达成年度指标", "5", "", ""],
        ["", "满意度指标", "受益群众满意度（%）", "10", ">=95%", "95%", "", "", ""],
    ];

    public static string Csv(IEnumerable<string[]> rows, string[]? header = null) =>
        string.Join("\r\n", new[] { header ?? Header }.Concat(rows).Select(r => string.Join(",", r.Select(Quote)))) + "\r\n";

    public static void WriteCsv(string path, IEnumerable<string[]> rows, Encoding encoding, bool bom = false, string[]? header = null)
    {
        var bytes = encoding.GetBytes(Csv(rows, header));
        File.WriteAllBytes(path, bom ? [.. encoding.GetPreamble(), .. bytes] : bytes);
    }

    public static void WriteXlsx(string path, IEnumerable<string[]> rows, string[]? header = null) =>
        TableWriter.WriteXlsx(path, header ?? Header, rows.Select(r => (IReadOnlyList<string>)r));

    private static string Quote(string cell) => cell.Contains(',') || cell.Contains('"') ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
