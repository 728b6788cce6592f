using Winset.Model;

namespace Winset.Negotiation.Agents.Bidding;

/// <summary>
/// An aspiration agent after NegMAS's <c>AspirationNegotiator</c>: its aspiration falls as a polynomial of time,
/// asp(t) = P_min + (P_max − P_min)·(1 − t^e), and it offers the outcome with the lowest utility ≥ asp(t) (or, when
/// stochastic, one drawn uniformly among those between asp(t) and P_max).
/// </summary>
/// <remarks>
/// <b>Convention for e</b> (NegMAS's, the inverse of Faratin's): e &gt; 1 is Boulware (NegMAS's "boulware" is 4,
/// the preset's default), e = 1 Linear, e &lt; 1 Conceder (NegMAS's "conceder" is 0.25). P_min and P_max are as in
/// <see cref="TimeDependentBidding"/>.
/// </remarks>
public sealed class AspirationBidding : BiddingStrategy
{
    /// <summary>An aspiration curve with exponent e &gt; 0, deterministic or stochastic.</summary>
    /// <exception cref="ArgumentOutOfRangeException">e is not positive and finite.</exception>
    public AspirationBidding(double e = 4.0, bool stochastic = false)
    {
        if (!(e > 0) || !double.IsFinite(e))
        {
            throw new ArgumentOutOfRangeException(nameof(e), e, "The aspiration exponent e must be positive and finite.");
        }

        E = e;
        Stochastic = stochastic;
    }

    /// <summary>The aspiration exponent.</summary>
    public double E { get; }

    /// <summary>True to draw the offer among the outcomes between the aspiration and the best.</summary>
    public bool Stochastic { get; }

    /// <summary>asp(t) = P_min + (P_max − P_min)·(1 − t^e), with t clamped to [0, 1].</summary>
    public static double Aspiration(double time, double pMin, double pMax, double e) =>
        pMin + ((pMax - pMin) * (1 - Math.Pow(Math.Clamp(time, 0.0, 1.0), e)));

    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        new State(context, E, Stochastic);

    /// <inheritdoc/>
    public override string Describe() => $"Aspiration(e={Value.FormatNumber(E)}{(Stochastic ? ", stochastic" : string.Empty)})";

    private sealed class State(SessionContext context, double e, bool stochastic) : IBiddingStrategy
    {
        private readonly SessionView _view = context.Session;
        private readonly SortedUtilityIndex _index = context.SortedIndex;
        private readonly Random _random = context.Random;
        private readonly double _pMin = context.FloorUtility;

        public Bid NextBid()
        {
            double asp = Aspiration(_view.Time, _pMin, _index.MaxUtility, e);
            int count = _index.CountAtLeast(asp);
            if (count == 0)
            {
                return Bid.Offer(_index.OutcomeAt(0));
            }

            return Bid.Offer(_index.OutcomeAt(stochastic ? _random.Next(count) : count - 1));
        }
    }
}
