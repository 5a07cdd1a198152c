namespace Jixiao.Scoring.Targets;

/// <summary>The three official levels of a qualitative (定性) indicator.</summary>
public enum QualitativeLevel
{
    /// <summary>达成年度指标</summary>
    Achieved,

    /// <summary>部分达成年度指标并具有一定效果</summary>
    PartlyAchieved,

    /// <summary>未达成年度指标且效果较差</summary>
    NotAchieved,
}

public static class QualitativeLevels
{
    public const string AchievedText = "达成年度指标";
    public const string PartlyAchievedText = "部分达成年度指标并具有一定效果";
    public const string NotAchievedText = "未达成年度指标且效果较差";

    // Checked in this order: the negative and partial markers contain the positive words ("未达成" ⊃ "达成").
    private static readonly string[] NotAchievedMarkers = ["未达成", "未达到", "未完成", "没有达到", "没有完成", "效果较差", "较差", "不达标", "不合格", "不健全", "不规范", "未落实"];
    private static readonly string[] PartlyMarkers = ["部分达成", "部分完成", "部分达到", "基本达成", "基本完成", "基本达到", "基本健全", "基本规范", "一定效果", "有待提高", "有待加强"];
    private static readonly string[] AchievedMarkers = ["达成", "达到", "完成", "健全", "规范", "有效", "良好", "明显", "显著", "达标", "合格", "按时", "及时", "到位", "一致", "满意", "保障", "提升", "提高", "落实", "符合", "是"];

    public static string ToChinese(this QualitativeLevel level) => level switch
    {
        QualitativeLevel.Achieved => AchievedText,
        QualitativeLevel.PartlyAchieved => PartlyAchievedText,
        QualitativeLevel.NotAchieved => NotAchievedText,
    };

    /// <summary>
    /// Reads the level from what evaluators write: the official wording, its short forms
    /// (达成/部分达成/未达成) and the usual positive words (健全, 规范, 有效 …). Null when unclear.
    /// </summary>
    public static QualitativeLevel? Classify(string text)
    {
        switch (text)
        {
            // The official wording and its short forms: by far the most common, answered without scanning.
            case AchievedText or "达成" or "达成预期指标" or "达成预期目标":
                return QualitativeLevel.Achieved;
            case PartlyAchievedText or "部分达成":
                return QualitativeLevel.PartlyAchieved;
            case NotAchievedText or "未达成":
                return QualitativeLevel.NotAchieved;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (ContainsAny(text, NotAchievedMarkers))
        {
            return QualitativeLevel.NotAchieved;
        }
        if (ContainsAny(text, PartlyMarkers))
        {
            return QualitativeLevel.PartlyAchieved;
        }
        return ContainsAny(text, AchievedMarkers) ? QualitativeLevel.Achieved : null;
    }

    private static bool ContainsAny(string text, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
