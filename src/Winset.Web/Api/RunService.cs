using Winset.Analysis;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Web.Library;
using SessionOptions = Winset.Negotiation.SessionOptions;

namespace Winset.Web.Api;

/// <summary>Runs one session for POST /api/runs and reports it as <c>winset run --json</c> does, with the trace.</summary>
internal static class RunService
{
    /// <summary>The deadline when the request gives none.</summary>
    public const int DefaultRounds = 100;

    public static RunResponse Run(LibraryEntry entry, RunRequest request, int maxRounds)
    {
        ScenarioWorkspace w = entry.Workspace;
        Scenario s = w.Scenario;
        IReadOnlyList<string> specs = request.Agents ?? [];
        if (specs.Count != s.Parties.Length)
        {
            throw new InputException(
                $"'agents' must name one agent per party ({s.Parties.Length}: {string.Join(", ", s.Parties.Select(p => p.Name))}); got {specs.Count}. GET /api/agents lists them.");
        }

        Agent[] agents = [.. specs.Select(a => AgentPresets.Create(a ?? string.Empty))];
        int rounds = CheckRounds(request.Rounds ?? DefaultRounds, maxRounds);
        int seed = request.Seed ?? 0;
        SessionOutcome outcome = Session.Run(w.Prepared, agents, new SessionOptions { Rounds = rounds, Seed = seed });
        return Report(entry, [.. agents.Select(a => a.Name)], rounds, seed, outcome);
    }

    public static int CheckRounds(int rounds, int maxRounds)
    {
        if (rounds < 1 || rounds > maxRounds)
        {
            throw new InputException($"'rounds' must be between 1 and {maxRounds}, not {rounds}.");
        }

        return rounds;
    }

    public static RunResponse Report(LibraryEntry entry, IReadOnlyList<string> agents, int rounds, int seed, SessionOutcome outcome)
    {
        ScenarioWorkspace w = entry.Workspace;
        Scenario s = w.Scenario;
        SessionResult result = outcome.Result;
        UtilityMatrix matrix = w.Matrix;
        ScenarioAnalysis analysis = w.Analysis;
        double[]? undiscounted = result.Agreement is { } a ? [.. matrix.UtilitiesOf(a)] : null;
        Move[] moves = outcome.Trace.Moves.ToArray();
        PerspectiveDto[] perspectives = TracePerspectives.Compute(w, moves);
        var trace = new MoveDto[moves.Length];
        for (int i = 0; i < moves.Length; i++)
        {
            Move m = moves[i];
            ReadOnlySpan<double> u = outcome.Trace.Utilities(i);
            var utilities = new double?[u.Length];
            for (int p = 0; p < u.Length; p++)
            {
                utilities[p] = Json.Finite(u[p]);
            }

            trace[i] = new MoveDto(
                i, m.Round, m.Turn, m.Time, m.Party, s.Parties[m.Party].Name, Trace.ActionName(m.Action), m.Outcome?.Value, utilities,
                m.Outcome is { } o ? Json.Values(s.Space, o) : null, perspectives[i]);
        }

        return new RunResponse(
            entry.Id,
            s.Name,
            [.. s.Parties.Select(p => p.Name)],
            agents,
            s.Timeline?.Rounds ?? rounds,
            seed,
            EndedName(result.Ended),
            result.Round,
            result.Time,
            result.MoveCount,
            result.Agreement?.Value,
            result.Agreement is { } ag ? Json.Values(s.Space, ag) : null,
            [.. result.Utilities],
            undiscounted,
            undiscounted is { } uu ? SolutionDistances.ToParetoFrontier(matrix, analysis, uu) : null,
            undiscounted is { } vv ? SolutionDistances.ToNash(analysis, vv) : null,
            analysis.Nash is { } nash ? [.. nash.Utilities] : null,
            result.Ratified,
            result.Ended == SessionEnd.Error
                ? new RunErrorDto(result.ErringAgent, result.ErringParty is { } ep ? s.Parties[ep].Name : null, result.ErrorMessage)
                : null,
            trace);
    }

    public static string EndedName(SessionEnd end) => end switch
    {
        SessionEnd.Agreement => "agreement",
        SessionEnd.Deadline => "deadline",
        SessionEnd.WalkAway => "walkaway",
        _ => "error",
    };
}
