namespace Winset.Negotiation;

/// <summary>
/// When a session ends without agreement: after a number of rounds, after a wall-clock time budget, or whichever
/// comes first.
/// </summary>
/// <remarks>Immutable. <c>default</c> has neither limit and is rejected by <see cref="Session"/>.</remarks>
public readonly record struct Deadline
{
    private Deadline(int? rounds, TimeSpan? timeBudget)
    {
        RoundLimit = rounds;
        TimeBudget = timeBudget;
    }

    /// <summary>The number of rounds, or null for no limit in rounds.</summary>
    public int? RoundLimit { get; }

    /// <summary>The wall-clock budget, or null for no time limit.</summary>
    public TimeSpan? TimeBudget { get; }

    /// <summary>A deadline after <paramref name="rounds"/> rounds (positive) and, optionally, a time budget (positive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public static Deadline Create(int? rounds, TimeSpan? timeBudget)
    {
        if (rounds is { } r)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(r, nameof(rounds));
        }

        if (timeBudget is { } b && b <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeBudget), b, "The time budget must be positive.");
        }

        if (rounds is null && timeBudget is null)
        {
            throw new ArgumentException("A deadline needs a number of rounds, a time budget, or both.");
        }

        return new Deadline(rounds, timeBudget);
    }

    /// <summary>A deadline after <paramref name="rounds"/> rounds.</summary>
    public static Deadline AfterRounds(int rounds) => Create(rounds, null);

    /// <summary>A deadline after a wall-clock budget.</summary>
    public static Deadline AfterTime(TimeSpan budget) => Create(null, budget);
}
