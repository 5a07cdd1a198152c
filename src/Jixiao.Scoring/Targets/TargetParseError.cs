namespace Jixiao.Scoring.Targets;

public enum TargetErrorCode
{
    Empty,
    ExpectedNumber,
    BadThousandsSeparator,
    BadDecimal,
    NumberTooLarge,
    ExponentNotSupported,
    UnitContainsDigits,
    BadUnit,
    TextAfterPercent,
    RangeWithOperator,
    RangeInverted,
    RangeUnitsDiffer,
    TooLong,
}

/// <summary>Why a value could not be read: a code, the 0-based position in the input, and a Chinese message.</summary>
public sealed record TargetParseError(TargetErrorCode Code, int Position, string Message)
{
    public override string ToString() => Message;
}

/// <summary>Either a value or an error; never both. Parsing never throws.</summary>
public readonly record struct TargetParseResult
{
    private TargetParseResult(TargetValue value, TargetParseError? error)
    {
        Value = value;
        Error = error;
    }

    public TargetValue Value { get; }
    public TargetParseError? Error { get; }
    public bool IsSuccess => Error is null;

    public static TargetParseResult Ok(TargetValue value) => new(value, null);

    public static TargetParseResult Fail(TargetErrorCode code, int position, string message) =>
        new(default, new TargetParseError(code, position, message));
}
