using Microsoft.AspNetCore.Mvc;
using Winset.Diagnostics;
using Winset.Negotiation.Agents;
using Winset.Web.Hosting;
using Winset.Web.Library;
using Winset.Web.Rehearsal;

namespace Winset.Web.Api;

/// <summary>The JSON API under <c>/api</c>; each endpoint is documented in the OpenAPI document.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").ProducesProblem(StatusCodes.Status500InternalServerError);

        var scenarios = api.MapGroup("/scenarios").WithTags("Scenarios");
        scenarios.MapGet("/", (ScenarioLibrary library) => library.All().Select(AnalysisPayload.Summary).ToArray())
            .WithName("ListScenarios")
            .WithSummary("The scenario library: the shipped scenarios, then this server's uploads.");
        scenarios.MapPost("/", UploadAsync)
            .WithName("UploadScenario")
            .WithSummary("Upload a scenario as multipart/form-data, field 'files': one Winset .yaml/.json file, a GENIUS domain .xml with its profile .xml files, or the .json files of a GeniusWeb folder.")
            .WithDescription("Limits: the request body at most MaxUploadBytes (16 MiB by default), at most 64 files, at most 5,000,000 outcomes. A malformed file is answered with 400 and the parser's message, naming the uploaded file, line and column.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<ScenarioSummaryDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        scenarios.MapGet("/{id}", (string id, ScenarioLibrary library) => AnalysisPayload.Detail(library.Get(id)))
            .WithName("GetScenario")
            .WithSummary("A scenario: issues and values, parties with reservation values, weights and constituencies, timeline.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        scenarios.MapGet("/{id}/analysis", (string id, ScenarioLibrary library) =>
            {
                LibraryEntry e = library.Get(id);
                return e.Workspace.AnalysisPayload with { ScenarioId = e.Id };
            })
            .WithName("GetAnalysis")
            .WithSummary("The analysis page's data: the fields of 'winset analyze --json', the utility plane (all outcomes, or a seeded sample of 10,000, and the Pareto frontier), issue weights, and for two-level scenarios the win-sets of round 0 and the deal window. Computed once per scenario and cached.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        scenarios.MapGet("/{id}/winsets", (string id, int? round, ScenarioLibrary library) =>
            {
                LibraryEntry e = library.Get(id);
                if (!e.Workspace.IsTwoLevel)
                {
                    throw new InputException($"scenario '{e.Scenario.Name}' is not a two-level scenario (no constituencies, no timeline): every party's win-set is the whole space.");
                }

                int rounds = e.Workspace.DealWindow!.Steps.Length;
                int r = round ?? 0;
                if (r < 0 || r > rounds)
                {
                    throw new InputException($"'round' must be between 0 (before any event) and {rounds}, not {r}.");
                }

                return AnalysisPayload.WinSets(e.Workspace, r);
            })
            .WithName("GetWinSets")
            .WithSummary("Each party's win-set and the agreement space at a round of the deal window, as bit masks over the plane's points (bit p: in party p's win-set; bit <parties>: in the agreement space).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        scenarios.MapGet("/{id}/outcomes/{index:int}", (string id, int index, ScenarioLibrary library) =>
            {
                LibraryEntry e = library.Get(id);
                int count = e.Workspace.Matrix.OutcomeCount;
                if (index < 0 || index >= count)
                {
                    throw new NotFoundException($"outcome indices of '{e.Scenario.Name}' go from 0 to {count - 1}; {index} is not one.");
                }

                return AnalysisPayload.Outcome(e.Workspace, index);
            })
            .WithName("GetOutcome")
            .WithSummary("One outcome: its values, every party's utility, whether it is Pareto-optimal and individually rational.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/agents", () => AgentPresets.All.Select(p => Preset(p, false)).Concat(AgentPresets.Modifiers.Select(p => Preset(p, true))).ToArray())
            .WithTags("Runs")
            .WithName("ListAgents")
            .WithSummary("The agent presets and modifiers (as 'winset agents' lists them).");

        api.MapPost("/runs", (RunRequest request, ScenarioLibrary library, WinsetWebOptions options) =>
                RunService.Run(library.Get(request.Scenario), request, options.MaxRounds))
            .WithTags("Runs")
            .WithName("Run")
            .WithSummary("Run one session (stacked alternating offers) and return its result as 'winset run --json' does, with the trace and the perspective of every move. The same request gives the same trace.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var rehearsals = api.MapGroup("/rehearsals").WithTags("Rehearsals");
        rehearsals.MapPost("/", (RehearsalRequest request, ScenarioLibrary library, RehearsalStore store) =>
                TypedResults.Created("/api/rehearsals/", store.Start(library.Get(request.Scenario), request).State()))
            .WithName("StartRehearsal")
            .WithSummary("Start a rehearsal: the person plays 'side', an agent the other parties; returns the state (the agent may already have moved).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rehearsals.MapGet("/{id}", (string id, RehearsalStore store) => store.Get(id).State())
            .WithName("GetRehearsal")
            .WithSummary("The state of a rehearsal; when it is finished, the debrief.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        rehearsals.MapPost("/{id}/moves", (string id, RehearsalMoveRequest move, RehearsalStore store) => store.Get(id).Play(move))
            .WithName("PlayRehearsalMove")
            .WithSummary("The person's move: offer (choices: one value index per issue, or outcome), accept or walkaway; returns the new state after the agent's answer.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rehearsals.MapGet("/{id}/utility", (string id, int outcome, RehearsalStore store) => store.Get(id).Utility(outcome))
            .WithName("GetRehearsalUtility")
            .WithSummary("The person's own utility of an outcome (for profiles that are not linear-additive; otherwise the state's issueUtilities give it).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var tournaments = api.MapGroup("/tournaments").WithTags("Tournaments");
        tournaments.MapGet("/", (TournamentService service) => service.List())
            .WithName("ListTournaments")
            .WithSummary("The tournaments of the run store (the server's --store file).");
        tournaments.MapGet("/{name}", (string name, TournamentService service) => service.Get(name))
            .WithName("GetTournament")
            .WithSummary("One tournament's standings, overall and per scenario (as 'winset runs show --json').")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static AgentPresetDto Preset(AgentPreset p, bool modifier) =>
        new(p.Name, p.Description, [.. p.Parameters.Select(x => new AgentParameterDto(x.Name, x.Description, x.Default))], modifier);

    private static async Task<IResult> UploadAsync(HttpRequest request, ScenarioLibrary library, WinsetWebOptions options, DataFolder data, CancellationToken cancellationToken)
    {
        string limits = $"an upload may hold at most {options.MaxUploadBytes / (1024 * 1024.0):0.#} MiB and {options.MaxUploadFiles} files";
        if (!request.HasFormContentType)
        {
            throw new InputException("upload the files as multipart/form-data, in the field 'files'.");
        }

        if (request.ContentLength > options.MaxUploadBytes + (64 * 1024))
        {
            throw new UploadTooLargeException(limits + ".");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadTooLargeException(limits + ".");
        }
        catch (InvalidDataException e)
        {
            throw new InputException("the multipart body is malformed: " + e.Message);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new UploadTooLargeException(limits + ".");
        }

        if (form.Files.Count > options.MaxUploadFiles)
        {
            throw new UploadTooLargeException($"{limits}; this one has {form.Files.Count} files.");
        }

        long total = form.Files.Sum(f => f.Length);
        if (total > options.MaxUploadBytes)
        {
            throw new UploadTooLargeException(limits + ".");
        }

        var files = new List<UploadedFile>();
        foreach (IFormFile f in form.Files)
        {
            using var buffer = new MemoryStream((int)f.Length);
            await f.CopyToAsync(buffer, cancellationToken);
            files.Add(new UploadedFile(f.FileName, buffer.ToArray()));
        }

        var scenario = UploadReader.Read(files, data.Path, out IReadOnlyList<string> names);
        LibraryEntry entry = library.AddUpload(scenario, names);
        _ = Task.Run(() => entry.Workspace.AnalysisPayload, CancellationToken.None);
        return TypedResults.Created($"/api/scenarios/{entry.Id}", AnalysisPayload.Summary(entry));
    }
}
