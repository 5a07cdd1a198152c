namespace Jixiao.Documents.Common;

/// <summary>
/// Outcome of producing a document: the bytes, or the reasons (in Chinese, for the user) why not.
/// A bad template or an unavailable converter is an expected failure, so it is a value.
/// </summary>
public sealed record DocumentResult<T>
{
    private DocumentResult(T? value, IReadOnlyList<string> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<string> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static DocumentResult<T> Ok(T value) => new(value, []);

    public static DocumentResult<T> Fail(params string[] errors) => new(default, errors);

    public static DocumentResult<T> Fail(IReadOnlyList<string> errors) => new(default, errors);

    /// <summary>The value, or an exception listing the errors (for callers that already validated).</summary>
    public T ValueOrThrow() =>
        Succeeded ? Value! : throw new InvalidOperationException(string.Join("；", Errors));
}
