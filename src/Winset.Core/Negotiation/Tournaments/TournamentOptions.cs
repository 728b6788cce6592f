namespace Winset.Negotiation.Tournaments;

/// <summary>The settings of a tournament: what it plays (its identity) and how it runs.</summary>
/// <remarks>
/// Mutable configuration; <see cref="TournamentPlan.Create"/> validates it and copies it. The identity of a tournament,
/// which a resumed run must match, is <see cref="Rounds"/>, <see cref="Repetitions"/>, <see cref="Seed"/> and
/// <see cref="SelfPlay"/> (with the agents and scenarios); the other settings only change how it runs.
/// </remarks>
public sealed class TournamentOptions
{
    /// <summary>The deadline of every session, in rounds.</summary>
    /// <value>The default is 1000 rounds.</value>
    public int Rounds { get; set; } = 1000;

    /// <summary>How many times each tuple of agents plays each scenario (each time with its own seed).</summary>
    /// <value>The default is 1.</value>
    public int Repetitions { get; set; } = 1;

    /// <summary>The tournament seed, from which every session's seed is derived (<see cref="TournamentPlan"/>).</summary>
    /// <value>The default is 0.</value>
    public int Seed { get; set; }

    /// <summary>Whether an agent also plays against itself (every party played by the same agent).</summary>
    /// <value>The default is false.</value>
    public bool SelfPlay { get; set; }

    /// <summary>How many sessions run at once, each on its own thread.</summary>
    /// <value>The default is 1.</value>
    public int Jobs { get; set; } = 1;

    /// <summary>
    /// The wall-clock budget of one session. A session that overruns it ends as <see cref="SessionEnd.Error"/> at the
    /// next agent call (see <see cref="TournamentRunner"/>); it does not change the normalised time of any move.
    /// </summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many finished sessions are handed to the sink at once (a store commits each batch in one transaction).</summary>
    /// <value>The default is 256.</value>
    public int BatchSize { get; set; } = 256;

    /// <summary>Whether each session's trace is kept (as JSON Lines, see <see cref="Trace.WriteJsonLines"/>).</summary>
    /// <value>The default is false.</value>
    public bool KeepTraces { get; set; }

    /// <summary>The clock of the session watchdog.</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The largest number of sessions a tournament may plan.</summary>
    public const int MaxSessions = 100_000_000;

    internal void Validate()
    {
        var errors = new List<string>();
        if (Rounds < 1)
        {
            errors.Add($"Rounds must be at least 1, not {Rounds}.");
        }

        if (Repetitions < 1)
        {
            errors.Add($"Repetitions must be at least 1, not {Repetitions}.");
        }

        if (Jobs < 1 || Jobs > 1024)
        {
            errors.Add($"Jobs must be in range [1-1024], not {Jobs}.");
        }

        if (SessionTimeout <= TimeSpan.Zero)
        {
            errors.Add($"SessionTimeout must be positive, not {SessionTimeout}.");
        }

        if (BatchSize < 1)
        {
            errors.Add($"BatchSize must be at least 1, not {BatchSize}.");
        }

        if (TimeProvider is null)
        {
            errors.Add("TimeProvider must not be null.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid tournament options: " + string.Join(" ", errors));
        }
    }
}
