using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>
/// Everything about one negotiation in one value: the outcome space, the parties with their profiles, their
/// constituencies and ratification rules, and the timeline.
/// </summary>
public sealed record Scenario
{
    public Scenario(string name, OutcomeSpace space, IEnumerable<Party> parties, string? description = null, Timeline? timeline = null, IEnumerable<ScriptedMove>? moves = null)
    {
        Name = name ?? string.Empty;
        Space = space ?? throw new ArgumentNullException(nameof(space));
        Parties = [.. parties];
        Description = description;
        Timeline = timeline;
        Moves = [.. moves ?? []];
        foreach (ScriptedMove m in Moves)
        {
            if (m.Sender < 0 || m.Sender >= Parties.Length)
            {
                throw new ArgumentException($"Move '{m.Label}' is sent by party {m.Sender}, which does not exist.", nameof(moves));
            }
        }
        if (Parties.Length < 1)
        {
            throw new ArgumentException("A scenario needs at least one party.", nameof(parties));
        }

        foreach (Party p in Parties)
        {
            if (!ReferenceEquals(p.Profile.Space, space))
            {
                throw new ArgumentException($"Party '{p.Name}' has a profile over another outcome space.", nameof(parties));
            }
        }

        foreach (TimelineEvent e in timeline?.Events ?? [])
        {
            foreach (StateChange c in e.Changes)
            {
                CheckTarget(e, c.Party, c.Constituency, c.Target != ChangeTarget.Reservation);
            }

            if (e.Disclosure is { } d)
            {
                CheckTarget(e, d.Party, null, false);
            }
        }

        if (Parties.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != Parties.Length)
        {
            throw new ArgumentException("Two parties have the same name.", nameof(parties));
        }
    }

    private void CheckTarget(TimelineEvent e, int party, int? constituency, bool needsConstituency)
    {
        if (party < 0 || party >= Parties.Length)
        {
            throw new ArgumentException($"Event '{e.Label}' refers to party {party}, which does not exist.");
        }

        if (needsConstituency && (constituency is not { } k || k < 0 || k >= Parties[party].Constituencies.Length))
        {
            throw new ArgumentException($"Event '{e.Label}' needs a constituency of party '{Parties[party].Name}'.");
        }
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The deadline and events, when the scenario has a timeline.</summary>
    public Timeline? Timeline { get; }

    /// <summary>Recorded or hypothetical moves to examine (e.g. a historical exchange), in order.</summary>
    public ImmutableArray<ScriptedMove> Moves { get; }

    /// <summary>True when some party has constituencies (a two-level game).</summary>
    public bool HasLevelTwo => Parties.Any(p => p.HasLevelTwo);

    public OutcomeSpace Space { get; }

    public ImmutableArray<Party> Parties { get; }
}
