namespace Jixiao.Review;

/// <summary>
/// Bounds the work spent on one file: every loop over lines, cells and candidates takes steps,
/// and a review stops (with what it found so far) when the steps run out or the caller cancels.
/// This, not a timer, is what keeps a hostile or enormous input from hanging the reviewer.
/// </summary>
public sealed class ReviewBudget(long maxSteps, CancellationToken cancellation = default)
{
    /// <summary>A 300-line report takes about 5,000 steps; this is a thousand times that and bounds a hostile file to seconds.</summary>
    public const long DefaultSteps = 5_000_000;

    long used;

    public long Used => used;

    public void Step(long steps = 1)
    {
        used += steps;
        if (used > maxSteps)
        {
            throw new ReviewBudgetExhaustedException();
        }

        if ((used & 0x3FF) == 0)
        {
            cancellation.ThrowIfCancellationRequested();
        }
    }
}

public sealed class ReviewBudgetExhaustedException() : Exception("The review used up its step budget.");
