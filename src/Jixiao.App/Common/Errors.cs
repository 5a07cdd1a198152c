namespace Jixiao.App.Common;

/// <summary>The requested row does not exist or is outside the user's scope (reported as 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The user may see the row but not do this to it (reported as 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Input broke a business rule; field → Chinese messages (reported as 400).</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("输入有误")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The action does not fit the row's state, e.g. changing a final evaluation (reported as 409).</summary>
public sealed class ConflictException(string message) : Exception(message);
