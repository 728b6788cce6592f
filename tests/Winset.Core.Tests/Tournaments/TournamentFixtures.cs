using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Tournaments;

namespace Winset.Core.Tests.Tournaments;

/// <summary>Small generated scenarios and faulty agents for the tournament tests.</summary>
internal static class TournamentFixtures
{
    public static TournamentScenario Scenario(int seed, int parties = 2, int issues = 3, int values = 5, double maxReservation = 0.3) =>
        TournamentScenario.Create(ScenarioGenerator.LinearAdditive(seed, parties, issues, values, maxReservation), name: $"gen{seed}-{parties}p");

    public static Agent[] Presets(params string[] names) => [.. names.Select(AgentPresets.Create)];

    public static TournamentPlan Plan(TournamentScenario[] scenarios, Agent[] agents, int reps = 2, int rounds = 200, int seed = 7, int jobs = 1, int batch = 16) =>
        TournamentPlan.Create(scenarios, agents, new TournamentOptions
        {
            Repetitions = reps,
            Rounds = rounds,
            Seed = seed,
            Jobs = jobs,
            BatchSize = batch,
        });

    /// <summary>A linear conceder whose bidding throws in round <paramref name="round"/>.</summary>
    public static Agent Throwing(string name = "thrower", int round = 3) =>
        new(name, new ThrowingBidding(AgentPresets.Create("linear").Bidding, round), AcceptanceStrategy.Next);

    /// <summary>A linear conceder that sleeps <paramref name="milliseconds"/> at every bid.</summary>
    public static Agent Slow(string name = "sleeper", int milliseconds = 20) =>
        new(name, new SleepingBidding(AgentPresets.Create("linear").Bidding, milliseconds), AcceptanceStrategy.Next);

    private sealed class ThrowingBidding(BiddingStrategy inner, int round) : BiddingStrategy
    {
        public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
            new State(inner.Start(context, model, selector), context, round);

        public override string Describe() => "Throwing";

        private sealed class State(IBiddingStrategy inner, SessionContext context, int round) : IBiddingStrategy
        {
            public Bid NextBid() => context.Session.Round >= round
                ? throw new InvalidOperationException("deliberate failure")
                : inner.NextBid();
        }
    }

    private sealed class SleepingBidding(BiddingStrategy inner, int milliseconds) : BiddingStrategy
    {
        public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
            new State(inner.Start(context, model, selector), milliseconds);

        public override string Describe() => "Sleeping";

        private sealed class State(IBiddingStrategy inner, int milliseconds) : IBiddingStrategy
        {
            public Bid NextBid()
            {
                Thread.Sleep(milliseconds);
                return inner.NextBid();
            }
        }
    }
}
