namespace Jixiao.Scoring.Linting;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>One finding of the target linter or the framework validator: stable code, severity, the indicator it is about, a Chinese message.</summary>
public sealed record Finding(string Code, Severity Severity, string? Indicator, string Message)
{
    public static string SeverityText(Severity severity) => severity switch
    {
        Severity.Info => "提示",
        Severity.Warning => "警告",
        Severity.Error => "错误",
    };
}
