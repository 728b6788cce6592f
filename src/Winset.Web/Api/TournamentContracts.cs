namespace Winset.Web.Api;

// The JSON shapes of the tournament endpoints; a tournament's standings are written as `winset runs show --json` writes them.

/// <summary>One tournament of the run store.</summary>
internal sealed record TournamentSummaryDto(
    string Name, string CreatedAt, string? FinishedAt, int Negotiations, int Recorded, int Errors, int Agents, int Scenarios, int Rounds, int Repetitions, int Seed);

/// <summary>The run store and its tournaments (GET /api/tournaments).</summary>
/// <param name="Store">The store's file name (not its folder).</param>
/// <param name="Available">False when there is no store yet; <paramref name="Message"/> says why and what to do.</param>
internal sealed record TournamentListDto(string Store, bool Available, string? Message, IReadOnlyList<TournamentSummaryDto> Tournaments);

/// <summary>An agent's standing (null for a mean over no session).</summary>
internal sealed record StandingDto(
    int Rank,
    string Agent,
    double? MeanUtility,
    double? MeanAdvantage,
    double? AgreementRate,
    double? MeanWelfare,
    double? MeanDistanceToPareto,
    double? MeanDistanceToNash,
    double? MeanRounds,
    int Sessions,
    int Completed,
    int Agreements,
    int Errors,
    int Faults);

/// <summary>The standings on one scenario.</summary>
internal sealed record ScenarioStandingDto(string Scenario, IReadOnlyList<StandingDto> Ranking);

/// <summary>One tournament's standings (GET /api/tournaments/{name}).</summary>
internal sealed record TournamentDto(
    string Name,
    TournamentSummaryDto Summary,
    int Negotiations,
    int Recorded,
    int Completed,
    int Errors,
    int Agreements,
    IReadOnlyList<StandingDto> Ranking,
    IReadOnlyList<ScenarioStandingDto> Scenarios,
    IReadOnlyList<string> ErrorSamples);
