namespace Winset.Web.Api;

// The JSON shapes of POST /api/runs. Field names follow `winset run --json` and the trace's JSON Lines where they overlap.

/// <summary>A run request: the scenario, one agent per party (in party order), the deadline and the seed.</summary>
/// <param name="Scenario">A scenario id from GET /api/scenarios.</param>
/// <param name="Agents">One agent specification per party, e.g. <c>boulware</c> or <c>conceder(e=3)</c> (GET /api/agents).</param>
/// <param name="Rounds">The deadline in rounds (default 100; a scenario with a timeline uses its own).</param>
/// <param name="Seed">The seed (default 0): the same request gives the same trace.</param>
internal sealed record RunRequest(string? Scenario, IReadOnlyList<string>? Agents, int? Rounds, int? Seed);

/// <summary>What one receiving party hears of a move.</summary>
/// <param name="Party">The receiving party.</param>
/// <param name="Name">Its name.</param>
/// <param name="Utility">Its utility of the offered outcome (null for a walk-away or hold).</param>
/// <param name="Change">How much better (positive) or worse the offer is for it than the sender's previous offer.</param>
/// <param name="Constituencies">How each of its domestic groups rates the offer.</param>
/// <param name="Approved">Whether its ratification rule would pass the offer now (two-level scenarios; null otherwise).</param>
/// <param name="Text">One sentence.</param>
internal sealed record HearingDto(
    int Party, string Name, double? Utility, double? Change, IReadOnlyList<ConstituencyHearingDto> Constituencies, bool? Approved, string Text);

/// <summary>How one domestic group rates an offer, against its threshold at the start of the session.</summary>
internal sealed record ConstituencyHearingDto(string Name, double Utility, double Threshold, bool Approves);

/// <summary>
/// The perspective of one move: what the sender gains or gives up, and what each other party (and its home) hears.
/// </summary>
/// <param name="Source"><c>core</c> (the perspective analysis, with meanings and costs) or <c>utilities</c> (utilities and approvals only).</param>
/// <param name="Sender">The moving party.</param>
/// <param name="SenderUtility">The sender's own utility of the move's outcome.</param>
/// <param name="SenderConcession">How much less the sender asks for than in its previous offer (positive: a concession).</param>
/// <param name="Receivers">Every other party.</param>
/// <param name="Text">A short paragraph summarising it.</param>
internal sealed record PerspectiveDto(
    string Source, int Sender, double? SenderUtility, double? SenderConcession, IReadOnlyList<HearingDto> Receivers, string Text);

/// <summary>One move of the trace (the fields of the JSON Lines trace, plus its values and perspective).</summary>
internal sealed record MoveDto(
    int Index,
    int Round,
    int Turn,
    double Time,
    int Party,
    string Name,
    string Action,
    int? Outcome,
    IReadOnlyList<double?> Utilities,
    IReadOnlyDictionary<string, object>? Values,
    PerspectiveDto Perspective);

/// <summary>A failing agent.</summary>
internal sealed record RunErrorDto(string? Agent, string? Party, string? Message);

/// <summary>The result of a run: the fields of <c>winset run --json</c>, the request's settings, and the trace.</summary>
internal sealed record RunResponse(
    string ScenarioId,
    string Scenario,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Agents,
    int Rounds,
    int Seed,
    string Ended,
    int Round,
    double Time,
    int Moves,
    int? AgreementOutcome,
    IReadOnlyDictionary<string, object>? Agreement,
    IReadOnlyList<double> Utilities,
    IReadOnlyList<double>? UndiscountedUtilities,
    double? DistanceToPareto,
    double? DistanceToNash,
    IReadOnlyList<double>? NashUtilities,
    bool? Ratified,
    RunErrorDto? Error,
    IReadOnlyList<MoveDto> Trace);

/// <summary>An agent preset or modifier (GET /api/agents).</summary>
internal sealed record AgentPresetDto(string Name, string Description, IReadOnlyList<AgentParameterDto> Parameters, bool Modifier);

/// <summary>A preset's parameter.</summary>
internal sealed record AgentParameterDto(string Name, string Description, double Default);
