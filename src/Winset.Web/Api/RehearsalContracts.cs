namespace Winset.Web.Api;

// The JSON shapes of the rehearsal endpoints.

/// <summary>Starts a rehearsal: the person plays <see cref="Side"/>, the agent every other party.</summary>
/// <param name="Scenario">A scenario id.</param>
/// <param name="Side">The party the person plays (index, default 0).</param>
/// <param name="Agent">The agent for the other parties (default <c>conceder</c>).</param>
/// <param name="Rounds">The deadline in rounds (default 20; a scenario with a timeline uses its own).</param>
/// <param name="Seed">The seed (default 0).</param>
internal sealed record RehearsalRequest(string? Scenario, int? Side, string? Agent, int? Rounds, int? Seed);

/// <summary>
/// The person's move: <c>offer</c> (with <see cref="Outcome"/>, or <see cref="Choices"/>: one value index per issue),
/// <c>accept</c> (the standing offer) or <c>walkaway</c>.
/// </summary>
internal sealed record RehearsalMoveRequest(string? Action, int? Outcome, IReadOnlyList<int>? Choices);

/// <summary>A move as the person sees it during play: only their own utility.</summary>
internal sealed record RehearsalMoveDto(
    int Index, int Round, int Party, string Name, string Action, int? Outcome, IReadOnlyDictionary<string, object>? Values, double? YourUtility);

/// <summary>The offer on the table.</summary>
internal sealed record StandingOfferDto(
    int Outcome, int Proposer, string ProposerName, IReadOnlyDictionary<string, object> Values, IReadOnlyList<int> Choices, double YourUtility);

/// <summary>
/// Money left on the table: the largest joint gain Σᵢ (uᵢ(p) − xᵢ) over Pareto-optimal outcomes p that leave no
/// party below the final point x (the agreement's undiscounted utilities, or the reservation values without one);
/// 0 when x is on the frontier.
/// </summary>
internal sealed record LeftOnTableDto(
    double Joint, int? DominatingOutcome, IReadOnlyList<double>? DominatingUtilities, IReadOnlyDictionary<string, object>? DominatingValues);

/// <summary>The debrief at the end of a rehearsal.</summary>
internal sealed record DebriefDto(
    string Ended,
    bool? Ratified,
    int? AgreementOutcome,
    IReadOnlyDictionary<string, object>? Agreement,
    IReadOnlyList<double> Point,
    IReadOnlyList<double> Utilities,
    SolutionDto? Nash,
    double? DistanceToPareto,
    double? DistanceToNash,
    double Welfare,
    double MaxWelfare,
    double WelfareGap,
    LeftOnTableDto LeftOnTable,
    double YourUtility,
    double? YourNashUtility,
    IReadOnlyList<MoveDto> Path,
    string Summary,
    string Definition);

/// <summary>The state of a rehearsal.</summary>
/// <param name="Status"><c>yourTurn</c> or <c>finished</c>.</param>
/// <param name="IssueUtilities">
/// For a linear-additive profile, the person's weighted utility of each value of each issue (their utility is the sum
/// over issues, capped at 1 when <paramref name="CapAtOne"/>); null otherwise (use GET …/utility).
/// </param>
internal sealed record RehearsalStateDto(
    string Id,
    string ScenarioId,
    string Scenario,
    int Side,
    string SideName,
    IReadOnlyList<string> Parties,
    string Agent,
    int Rounds,
    int Seed,
    string Status,
    int Round,
    double Time,
    double ReservationValue,
    double DiscountFactor,
    IReadOnlyList<IReadOnlyList<double>>? IssueUtilities,
    bool CapAtOne,
    StandingOfferDto? StandingOffer,
    bool CanAccept,
    IReadOnlyList<RehearsalMoveDto> History,
    DebriefDto? Debrief);

/// <summary>The person's own utility of an outcome.</summary>
internal sealed record OwnUtilityDto(int Outcome, double Utility, double Discounted, bool AboveReservation);
