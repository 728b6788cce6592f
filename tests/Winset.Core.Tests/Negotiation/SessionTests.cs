using System.Text;
using System.Text.Json;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;

namespace Winset.Core.Tests.Negotiation;

public sealed class SessionTests
{
    private static readonly Scenario Random3 = ScenarioGenerator.LinearAdditive(5, parties: 3, issues: 3, valuesPerIssue: 5, maxReservationValue: 0.3);
    private static readonly Scenario Random2 = ScenarioGenerator.LinearAdditive(5, parties: 2, issues: 3, valuesPerIssue: 5, maxReservationValue: 0.3);

    private static string Jsonl(Trace trace)
    {
        var w = new StringWriter();
        trace.WriteJsonLines(w);
        return w.ToString();
    }

    [Theory]
    [InlineData("random", "random", "random")]
    [InlineData("nicetft", "micro", "aspiration")]
    [InlineData("boulware", "titfortat", "random")]
    public void Run_SameSeed_ByteIdenticalTrace(string a, string b, string c)
    {
        Agent[] agents = [AgentPresets.Create(a), AgentPresets.Create(b), AgentPresets.Create(c)];
        string first = Jsonl(Session.Run(Random3, agents, NegotiationFixtures.Rounds(60, seed: 42)).Trace);
        string second = Jsonl(Session.Run(Random3, agents, NegotiationFixtures.Rounds(60, seed: 42)).Trace);
        Encoding.UTF8.GetBytes(first).ShouldBe(Encoding.UTF8.GetBytes(second));
    }

    [Fact]
    public void Run_DifferentSeeds_RandomAgentsDiffer()
    {
        Agent[] agents = [AgentPresets.Create("random"), AgentPresets.Create("random")];
        string first = Jsonl(Session.Run(Random2, agents, NegotiationFixtures.Rounds(30, seed: 1)).Trace);
        string second = Jsonl(Session.Run(Random2, agents, NegotiationFixtures.Rounds(30, seed: 2)).Trace);
        first.ShouldNotBe(second);
    }

    [Fact]
    public void AgentSeed_DependsOnSessionSeedAndParty()
    {
        var seeds = new HashSet<int>();
        for (int s = 0; s < 50; s++)
        {
            for (int p = 0; p < 4; p++)
            {
                seeds.Add(Winset.Negotiation.Protocols.StackedAlternatingOffers.AgentSeed(s, p));
            }
        }

        seeds.Count.ShouldBe(200);
    }

    [Theory]
    [InlineData(FaultAt.Start)]
    [InlineData(FaultAt.Bid)]
    [InlineData(FaultAt.Accept)]
    [InlineData(FaultAt.Model)]
    public void Run_AgentThrows_EndsAsErrorNamingTheAgent(FaultAt where)
    {
        // Given a faulty agent as party 2 against a linear agent
        Agent[] agents = [AgentPresets.Create("linear"), Faulty.Agent(where)];

        // When it runs
        SessionOutcome outcome = Session.Run(Random2, agents, NegotiationFixtures.Rounds(20));

        // Then the session ends as an error naming the agent and its message, without agreement
        SessionResult r = outcome.Result;
        r.Ended.ShouldBe(SessionEnd.Error);
        r.ErringAgent.ShouldBe("faulty");
        r.ErringParty.ShouldBe(1);
        r.ErrorMessage.ShouldBe(Faulty.Message);
        r.Agreement.ShouldBeNull();
        outcome.Trace.Moves.ToArray().ShouldNotContain(m => m.Action == MoveAction.Accept && m.Party == 1);
        r.Utilities.ShouldBe([Random2.Parties[0].Profile.ReservationAt(r.Time), Random2.Parties[1].Profile.ReservationAt(r.Time)]);
    }

    [Fact]
    public void Run_NoOffer_EndsAsError()
    {
        SessionResult r = Session.Run(Random2, [AgentPresets.Create("hardliner"), Faulty.Agent(FaultAt.NoOffer)], NegotiationFixtures.Rounds(20)).Result;
        r.Ended.ShouldBe(SessionEnd.Error);
        r.ErringAgent.ShouldBe("faulty");
        r.ErrorMessage.ShouldBe(NegotiationErrorMessages.NoOffer);
    }

    [Fact]
    public void Run_OfferOutsideTheSpace_EndsAsError()
    {
        SessionResult r = Session.Run(Random2, [AgentPresets.Create("hardliner"), Faulty.Agent(FaultAt.OutOfRange)], NegotiationFixtures.Rounds(20)).Result;
        r.Ended.ShouldBe(SessionEnd.Error);
        r.ErrorMessage.ShouldBe(NegotiationErrorMessages.OfferOutOfRange(1_000_000, 125));
    }

    [Fact]
    public void Run_BidWalkAway_EndsAsWalkAway()
    {
        SessionOutcome o = Session.Run(Random2, [AgentPresets.Create("hardliner"), NegotiationFixtures.Scripted("quitter", 3, -1)], NegotiationFixtures.Rounds(20));
        o.Result.Ended.ShouldBe(SessionEnd.WalkAway);
        o.Trace.Count.ShouldBe(4);
        o.Trace[3].Action.ShouldBe(MoveAction.WalkAway);
        o.Trace[3].Party.ShouldBe(1);
        o.Result.Time.ShouldBe(3 / 40.0);
    }

    [Fact]
    public void Run_AcceptanceWalksAway_EndsAsWalkAway()
    {
        Agent quitter = new("quitter", new ScriptedBidding([0]), new FixedDecision(Decision.WalkAway));
        SessionOutcome o = Session.Run(Random2, [AgentPresets.Create("hardliner"), quitter], NegotiationFixtures.Rounds(20));
        o.Result.Ended.ShouldBe(SessionEnd.WalkAway);
        o.Trace.Count.ShouldBe(2);
    }

    [Fact]
    public void Run_ThreeParties_AgreementNeedsBothOthers()
    {
        // Party 1 offers outcome 7; party 2 accepts; party 3 counter-offers; ... every one accepts everything else
        Agent yes = new("yes", new ScriptedBidding([9]), new FixedDecision(Decision.Accept));
        Agent no = new("no", new ScriptedBidding([8]), new NeverAccept());
        SessionOutcome o = Session.Run(Random3, [NegotiationFixtures.Scripted("opener", 7), yes, no], NegotiationFixtures.Rounds(2));
        o.Result.Ended.ShouldBe(SessionEnd.Deadline);
        o.Trace[1].Action.ShouldBe(MoveAction.Accept);
        o.Trace[2].Action.ShouldBe(MoveAction.Offer);
        o.Trace[2].Outcome.ShouldBe(new OutcomeIndex(8));

        SessionOutcome agreed = Session.Run(Random3, [NegotiationFixtures.Scripted("opener", 7), yes, yes.WithName("yes2")], NegotiationFixtures.Rounds(2));
        agreed.Result.Ended.ShouldBe(SessionEnd.Agreement);
        agreed.Result.Agreement.ShouldBe(new OutcomeIndex(7));
        agreed.Result.Round.ShouldBe(1);
        agreed.Result.Time.ShouldBe(2 / 6.0);
    }

    [Fact]
    public void Run_WrongAgentCount_ThrowsInputException()
    {
        var e = Should.Throw<InputException>(() => Session.Run(Random3, [AgentPresets.Create("boulware"), AgentPresets.Create("conceder")], NegotiationFixtures.Rounds(10)));
        e.Message.ShouldBe(NegotiationErrorMessages.AgentCountMismatch(3, 2, "boulware, conceder"));
        e.Message.ShouldBe("The scenario has 3 parties but 2 agents were given (boulware, conceder); give one agent per party, in party order.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Run_NonPositiveRounds_ThrowsInputException(int rounds)
    {
        var e = Should.Throw<InputException>(() => Session.Run(Random2, [AgentPresets.Create("boulware"), AgentPresets.Create("conceder")], NegotiationFixtures.Rounds(rounds)));
        e.Message.ShouldBe(NegotiationErrorMessages.RoundsNotPositive(rounds));
    }

    [Fact]
    public void Run_NoDeadline_ThrowsInputException()
    {
        var e = Should.Throw<InputException>(() => Session.Run(Random2, [AgentPresets.Create("boulware"), AgentPresets.Create("conceder")], new SessionOptions()));
        e.Message.ShouldBe(NegotiationErrorMessages.NoDeadline);
    }

    [Fact]
    public void Run_TimeBudgetOnly_EndsWhenTheClockRunsOut_TimeIsElapsedOverBudget()
    {
        // Given a clock that advances 1 s each time it is read and a budget of 10 s
        var clock = new SteppingTimeProvider(TimeSpan.FromSeconds(1));
        var options = new SessionOptions { TimeBudget = TimeSpan.FromSeconds(10), TimeProvider = clock };

        // When hardliners play (never agreeing)
        SessionOutcome o = Session.Run(Random2, [AgentPresets.Create("hardliner"), AgentPresets.Create("hardliner")], options);

        // Then the session stops at the deadline; move i happened at t = (i + 1)/10
        o.Result.Ended.ShouldBe(SessionEnd.Deadline);
        o.Result.Time.ShouldBe(1.0);
        o.Trace.Count.ShouldBe(9);
        for (int i = 0; i < o.Trace.Count; i++)
        {
            o.Trace[i].Time.ShouldBe((i + 1) / 10.0, 1e-12);
        }
    }

    [Fact]
    public void Run_RoundsAndBudget_TimeIsTheLaterOfTheTwo()
    {
        var clock = new SteppingTimeProvider(TimeSpan.FromSeconds(1));
        var options = new SessionOptions { Rounds = 100, TimeBudget = TimeSpan.FromSeconds(10), TimeProvider = clock };
        SessionOutcome o = Session.Run(Random2, [AgentPresets.Create("hardliner"), AgentPresets.Create("hardliner")], options);
        o.Result.Ended.ShouldBe(SessionEnd.Deadline);
        o.Trace.Count.ShouldBe(9);
        o.Trace[0].Time.ShouldBe(0.1, 1e-12);
    }

    [Fact]
    public void Run_Agreement_UtilitiesAreDiscountedAtTheTimeOfAgreement()
    {
        Scenario discounted = NegotiationFixtures.OneIssue([[1.0, 0.5], [0.5, 1.0]]);
        discounted = new Scenario("d", discounted.Space, discounted.Parties.Select(p =>
        {
            var l = (LinearAdditiveProfile)p.Profile;
            return new Party(p.Name, new LinearAdditiveProfile(p.Name, discounted.Space, l.Weights, l.Evaluators, 0.25, 0.5));
        }));
        Agent yes = new("yes", new ScriptedBidding([1]), new FixedDecision(Decision.Accept));
        SessionResult r = Session.Run(discounted, [NegotiationFixtures.Scripted("a", 1, 0), yes], NegotiationFixtures.Rounds(4)).Result;
        r.Ended.ShouldBe(SessionEnd.Agreement);
        r.Time.ShouldBe(1 / 8.0);
        r.Utilities[0].ShouldBe(0.5 * Math.Pow(0.5, 1 / 8.0), 1e-15);
        r.Utilities[1].ShouldBe(1.0 * Math.Pow(0.5, 1 / 8.0), 1e-15);

        SessionResult none = Session.Run(discounted, [NegotiationFixtures.Scripted("a", 1), NegotiationFixtures.Scripted("b", 0)], NegotiationFixtures.Rounds(4)).Result;
        none.Ended.ShouldBe(SessionEnd.Deadline);
        none.Utilities.ShouldBe([0.25 * 0.5, 0.25 * 0.5]);
    }

    [Fact]
    public void Trace_Exports_JsonLinesAndCsv()
    {
        SessionOutcome o = Session.Run(Random2, [AgentPresets.Create("hardliner"), NegotiationFixtures.Scripted("quitter", 3, -1)], NegotiationFixtures.Rounds(20));
        string[] lines = Jsonl(o.Trace).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        using (JsonDocument first = JsonDocument.Parse(lines[0]))
        {
            JsonElement e = first.RootElement;
            e.GetProperty("round").GetInt32().ShouldBe(1);
            e.GetProperty("turn").GetInt32().ShouldBe(0);
            e.GetProperty("time").GetDouble().ShouldBe(0);
            e.GetProperty("party").GetInt32().ShouldBe(0);
            e.GetProperty("name").GetString().ShouldBe("party1");
            e.GetProperty("action").GetString().ShouldBe("offer");
            int outcome = e.GetProperty("outcome").GetInt32();
            e.GetProperty("utilities")[1].GetDouble().ShouldBe(o.Trace.Utilities(0)[1]);
            outcome.ShouldBe(o.Trace[0].Outcome!.Value.Value);
        }

        using (JsonDocument walk = JsonDocument.Parse(lines[3]))
        {
            walk.RootElement.GetProperty("action").GetString().ShouldBe("walkaway");
            walk.RootElement.GetProperty("outcome").ValueKind.ShouldBe(JsonValueKind.Null);
            walk.RootElement.GetProperty("utilities")[0].ValueKind.ShouldBe(JsonValueKind.Null);
        }

        var csv = new StringWriter();
        o.Trace.WriteCsv(csv);
        string[] rows = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe("round,turn,time,party,name,action,outcome,u_party1,u_party2");
        rows.Length.ShouldBe(5);
        rows[2].ShouldBe($"1,1,0.025,1,party2,offer,3,{o.Trace.Utilities(1)[0].ToString("R", System.Globalization.CultureInfo.InvariantCulture)},{o.Trace.Utilities(1)[1].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
        rows[4].ShouldBe("2,1,0.075,1,party2,walkaway,,,");
    }

    [Fact]
    public void Run_ReusedTrace_AllocatesTheSameForTenTimesTheRounds()
    {
        // Given the benchmark workload, warmed up, with a trace large enough for 1000 rounds
        NegotiationWorkload few = NegotiationWorkloads.BoulwareVsConceder(valuesPerIssue: 10, rounds: 100);
        NegotiationWorkload many = NegotiationWorkloads.BoulwareVsConceder(valuesPerIssue: 10, rounds: 1000);
        few.Run().Ended.ShouldBe(SessionEnd.Deadline);
        many.Run().Ended.ShouldBe(SessionEnd.Deadline);

        // When each runs again, Then allocations do not grow with the rounds (nothing is allocated per round)
        long a0 = GC.GetAllocatedBytesForCurrentThread();
        few.Run();
        long a1 = GC.GetAllocatedBytesForCurrentThread();
        many.Run();
        long a2 = GC.GetAllocatedBytesForCurrentThread();
        (a2 - a1).ShouldBeLessThanOrEqualTo(a1 - a0 + 256); // 900 more rounds; any per-round allocation would show
        (a2 - a1).ShouldBeLessThan(4096);
    }

    /// <summary>A clock that advances by a fixed step every time it is read.</summary>
    private sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp()
        {
            long now = _now;
            _now += step.Ticks;
            return now;
        }
    }
}
