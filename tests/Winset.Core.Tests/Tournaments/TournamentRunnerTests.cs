using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Tournaments;

namespace Winset.Core.Tests.Tournaments;

public class TournamentRunnerTests
{
    private static readonly TournamentScenario[] Scenarios = [TournamentFixtures.Scenario(11), TournamentFixtures.Scenario(12, parties: 3, values: 4)];

    [Fact]
    public void RunAll_SameSeed_SameRecords_WhateverTheJobs()
    {
        Agent[] agents = TournamentFixtures.Presets("boulware", "conceder", "titfortat", "micro");
        IReadOnlyList<SessionRecord> one = TournamentRunner.RunAll(TournamentFixtures.Plan(Scenarios, agents, jobs: 1));
        IReadOnlyList<SessionRecord> two = TournamentRunner.RunAll(TournamentFixtures.Plan(Scenarios, agents, jobs: 2, batch: 3));

        one.Count.ShouldBe(two.Count);
        for (int i = 0; i < one.Count; i++)
        {
            Describe(two[i]).ShouldBe(Describe(one[i]));
        }

        TournamentStandings a = TournamentStandings.Compute(agents.Select(x => x.Name).ToList(), Scenarios.Select(s => s.Name).ToList(), one.Count, one);
        TournamentStandings b = TournamentStandings.Compute(agents.Select(x => x.Name).ToList(), Scenarios.Select(s => s.Name).ToList(), two.Count, two.Reverse());
        b.Ranking.ShouldBe(a.Ranking);
    }

    [Fact]
    public void RunAll_OtherSeed_OtherRandomAgentResults()
    {
        Agent[] agents = TournamentFixtures.Presets("random", "conceder");
        var first = TournamentRunner.RunAll(TournamentFixtures.Plan([Scenarios[0]], agents, seed: 1)).Select(Describe).ToList();
        var second = TournamentRunner.RunAll(TournamentFixtures.Plan([Scenarios[0]], agents, seed: 2)).Select(Describe).ToList();
        second.ShouldNotBe(first);
    }

    [Fact]
    public void Run_ThrowingAgent_ErrorRecordedWithMessage_TournamentGoesOn()
    {
        // Given an agent that throws in its third round, among two well-behaved ones
        Agent[] agents = [.. TournamentFixtures.Presets("boulware", "conceder"), TournamentFixtures.Throwing()];
        var plan = TournamentFixtures.Plan([Scenarios[0]], agents, reps: 1, jobs: 2);

        // When the tournament runs
        IReadOnlyList<SessionRecord> records = TournamentRunner.RunAll(plan);

        // Then every session is recorded; those with the thrower end in error naming it, the others do not
        records.Count.ShouldBe(plan.Sessions.Length);
        foreach (SessionRecord r in records)
        {
            int thrower = r.Session.Agents.IndexOf(2);
            if (thrower < 0)
            {
                r.Ended.ShouldNotBe(SessionEnd.Error);
            }
            else if (r.Ended == SessionEnd.Error)
            {
                r.ErringParty.ShouldBe(thrower);
                r.ErrorMessage.ShouldBe("thrower: deliberate failure");
            }
        }

        records.Count(r => r.Ended == SessionEnd.Error).ShouldBeGreaterThan(0);
        TournamentStandings standings = TournamentStandings.Compute(plan.AgentNames, plan.ScenarioNames, plan.Sessions.Length, records);
        standings.Ranking.Single(s => s.Agent == "thrower").Faults.ShouldBe(standings.Errors);
        standings.Ranking.Single(s => s.Agent == "boulware").Faults.ShouldBe(0);
    }

    [Fact]
    public void Run_AgentOverrunningTheBudget_ErrorNamesTheBudget()
    {
        // Given an agent that sleeps 20 ms at every bid, 1000 rounds, and a 0.2 s budget per session
        Agent[] agents = [TournamentFixtures.Slow(), AgentPresets.Create("hardliner")];
        var plan = TournamentPlan.Create([Scenarios[0]], agents, new TournamentOptions
        {
            Rounds = 1000,
            SessionTimeout = TimeSpan.FromSeconds(0.2),
            Jobs = 2,
        });

        IReadOnlyList<SessionRecord> records = TournamentRunner.RunAll(plan);

        records.Count.ShouldBe(2);
        records.ShouldAllBe(r => r.Ended == SessionEnd.Error);
        records.ShouldAllBe(r => r.ErrorMessage!.Contains("overran the session time budget of 0.2 s"));
    }

    [Fact]
    public void Run_Cancelled_CommitsWhatFinished_ResumeCompletesTheSameRecords()
    {
        Agent[] agents = TournamentFixtures.Presets("boulware", "conceder", "linear");
        var plan = TournamentFixtures.Plan(Scenarios, agents, reps: 3, jobs: 2, batch: 8);
        var committed = new List<SessionRecord>();
        using var cts = new CancellationTokenSource();

        // When the run is cancelled after its second batch
        Should.Throw<OperationCanceledException>(() => TournamentRunner.Run(plan, null, batch =>
        {
            committed.AddRange(batch);
            if (committed.Count >= 16)
            {
                cts.Cancel();
            }
        }, null, cts.Token));
        committed.Count.ShouldBeLessThan(plan.Sessions.Length);

        // And resumed with what was committed
        var done = committed.Select(r => r.Session.Index).ToHashSet();
        int ran = TournamentRunner.Run(plan, done, committed.AddRange, null);

        // Then every session ran once, and the records equal an uninterrupted run's
        ran.ShouldBe(plan.Sessions.Length - done.Count);
        var resumed = committed.OrderBy(r => r.Session.Index).Select(Describe).ToList();
        resumed.ShouldBe(TournamentRunner.RunAll(plan).Select(Describe).ToList());
    }

    [Fact]
    public void Standings_EqualMeans_ShareARank_ListedByName()
    {
        // Given two copies of the same strategy under different names playing each other on a symmetric outcome set
        Agent a = AgentPresets.Create("hardliner").WithName("b-hard");
        Agent b = AgentPresets.Create("hardliner").WithName("a-hard");
        Agent c = AgentPresets.Create("conceder");
        var plan = TournamentFixtures.Plan([Scenarios[0]], [a, b, c], reps: 1);
        var records = TournamentRunner.RunAll(plan);
        TournamentStandings standings = TournamentStandings.Compute(plan.AgentNames, plan.ScenarioNames, plan.Sessions.Length, records);

        // Then ranks follow mean utility; exactly equal means share a rank
        for (int i = 1; i < standings.Ranking.Length; i++)
        {
            AgentStanding prev = standings.Ranking[i - 1], cur = standings.Ranking[i];
            cur.MeanUtility.ShouldBeLessThanOrEqualTo(prev.MeanUtility);
            if (cur.MeanUtility == prev.MeanUtility)
            {
                cur.Rank.ShouldBe(prev.Rank);
                string.CompareOrdinal(prev.Agent, cur.Agent).ShouldBeLessThan(0);
            }
            else
            {
                cur.Rank.ShouldBe(i + 1);
            }
        }

        standings.Negotiations.ShouldBe(6);
        standings.Completed.ShouldBe(6);
    }

    private static string Describe(SessionRecord r) =>
        $"{r.Session.Index} {r.Session.Seed} {string.Join(",", r.Session.Agents)} {r.Ended} {r.Round} {r.Time:R} {r.Agreement} " +
        $"{string.Join(",", r.Utilities.Select(u => u.ToString("R")))} {string.Join(",", r.Advantages.Select(u => u.ToString("R")))} {r.DistanceToPareto:R} {r.DistanceToNash:R}";
}
