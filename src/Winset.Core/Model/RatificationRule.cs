using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>
/// How a party's constituencies ratify a deal: a tree of weighted votes with a quota, all-of, any-of and veto nodes,
/// whose leaves are constituencies (by their position in the party's list).
/// </summary>
/// <remarks>
/// Evaluation (<see cref="Passes"/>) takes, for every constituency, whether it approves the deal and its current
/// mobilisation, so that the same rule serves every time step and every Monte Carlo draw. Immutable.
/// </remarks>
public abstract record RatificationRule
{
    /// <summary>True when the rule ratifies, given each constituency's approval and mobilisation.</summary>
    public abstract bool Passes(ReadOnlySpan<bool> approves, ReadOnlySpan<double> mobilisation);

    /// <summary>Every constituency the rule mentions (positions), in order of first mention.</summary>
    public IEnumerable<int> Constituencies() => Leaves().Distinct();

    protected internal abstract IEnumerable<int> Leaves();

    /// <summary>A rule with no constituencies at home: everything the negotiator signs is ratified.</summary>
    public static RatificationRule Always { get; } = new AllOfRule([]);
}

/// <summary>
/// Passes when the approving constituencies' mobilised weight Σ wᵢ·mᵢ reaches the quota's share of the mobilised
/// total: Σ_approving wᵢmᵢ ≥ Quota · (Σ wᵢmᵢ / Σ wᵢ). With everyone fully mobilised this is the textbook
/// weighted vote Σ_approving wᵢ ≥ Quota.
/// </summary>
/// <remarks>Weights come from the constituencies. Quota must be in (0, Σ wᵢ]. If nobody is mobilised, the vote fails.</remarks>
public sealed record WeightedVoteRule : RatificationRule
{
    public WeightedVoteRule(double quota, ImmutableArray<int> members, ImmutableArray<double> weights)
    {
        if (members.Length != weights.Length)
        {
            throw new ArgumentException("One weight per member is needed.", nameof(weights));
        }

        double total = weights.Sum();
        if (!(quota > 0) || quota > total * (1 + 1e-12))
        {
            throw new ArgumentOutOfRangeException(nameof(quota), quota, $"The quota must be in (0, {total}], the total weight.");
        }

        Quota = quota;
        Members = members;
        Weights = weights;
        TotalWeight = total;
    }

    public double Quota { get; }

    /// <summary>Constituency positions voting in this node.</summary>
    public ImmutableArray<int> Members { get; }

    /// <summary>Each member's nominal weight.</summary>
    public ImmutableArray<double> Weights { get; }

    public double TotalWeight { get; }

    public override bool Passes(ReadOnlySpan<bool> approves, ReadOnlySpan<double> mobilisation)
    {
        double yes = 0, mobilised = 0;
        for (int i = 0; i < Members.Length; i++)
        {
            double w = Weights[i] * mobilisation[Members[i]];
            mobilised += w;
            if (approves[Members[i]])
            {
                yes += w;
            }
        }

        return mobilised > 0 && yes >= Quota * (mobilised / TotalWeight) * (1 - 1e-12);
    }

    protected internal override IEnumerable<int> Leaves() => Members;

    public bool Equals(WeightedVoteRule? other) =>
        other is not null && Quota == other.Quota && Members.SequenceEqual(other.Members) && Weights.SequenceEqual(other.Weights);

    public override int GetHashCode() => HashCode.Combine(Quota, Members.Length);
}

/// <summary>Passes when every child passes (an empty all-of passes).</summary>
public sealed record AllOfRule(ImmutableArray<RatificationRule> Children) : RatificationRule
{
    public override bool Passes(ReadOnlySpan<bool> approves, ReadOnlySpan<double> mobilisation)
    {
        foreach (RatificationRule c in Children)
        {
            if (!c.Passes(approves, mobilisation))
            {
                return false;
            }
        }

        return true;
    }

    protected internal override IEnumerable<int> Leaves() => Children.SelectMany(c => c.Leaves());

    public bool Equals(AllOfRule? other) => other is not null && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => Children.Length;
}

/// <summary>Passes when some child passes (an empty any-of fails).</summary>
public sealed record AnyOfRule(ImmutableArray<RatificationRule> Children) : RatificationRule
{
    public override bool Passes(ReadOnlySpan<bool> approves, ReadOnlySpan<double> mobilisation)
    {
        foreach (RatificationRule c in Children)
        {
            if (c.Passes(approves, mobilisation))
            {
                return true;
            }
        }

        return false;
    }

    protected internal override IEnumerable<int> Leaves() => Children.SelectMany(c => c.Leaves());

    public bool Equals(AnyOfRule? other) => other is not null && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => Children.Length;
}

/// <summary>A single constituency's approval (inside all-of / any-of). Absent (mobilisation 0) means it does not block.</summary>
public sealed record ConstituencyRule(int Constituency) : RatificationRule
{
    public override bool Passes(ReadOnlySpan<bool> approves, ReadOnlySpan<double> mobilisation) =>
        approves[Constituency] || mobilisation[Constituency] <= 0;

    protected internal override IEnumerable<int> Leaves() => [Constituency];
}

/// <summary>
/// A veto player: passes when <see cref="Holder"/> approves (or is absent) and <see cref="Rule"/> passes —
/// e.g. the Treasury's voice over the cabinet's decision.
/// </summary>
public sealed record VetoRule(int Holder, RatificationRule Rule) : RatificationRule
{
    public override bool Passes(ReadOnlySpan<bool> approves, ReadOnlySpan<double> mobilisation) =>
        (approves[Holder] || mobilisation[Holder] <= 0) && Rule.Passes(approves, mobilisation);

    protected internal override IEnumerable<int> Leaves() => Rule.Leaves().Prepend(Holder);
}
