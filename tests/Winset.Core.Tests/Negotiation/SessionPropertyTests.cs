using CsCheck;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;

namespace Winset.Core.Tests.Negotiation;

/// <summary>Protocol invariants over generated scenarios, agent line-ups, deadlines and seeds.</summary>
public sealed class SessionPropertyTests
{
    private static readonly string[] PresetNames = [.. AgentPresets.Names, "boulware(e=0.5, k=0.1)", "aspiration(e=0.5)"];

    private static readonly Gen<Case> Cases = Gen.Select(
        Gen.Int,
        Gen.Int[2, 3],
        Gen.Int[1, 3],
        Gen.Int[1, 30],
        Gen.OneOf(0.0, 0.5, 0.9),
        Gen.Int[0, int.MaxValue].Array[3],
        (seed, parties, issues, rounds, maxReservation, pick) =>
        {
            var random = new Random(seed);
            var values = new int[issues];
            for (int i = 0; i < issues; i++)
            {
                values[i] = random.Next(1, 7);
            }

            Scenario s = ScenarioGenerator.LinearAdditive(random, parties, values, maxReservation, evaluationLevels: random.Next(3) * 4);
            if (random.Next(3) == 0)
            {
                // Some discounting, so that discounted utilities are tested too.
                s = new Scenario(s.Name, s.Space, s.Parties.Select(p =>
                {
                    var l = (LinearAdditiveProfile)p.Profile;
                    return new Party(p.Name, new LinearAdditiveProfile(p.Name, s.Space, l.Weights, l.Evaluators, l.ReservationValue, 0.7));
                }));
            }

            string[] agents = new string[parties];
            for (int p = 0; p < parties; p++)
            {
                agents[p] = PresetNames[pick[p] % PresetNames.Length];
            }

            return new Case(s, agents, rounds, seed);
        });

    [Fact]
    public void Run_AnyPresets_KeepsProtocolInvariants()
    {
        Cases.Sample(c =>
        {
            var agents = c.Agents.Select(AgentPresets.Create).ToArray();
            SessionOutcome outcome = Session.Run(c.Scenario, agents, NegotiationFixtures.Rounds(c.Rounds, c.Seed));
            CheckInvariants(c.Scenario, outcome, c.Rounds);
            outcome.Result.Ended.ShouldNotBe(SessionEnd.Error, outcome.Result.ErrorMessage);
        }, iter: 300);
    }

    [Fact]
    public void Run_ScriptedWalkAwaysAndAccepts_KeepsProtocolInvariants()
    {
        Gen.Select(Cases, Gen.Int[0, 5], Gen.OneOf(Decision.Accept, Decision.Reject, Decision.WalkAway)).Sample((c, walkAt, decision) =>
        {
            int outcomes = c.Scenario.Space.Count;
            int[] script = Enumerable.Range(0, 6).Select(i => i == walkAt ? -1 : i % outcomes).ToArray();
            var agents = c.Agents.Select(AgentPresets.Create).ToArray();
            agents[^1] = new Agent("scripted", new ScriptedBidding(script), new FixedDecision(decision));
            SessionOutcome outcome = Session.Run(c.Scenario, agents, NegotiationFixtures.Rounds(c.Rounds, c.Seed));
            CheckInvariants(c.Scenario, outcome, c.Rounds);
        }, iter: 200);
    }

    [Fact]
    public void Run_SameSeed_SameJsonLines()
    {
        Cases.Sample(c =>
        {
            string Once()
            {
                var agents = c.Agents.Select(AgentPresets.Create).ToArray();
                var w = new StringWriter();
                Session.Run(c.Scenario, agents, NegotiationFixtures.Rounds(c.Rounds, c.Seed)).Trace.WriteJsonLines(w);
                return w.ToString();
            }

            Once().ShouldBe(Once());
        }, iter: 100);
    }

    internal static void CheckInvariants(Scenario scenario, SessionOutcome outcome, int rounds)
    {
        SessionResult result = outcome.Result;
        Trace trace = outcome.Trace;
        int n = scenario.Parties.Length;
        result.MoveCount.ShouldBe(trace.Count);
        trace.Count.ShouldBeGreaterThan(0);

        // Every turn made exactly one move, in order; nothing after the deadline; time as documented.
        for (int i = 0; i < trace.Count; i++)
        {
            Move m = trace[i];
            m.Round.ShouldBe((i / n) + 1);
            m.Turn.ShouldBe(i % n);
            m.Party.ShouldBe(m.Turn);
            m.Round.ShouldBeLessThanOrEqualTo(rounds);
            m.Time.ShouldBe((((m.Round - 1) * n) + m.Turn) / (double)(n * rounds));
            (m.Action == MoveAction.WalkAway).ShouldBe(m.Outcome is null);
            if (m.Action != MoveAction.WalkAway)
            {
                for (int p = 0; p < n; p++)
                {
                    trace.Utilities(i)[p].ShouldBe(scenario.Parties[p].Profile.Utility(scenario.Space.OutcomeAt(m.Outcome!.Value)));
                }
            }
        }

        // The opening move is party 0's offer or walk-away; an accept accepts the standing offer; a walk-away ends it.
        trace[0].Action.ShouldNotBe(MoveAction.Accept);
        OutcomeIndex? standing = null;
        for (int i = 0; i < trace.Count; i++)
        {
            Move m = trace[i];
            if (m.Action == MoveAction.Offer)
            {
                standing = m.Outcome;
            }
            else if (m.Action == MoveAction.Accept)
            {
                m.Outcome.ShouldBe(standing);
            }
            else
            {
                i.ShouldBe(trace.Count - 1, "nothing after a walk-away");
            }
        }

        Move last = trace[trace.Count - 1];
        switch (result.Ended)
        {
            case SessionEnd.Agreement:
                // The proposer's offer followed by the accepts of every other party.
                OutcomeIndex agreement = result.Agreement!.Value;
                if (n > 1)
                {
                    trace.Count.ShouldBeGreaterThanOrEqualTo(n);
                    Move offer = trace[trace.Count - n];
                    offer.Action.ShouldBe(MoveAction.Offer);
                    offer.Outcome.ShouldBe(agreement);
                    var accepters = new HashSet<int>();
                    for (int i = trace.Count - n + 1; i < trace.Count; i++)
                    {
                        trace[i].Action.ShouldBe(MoveAction.Accept);
                        trace[i].Outcome.ShouldBe(agreement);
                        accepters.Add(trace[i].Party);
                    }

                    accepters.ShouldBe(Enumerable.Range(0, n).Where(p => p != offer.Party), ignoreOrder: true);
                }

                result.Time.ShouldBe(last.Time);
                result.Round.ShouldBe(last.Round);
                for (int p = 0; p < n; p++)
                {
                    Profile profile = scenario.Parties[p].Profile;
                    result.Utilities[p].ShouldBe(profile.Discount(profile.Utility(scenario.Space.OutcomeAt(agreement)), result.Time));
                }

                break;
            case SessionEnd.Deadline:
                result.Agreement.ShouldBeNull();
                trace.Count.ShouldBe(rounds * n);
                result.Round.ShouldBe(rounds);
                result.Time.ShouldBe(1.0);
                break;
            case SessionEnd.WalkAway:
                result.Agreement.ShouldBeNull();
                last.Action.ShouldBe(MoveAction.WalkAway);
                result.Time.ShouldBe(last.Time);
                break;
            default:
                result.Agreement.ShouldBeNull();
                result.ErringAgent.ShouldNotBeNull();
                break;
        }

        if (result.Ended != SessionEnd.Agreement)
        {
            result.Ended.ShouldNotBe(SessionEnd.Agreement);
            for (int p = 0; p < n; p++)
            {
                result.Utilities[p].ShouldBe(scenario.Parties[p].Profile.ReservationAt(result.Time));
            }
        }
    }

    internal sealed record Case(Scenario Scenario, string[] Agents, int Rounds, int Seed)
    {
        public override string ToString() =>
            $"{Scenario.Parties.Length} parties, {Scenario.Space.Count} outcomes, agents {string.Join(",", Agents)}, {Rounds} rounds, seed {Seed}";
    }
}
