namespace Jixiao.App.Projects;

public enum FundingSource
{
    GeneralBudget,
    GovernmentFund,
    StateCapital,
    SuperiorTransfer,
    CarryOver,
    Other,
}

public static class FundingSourceNames
{
    public static string ToChinese(this FundingSource source) => source switch
    {
        FundingSource.GeneralBudget => "一般公共预算",
        FundingSource.GovernmentFund => "政府性基金",
        FundingSource.StateCapital => "国有资本经营预算",
        FundingSource.SuperiorTransfer => "上级转移支付",
        FundingSource.CarryOver => "上年结转",
        FundingSource.Other => "其他",
    };

    /// <summary>Reads the names import files use ("其他资金", "一般公共预算资金" too).</summary>
    public static FundingSource? FromChinese(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            return null;
        }
        foreach (var source in Enum.GetValues<FundingSource>())
        {
            var name = source.ToChinese();
            if (t == name || t == name + "资金" || t == source.ToString())
            {
                return source;
            }
        }
        return t switch
        {
            "一般公共预算拨款" or "财政拨款" or "本级财政" => FundingSource.GeneralBudget,
            "政府性基金预算" => FundingSource.GovernmentFund,
            "国有资本经营预算资金" => FundingSource.StateCapital,
            "上级补助" or "上级资金" or "转移支付" => FundingSource.SuperiorTransfer,
            "上年结转资金" or "结转" => FundingSource.CarryOver,
            _ => null,
        };
    }
}
