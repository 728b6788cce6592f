using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;

namespace Winset.Core.Tests.Negotiation;

/// <summary>Small hand-made scenarios and scripted agents for the negotiation tests.</summary>
internal static class NegotiationFixtures
{
    /// <summary>One issue whose value i is worth utilities[p][i] to party p (weight 1, linear-additive).</summary>
    public static Scenario OneIssue(double[][] utilities, double[]? reservations = null)
    {
        int k = utilities[0].Length;
        var space = new OutcomeSpace("tiny", [new DiscreteIssue("issue", Enumerable.Range(1, k).Select(i => "v" + i))]);
        var parties = new Party[utilities.Length];
        for (int p = 0; p < parties.Length; p++)
        {
            string name = "party" + (p + 1);
            parties[p] = new Party(name, new LinearAdditiveProfile(
                name, space, [1.0], [new DiscreteEvaluator([.. utilities[p]])], reservations?[p] ?? 0));
        }

        return new Scenario("tiny", space, parties);
    }

    public static SessionOptions Rounds(int rounds, int seed = 0) => new() { Rounds = rounds, Seed = seed };

    public static Agent Scripted(string name, params int[] offers) =>
        new(name, new ScriptedBidding(offers), new NeverAccept());

    public static Agent Preset(string name) => AgentPresets.Create(name);

    /// <summary>The moves of one party, in order.</summary>
    public static List<Move> MovesOf(Trace trace, int party) => trace.Moves.ToArray().Where(m => m.Party == party).ToList();
}

/// <summary>Offers the given outcomes in turn, repeating the last one; a negative entry means walk away.</summary>
internal sealed class ScriptedBidding(int[] offers) : BiddingStrategy
{
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) => new State(offers);

    public override string Describe() => "Scripted";

    private sealed class State(int[] offers) : IBiddingStrategy
    {
        private int _next;

        public Bid NextBid()
        {
            int o = offers[Math.Min(_next++, offers.Length - 1)];
            return o < 0 ? Bid.WalkAway : Bid.Offer(o);
        }
    }
}

/// <summary>Rejects everything.</summary>
internal sealed class NeverAccept : AcceptanceStrategy
{
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) => new State();

    public override string Describe() => "Never";

    private sealed class State : IAcceptanceStrategy
    {
        public Decision Decide(Winset.Model.OutcomeIndex offer, Bid planned) => Decision.Reject;
    }
}

/// <summary>Always answers the same decision.</summary>
internal sealed class FixedDecision(Decision decision) : AcceptanceStrategy
{
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) => new State(decision);

    public override string Describe() => decision.ToString();

    private sealed class State(Decision decision) : IAcceptanceStrategy
    {
        public Decision Decide(Winset.Model.OutcomeIndex offer, Bid planned) => decision;
    }
}

/// <summary>Where a faulty agent fails.</summary>
public enum FaultAt
{
    Start,
    Bid,
    Accept,
    Model,
    NoOffer,
    OutOfRange,
}

/// <summary>A bidding strategy, acceptance strategy and model that fail at a chosen point (on its second turn).</summary>
internal sealed class Faulty(FaultAt where) : BiddingStrategy
{
    public const string Message = "boom from the faulty agent";

    public static Agent Agent(FaultAt where) =>
        new("faulty", new Faulty(where), new FaultyAcceptance(where), where == FaultAt.Model ? new FaultyModel() : null);

    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        where == FaultAt.Start ? throw new InvalidOperationException(Message) : new State(where);

    public override string Describe() => "Faulty";

    private sealed class State(FaultAt where) : IBiddingStrategy
    {
        private int _turn;

        public Bid NextBid()
        {
            _turn++;
            return _turn < 2 ? Bid.Offer(0) : where switch
            {
                FaultAt.Bid => throw new InvalidOperationException(Message),
                FaultAt.NoOffer => default,
                FaultAt.OutOfRange => Bid.Offer(1_000_000),
                _ => Bid.Offer(0),
            };
        }
    }

    private sealed class FaultyAcceptance(FaultAt where) : AcceptanceStrategy
    {
        public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) => new State(where);

        public override string Describe() => "Faulty";

        private sealed class State(FaultAt where) : IAcceptanceStrategy
        {
            public Decision Decide(Winset.Model.OutcomeIndex offer, Bid planned) =>
                where == FaultAt.Accept ? throw new InvalidOperationException(Message) : Decision.Reject;
        }
    }

    private sealed class FaultyModel : OpponentModel
    {
        public override IOpponentModel Start(SessionContext context) => new State();

        public override string Describe() => "Faulty";

        private sealed class State : IOpponentModel
        {
            public void Update(int party, Winset.Model.OutcomeIndex offer) => throw new InvalidOperationException(Message);

            public double EstimatedUtility(int party, Winset.Model.OutcomeIndex outcome) => 0;
        }
    }
}
