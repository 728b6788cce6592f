using Winset.Diagnostics;

namespace Winset.Model;

/// <summary>
/// A side's preferences over an <see cref="OutcomeSpace"/>: the utility of each outcome, the reservation value
/// (utility of no deal) and a discount factor d applied as u·d^t on normalised time t ∈ [0, 1].
/// </summary>
/// <remarks>Immutable and thread-safe. Subclasses define <see cref="Utility(ReadOnlySpan{int})"/>.</remarks>
public abstract class Profile
{
    protected Profile(string name, OutcomeSpace space, double reservationValue, double discountFactor)
    {
        ArgumentNullException.ThrowIfNull(space);
        Preconditions.CheckArgument(double.IsFinite(reservationValue), nameof(reservationValue), "The reservation value must be finite.");
        Preconditions.CheckArgumentRange(nameof(discountFactor), discountFactor, double.Epsilon, 1.0);
        Name = name ?? string.Empty;
        Space = space;
        ReservationValue = reservationValue;
        DiscountFactor = discountFactor;
    }

    /// <summary>The profile's name (often the file it came from).</summary>
    public string Name { get; }

    /// <summary>The outcome space this profile rates.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The utility of no agreement, undiscounted. 0 when a file gives none.</summary>
    public double ReservationValue { get; }

    /// <summary>The discount factor d in (0, 1]; 1 means no discounting.</summary>
    public double DiscountFactor { get; }

    /// <summary>The utility of an outcome given by its value indices.</summary>
    public abstract double Utility(ReadOnlySpan<int> valueIndices);

    /// <summary>The utility of an outcome.</summary>
    public double Utility(Outcome outcome) => Utility(outcome.ValueIndices.AsSpan());

    /// <summary>The utility of every outcome of an enumerable space, indexed by <see cref="OutcomeIndex"/>.</summary>
    /// <exception cref="InputException">The space is too large to enumerate.</exception>
    public virtual double[] ComputeUtilities()
    {
        int n = Space.Count;
        var result = new double[n];
        Span<int> values = stackalloc int[Space.Issues.Length];
        for (int i = 0; i < n; i++)
        {
            Space.Decode(new OutcomeIndex(i), values);
            result[i] = Utility(values);
        }

        return result;
    }

    /// <summary>u·d^t, with t clamped to [0, 1] as GENIUS does.</summary>
    public double Discount(double utility, double normalisedTime) =>
        DiscountFactor == 1.0 ? utility : utility * Math.Pow(DiscountFactor, Math.Clamp(normalisedTime, 0.0, 1.0));

    /// <summary>The reservation value discounted to time t.</summary>
    public double ReservationAt(double normalisedTime) => Discount(ReservationValue, normalisedTime);

    /// <summary>A copy with another reservation value.</summary>
    public abstract Profile WithReservationValue(double reservationValue);
}
