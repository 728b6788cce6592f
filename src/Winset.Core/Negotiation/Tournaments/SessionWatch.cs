using System.Globalization;
using Winset.Model;
using Winset.Negotiation.Agents;

namespace Winset.Negotiation.Tournaments;

/// <summary>
/// One worker's session clock: the watchdog marks it expired when the session in progress has overrun its budget,
/// and the guarded agent parts (<see cref="Guard"/>) throw at their next call, which the engine records as the
/// agent's fault. A volatile flag is all the hot loop reads, so guarding costs about a nanosecond per call.
/// </summary>
/// <remarks>Owned by one worker; the watchdog thread only reads the start time and sets the flag.</remarks>
internal sealed class SessionWatch(TimeSpan budget)
{
    private long _startedAt;
    private volatile bool _running;
    private volatile bool _expired;

    public TimeSpan Budget { get; } = budget;

    public void Begin(long timestamp)
    {
        _expired = false;
        Volatile.Write(ref _startedAt, timestamp);
        _running = true;
    }

    public void End() => _running = false;

    /// <summary>Called by the watchdog: marks the session expired when it has run longer than the budget.</summary>
    public void Check(TimeProvider clock)
    {
        if (_running && clock.GetElapsedTime(Volatile.Read(ref _startedAt)) > Budget)
        {
            _expired = true;
        }
    }

    public void ThrowIfExpired()
    {
        if (_expired)
        {
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture, $"overran the session time budget of {Budget.TotalSeconds:0.###} s"));
        }
    }

    /// <summary>The agent with every part guarded by this watch (same name, same behaviour within the budget).</summary>
    public Agent Guard(Agent agent) => new(
        agent.Name,
        new GuardedBidding(agent.Bidding, this),
        new GuardedAcceptance(agent.Acceptance, this),
        agent.OpponentModel is { } m ? new GuardedModel(m, this) : null,
        agent.OfferSelector);

    private sealed class GuardedBidding(BiddingStrategy inner, SessionWatch watch) : BiddingStrategy
    {
        public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
            new State(inner.Start(context, model, selector), watch);

        public override string Describe() => inner.Describe();

        private sealed class State(IBiddingStrategy inner, SessionWatch watch) : IBiddingStrategy
        {
            public Bid OpeningBid()
            {
                Bid bid = inner.OpeningBid();
                watch.ThrowIfExpired();
                return bid;
            }

            public Bid NextBid()
            {
                Bid bid = inner.NextBid();
                watch.ThrowIfExpired();
                return bid;
            }

            public void OnOffer(int party, OutcomeIndex offer)
            {
                inner.OnOffer(party, offer);
                watch.ThrowIfExpired();
            }
        }
    }

    private sealed class GuardedAcceptance(AcceptanceStrategy inner, SessionWatch watch) : AcceptanceStrategy
    {
        public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) => new State(inner.Start(context, model), watch);

        public override string Describe() => inner.Describe();

        private sealed class State(IAcceptanceStrategy inner, SessionWatch watch) : IAcceptanceStrategy
        {
            public Decision Decide(OutcomeIndex offer, Bid planned)
            {
                Decision d = inner.Decide(offer, planned);
                watch.ThrowIfExpired();
                return d;
            }
        }
    }

    private sealed class GuardedModel(OpponentModel inner, SessionWatch watch) : OpponentModel
    {
        public override IOpponentModel Start(SessionContext context) => new State(inner.Start(context), watch);

        public override string Describe() => inner.Describe();

        private sealed class State(IOpponentModel inner, SessionWatch watch) : IOpponentModel
        {
            public void Update(int party, OutcomeIndex offer)
            {
                inner.Update(party, offer);
                watch.ThrowIfExpired();
            }

            public double EstimatedUtility(int party, OutcomeIndex outcome) => inner.EstimatedUtility(party, outcome);
        }
    }
}
