using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Web.Features.Account;

/// <summary>
/// Failed sign-ins for names that do not exist are counted like real accounts' (5 failures, 15 minutes), so the answer
/// after the fifth attempt is the same lockout message either way and nobody learns which user names exist.
/// </summary>
public sealed class UnknownNameLockout(IMemoryCache cache)
{
    private const int MaxFailures = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private sealed class Counter
    {
        public int Failures;
    }

    /// <summary>Records one failure for the name; true when the name now counts as locked.</summary>
    public bool Fail(string userName)
    {
        var counter = cache.GetOrCreate(Key(userName), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            entry.Size = 1;
            return new Counter();
        })!;
        return Interlocked.Increment(ref counter.Failures) >= MaxFailures;
    }

    private static string Key(string userName) => "signin-unknown:" + userName.Trim().ToUpperInvariant();
}
