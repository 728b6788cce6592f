using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>
/// The clock of a scenario: a deadline in rounds, optionally a calendar (a start date and days per round, so that
/// dates map to rounds), and the events that happen along the way.
/// </summary>
/// <remarks>
/// Rounds are numbered 1..<see cref="Rounds"/>. With a calendar, round r covers the days
/// [Start + (r−1)·StepDays, Start + r·StepDays), so a date d falls in round 1 + ⌊(d − Start)/StepDays⌋ and the
/// deadline is the last day of round <see cref="Rounds"/>. An event takes effect at the start of its round and
/// lasts until another event changes the same thing. Immutable.
/// </remarks>
public sealed record Timeline
{
    public Timeline(int rounds, IEnumerable<TimelineEvent>? events = null, DateOnly? start = null, int stepDays = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepDays, 1);
        Rounds = rounds;
        Start = start;
        StepDays = stepDays;
        Events = [.. (events ?? []).OrderBy(e => e.Round)];
        foreach (TimelineEvent e in Events)
        {
            if (e.Round < 1 || e.Round > rounds)
            {
                throw new ArgumentOutOfRangeException(nameof(events), e.Round, $"Event '{e.Label}' is in round {e.Round}, outside 1..{rounds}.");
            }
        }
    }

    /// <summary>The deadline, in rounds.</summary>
    public int Rounds { get; }

    /// <summary>The first day of round 1, when the timeline has a calendar.</summary>
    public DateOnly? Start { get; }

    /// <summary>Days per round (with a calendar).</summary>
    public int StepDays { get; }

    /// <summary>The events, in round order (stable for equal rounds: file order).</summary>
    public ImmutableArray<TimelineEvent> Events { get; }

    /// <summary>The last day of the last round, when there is a calendar.</summary>
    public DateOnly? Deadline => Start?.AddDays((Rounds * StepDays) - 1);

    /// <summary>The round a date falls in (may be outside 1..Rounds), or null without a calendar.</summary>
    public int? RoundOf(DateOnly date) =>
        Start is { } s ? 1 + (int)Math.Floor((date.DayNumber - s.DayNumber) / (double)StepDays) : null;

    /// <summary>The first day of a round, or null without a calendar.</summary>
    public DateOnly? DateOf(int round) => Start?.AddDays((round - 1) * StepDays);

    /// <summary>Normalised time t ∈ [0, 1] at the start of a round: (round − 1)/Rounds.</summary>
    public double TimeOf(int round) => (round - 1) / (double)Rounds;

    public bool Equals(Timeline? other) =>
        other is not null && Rounds == other.Rounds && Start == other.Start && StepDays == other.StepDays && Events.SequenceEqual(other.Events);

    public override int GetHashCode() => HashCode.Combine(Rounds, Start, StepDays, Events.Length);
}

/// <summary>What an event changes.</summary>
public enum ChangeTarget
{
    /// <summary>A constituency's mobilisation, clamped to [0, 1].</summary>
    Mobilisation,

    /// <summary>A constituency's approval threshold.</summary>
    Threshold,

    /// <summary>A party's reservation value (utility of no deal).</summary>
    Reservation,
}

/// <summary>
/// One change an event makes: set (or, with <see cref="Relative"/>, add to) a party's reservation value or a
/// constituency's threshold or mobilisation.
/// </summary>
public sealed record StateChange(int Party, int? Constituency, ChangeTarget Target, double Value, bool Relative = false);

/// <summary>
/// A disclosure: the offer is made public at home in <see cref="Party"/>, and every constituency of that party that
/// loses by it (its utility of the offer is below its threshold) mobilises to <see cref="Mobilisation"/>.
/// </summary>
/// <param name="Party">The party whose home front hears the offer.</param>
/// <param name="Offer">The offer disclosed; null means the standing offer at the table (in a session), or the
/// best deal of the moment (in a deal-window analysis, which has no table).</param>
/// <param name="Mobilisation">The mobilisation the losers reach.</param>
public sealed record Disclosure(int Party, Outcome? Offer, double Mobilisation = 1.0);

/// <summary>
/// Something that happens at a round: a labelled set of changes and/or a disclosure, which happens with
/// <see cref="Probability"/> (1 = certainly). Probabilistic events are drawn once per Monte Carlo run.
/// </summary>
public sealed record TimelineEvent
{
    public TimelineEvent(int round, string label, IEnumerable<StateChange>? changes = null, Disclosure? disclosure = null, double probability = 1, DateOnly? date = null, string? kind = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "Value should be in range [0-1].");
        }

        Round = round;
        Label = label;
        Changes = [.. changes ?? []];
        Disclosure = disclosure;
        Probability = probability;
        Date = date;
        Kind = kind;
    }

    public int Round { get; }

    public string Label { get; }

    public ImmutableArray<StateChange> Changes { get; }

    public Disclosure? Disclosure { get; }

    public double Probability { get; }

    /// <summary>The calendar date the file gave, if any (informative: <see cref="Round"/> is what counts).</summary>
    public DateOnly? Date { get; }

    /// <summary>A free label for the kind of event (shock, mobilise, disclose...), for reports.</summary>
    public string? Kind { get; }

    public bool Equals(TimelineEvent? other) =>
        other is not null && Round == other.Round && Label == other.Label && Changes.SequenceEqual(other.Changes)
        && Equals(Disclosure, other.Disclosure) && Probability == other.Probability && Date == other.Date && Kind == other.Kind;

    public override int GetHashCode() => HashCode.Combine(Round, Label, Changes.Length, Probability);
}
