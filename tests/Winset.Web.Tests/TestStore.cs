using Winset.Formats;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Tournaments;
using Winset.Store;
using Winset.Testing;

namespace Winset.Web.Tests;

/// <summary>Writes a small real tournament (three agents on two shipped scenarios) into a run store.</summary>
public static class TestStore
{
    public const string TournamentName = "web-test";

    public static void Create(string path)
    {
        TournamentScenario[] scenarios =
        [
            TournamentScenario.Create(ScenarioLoader.Load([Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml")])),
            TournamentScenario.Create(ScenarioLoader.Load([Path.Combine(RepositoryPaths.Scenarios, "used-car.yaml")])),
        ];
        Agent[] agents = [AgentPresets.Create("boulware"), AgentPresets.Create("conceder"), AgentPresets.Create("hardliner")];
        TournamentPlan plan = TournamentPlan.Create(scenarios, agents, new TournamentOptions { Rounds = 50, Seed = 3 });
        using RunStore store = RunStore.Open(path);
        StoredTournament stored = store.Begin(TournamentName, plan);
        TournamentRunner.Run(plan, stored.Done, batch => store.Commit(stored, batch), null);
        store.MarkFinished(stored);
    }
}
