using Winset.Model;

namespace Winset.Negotiation.Agents.Bidding;

/// <summary>
/// Time-dependent tactics (Faratin, Sierra &amp; Jennings 1998): at normalised time t the agent offers the outcome
/// with the lowest utility ≥ target(t) = P_min + (P_max − P_min)·(1 − F(t)), F(t) = k + (1 − k)·t^(1/e).
/// </summary>
/// <remarks>
/// <para><b>Convention for e</b> (Faratin's, also GENIUS's <c>TimeDependent_Offering</c>): e &lt; 1 is Boulware
/// (holds firm, concedes near the deadline; the preset uses 0.2), e = 1 is Linear, e &gt; 1 is Conceder (concedes
/// early; the preset uses 2). k ∈ [0, 1] is the initial concession (target(0) = P_max − k·(P_max − P_min)).</para>
/// <para>P_max is the party's highest utility and P_min = max(reservation value, lowest utility), capped at P_max.
/// With an offer selector the selector picks among the outcomes meeting the target instead.</para>
/// <para>Per turn: one <see cref="Math.Pow(double, double)"/> and one binary search; no allocation.</para>
/// </remarks>
public sealed class TimeDependentBidding : BiddingStrategy
{
    /// <summary>A time-dependent tactic with concession exponent e &gt; 0 and initial concession k ∈ [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">e is not positive and finite, or k is outside [0, 1].</exception>
    public TimeDependentBidding(double e, double k = 0)
    {
        if (!(e > 0) || !double.IsFinite(e))
        {
            throw new ArgumentOutOfRangeException(nameof(e), e, "The concession exponent e must be positive and finite.");
        }

        if (!(k >= 0 && k <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "Value should be in range [0-1]");
        }

        E = e;
        K = k;
    }

    /// <summary>The concession exponent e (&lt; 1 Boulware, 1 Linear, &gt; 1 Conceder).</summary>
    public double E { get; }

    /// <summary>The initial concession k.</summary>
    public double K { get; }

    /// <summary>target(t) = P_min + (P_max − P_min)·(1 − (k + (1 − k)·t^(1/e))), with t clamped to [0, 1].</summary>
    public static double Target(double time, double pMin, double pMax, double e, double k = 0)
    {
        double t = Math.Clamp(time, 0.0, 1.0);
        double f = k + ((1 - k) * (e == 1.0 ? t : Math.Pow(t, 1.0 / e)));
        return pMin + ((pMax - pMin) * (1 - f));
    }

    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        new State(context, E, K, selector);

    /// <inheritdoc/>
    public override string Describe() => $"TimeDependent(e={Value.FormatNumber(E)}, k={Value.FormatNumber(K)})";

    private sealed class State : IBiddingStrategy
    {
        private readonly SessionView _view;
        private readonly SortedUtilityIndex _index;
        private readonly IOfferSelector? _selector;
        private readonly double _pMin;
        private readonly double _range;
        private readonly double _k;
        private readonly double _inverseE;

        public State(SessionContext context, double e, double k, IOfferSelector? selector)
        {
            _view = context.Session;
            _index = context.SortedIndex;
            _selector = selector;
            _pMin = context.FloorUtility;
            _range = _index.MaxUtility - _pMin;
            _k = k;
            _inverseE = 1.0 / e;
        }

        public Bid NextBid()
        {
            double t = _view.Time;
            double f = _k + ((1 - _k) * (_inverseE == 1.0 ? t : Math.Pow(t, _inverseE)));
            double target = _pMin + (_range * (1 - f));
            int rank = _selector?.SelectRank(target) ?? _index.RankOfLowestAtLeast(target);
            return Bid.Offer(_index.OutcomeAt(rank < 0 ? 0 : rank));
        }
    }
}
