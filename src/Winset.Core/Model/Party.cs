using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>
/// A negotiator at the table (level I) and its preferences; with constituencies and a ratification rule when a deal
/// must also be approved at home (level II).
/// </summary>
/// <remarks>
/// Without constituencies the party's win-set is the whole space (its rule is <see cref="RatificationRule.Always"/>).
/// Constituency profiles must rate the same outcome space as the party's.
/// </remarks>
public sealed record Party
{
    public Party(string name, Profile profile, IEnumerable<Constituency>? constituencies = null, RatificationRule? ratification = null, CommunicationProfile? communication = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
        Communication = communication ?? CommunicationProfile.Default;
        Constituencies = [.. constituencies ?? []];
        if (Constituencies.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != Constituencies.Length)
        {
            throw new ArgumentException($"Party '{name}' has two constituencies with the same name.", nameof(constituencies));
        }

        foreach (Constituency c in Constituencies)
        {
            if (!ReferenceEquals(c.Profile.Space, profile.Space))
            {
                throw new ArgumentException($"Constituency '{c.Name}' of party '{name}' rates another outcome space.", nameof(constituencies));
            }
        }

        Ratification = ratification ?? (Constituencies.IsEmpty
            ? RatificationRule.Always
            : new AllOfRule([.. Enumerable.Range(0, Constituencies.Length).Select(k => (RatificationRule)new ConstituencyRule(k))]));
        foreach (int k in Ratification.Constituencies())
        {
            if (k < 0 || k >= Constituencies.Length)
            {
                throw new ArgumentException($"Party '{name}': the ratification rule refers to constituency {k}, which does not exist.", nameof(ratification));
            }
        }
    }

    public string Name { get; }

    public Profile Profile { get; }

    /// <summary>The groups at home whose approval the ratification rule counts.</summary>
    public ImmutableArray<Constituency> Constituencies { get; }

    /// <summary>How the constituencies ratify; by default, all of them must approve.</summary>
    public RatificationRule Ratification { get; }

    /// <summary>How the party communicates and hears (the neutral default when the scenario gives none).</summary>
    public CommunicationProfile Communication { get; }

    /// <summary>True when the party has a home front (level II).</summary>
    public bool HasLevelTwo => !Constituencies.IsEmpty;

    /// <summary>The position of a constituency by name, or −1.</summary>
    public int IndexOfConstituency(string name)
    {
        for (int k = 0; k < Constituencies.Length; k++)
        {
            if (Constituencies[k].Name == name)
            {
                return k;
            }
        }

        return -1;
    }

    public bool Equals(Party? other) =>
        other is not null && Name == other.Name && ReferenceEquals(Profile, other.Profile)
        && Constituencies.SequenceEqual(other.Constituencies) && Equals(Ratification, other.Ratification) && Communication == other.Communication;

    public override int GetHashCode() => HashCode.Combine(Name, Constituencies.Length);
}
