using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>
/// Everything about one negotiation in one value: the outcome space and the parties with their profiles.
/// Later layers add constituencies, ratification rules and a timeline.
/// </summary>
public sealed record Scenario
{
    public Scenario(string name, OutcomeSpace space, IEnumerable<Party> parties, string? description = null)
    {
        Name = name ?? string.Empty;
        Space = space ?? throw new ArgumentNullException(nameof(space));
        Parties = [.. parties];
        Description = description;
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

        if (Parties.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != Parties.Length)
        {
            throw new ArgumentException("Two parties have the same name.", nameof(parties));
        }
    }

    public string Name { get; }

    public string? Description { get; }

    public OutcomeSpace Space { get; }

    public ImmutableArray<Party> Parties { get; }
}
