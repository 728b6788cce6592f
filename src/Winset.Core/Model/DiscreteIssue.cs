using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>An issue with named options, in the order given.</summary>
/// <remarks>
/// Duplicate option names are kept, because GENIUS keeps them and counts outcomes with them
/// (ANAC2012 FlightBooking lists <c>Sep4_2011</c> twice); <c>IndexOf</c> returns the first.
/// </remarks>
public sealed record DiscreteIssue : Issue
{
    private readonly Dictionary<string, int> _index;

    public DiscreteIssue(string name, IEnumerable<string> values)
        : base(name)
    {
        Options = [.. values];
        if (Options.IsEmpty)
        {
            throw new ArgumentException($"Issue '{name}' needs at least one value.", nameof(values));
        }

        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Options.Length; i++)
        {
            _index.TryAdd(Options[i], i);
        }
    }

    /// <summary>The option names in order.</summary>
    public ImmutableArray<string> Options { get; }

    public override IssueKind Kind => IssueKind.Discrete;

    public override int Count => Options.Length;

    /// <summary>True when some option name appears more than once.</summary>
    public bool HasDuplicates => _index.Count != Options.Length;

    public override Value ValueAt(int index) => Value.Of(Options[index]);

    public override int IndexOf(Value value) =>
        value.Text is { } t && _index.TryGetValue(t, out int i) ? i : -1;

    /// <summary>The index of an option name, or −1.</summary>
    public int IndexOf(string option) => _index.TryGetValue(option, out int i) ? i : -1;

    public bool Equals(DiscreteIssue? other) =>
        other is not null && Name == other.Name && Options.SequenceEqual(other.Options);

    public override int GetHashCode() => HashCode.Combine(Name, Options.Length);
}
