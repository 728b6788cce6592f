using Winset.Diagnostics;
using Winset.Negotiation.Tournaments;
using Winset.Store;
using Winset.Web.Hosting;
using Winset.Web.Library;

namespace Winset.Web.Api;

/// <summary>
/// Reads the run store for the tournaments page. The store's path comes from the server's settings only; a request
/// names a tournament, which is a query parameter of the store, never a path. The store is opened for each request
/// (it is not thread-safe) and only when its file exists.
/// </summary>
internal sealed class TournamentService(WinsetWebOptions options)
{
    public string StorePath { get; } = Path.GetFullPath(options.StorePath ?? RunStore.DefaultFileName);

    public TournamentListDto List()
    {
        string name = Path.GetFileName(StorePath);
        if (!File.Exists(StorePath))
        {
            return new TournamentListDto(name, false, $"No run store yet: run a tournament with 'winset tournament … --store {name}', then reload.", []);
        }

        try
        {
            using RunStore store = RunStore.Open(StorePath, mustExist: true);
            return new TournamentListDto(name, true, null, [.. store.List().Select(Summary)]);
        }
        catch (InputException e)
        {
            return new TournamentListDto(name, false, e.Detail, []);
        }
    }

    /// <exception cref="NotFoundException">There is no store, or no tournament of that name.</exception>
    public TournamentDto Get(string tournament)
    {
        if (!File.Exists(StorePath))
        {
            throw new NotFoundException("there is no run store yet; run a tournament with 'winset tournament' first.");
        }

        using RunStore store = RunStore.Open(StorePath, mustExist: true);
        if (!store.List().Any(t => t.Name == tournament))
        {
            throw new NotFoundException($"the run store has no tournament named '{(tournament.Length <= 80 ? tournament : tournament[..80] + "…")}'; GET /api/tournaments lists them.");
        }

        TournamentData data = store.Load(tournament);
        TournamentStandings st = data.Standings();
        return new TournamentDto(
            tournament,
            Summary(data.Summary),
            st.Negotiations,
            st.Recorded,
            st.Completed,
            st.Errors,
            st.Agreements,
            [.. st.Ranking.Select(Standing)],
            [.. st.Scenarios.Select(sc => new ScenarioStandingDto(sc.Scenario, [.. sc.Ranking.Select(Standing)]))],
            [.. st.ErrorSamples]);
    }

    private static TournamentSummaryDto Summary(TournamentSummary s) =>
        new(s.Name, s.CreatedAt, s.FinishedAt, s.Negotiations, s.Recorded, s.Errors, s.Agents, s.Scenarios, s.Rounds, s.Repetitions, s.Seed);

    private static StandingDto Standing(AgentStanding a) => new(
        a.Rank, a.Agent, Json.Finite(a.MeanUtility), Json.Finite(a.MeanAdvantage), Json.Finite(a.AgreementRate), Json.Finite(a.MeanWelfare),
        Json.Finite(a.MeanDistanceToPareto), Json.Finite(a.MeanDistanceToNash), Json.Finite(a.MeanRounds),
        a.Sessions, a.Completed, a.Agreements, a.Errors, a.Faults);
}
