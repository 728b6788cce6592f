namespace Winset.Web.Api;

// The JSON shapes of the scenario endpoints. Field names follow `winset analyze --json` where they overlap.

/// <summary>One line of the library (GET /api/scenarios).</summary>
internal sealed record ScenarioSummaryDto(
    string Id,
    string Name,
    string? Description,
    string Source,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Parties,
    int IssueCount,
    double OutcomeCount,
    bool TwoLevel,
    bool HasTimeline);

/// <summary>An issue and its values (strings for discrete issues, numbers otherwise), in index order.</summary>
internal sealed record IssueDto(string Name, string Kind, IReadOnlyList<object> Values);

/// <summary>A domestic group of a party.</summary>
internal sealed record ConstituencyDto(string Name, double Weight, double Threshold, double Mobilisation, string? Description);

/// <summary>A party's profile: reservation value, discount factor, issue weights (linear-additive profiles only).</summary>
internal sealed record ProfileDto(
    string Name, double ReservationValue, double DiscountFactor, IReadOnlyList<double>? Weights, IReadOnlyList<ConstituencyDto> Constituencies);

/// <summary>A timeline event.</summary>
internal sealed record TimelineEventDto(int Round, string Label, double Probability, string? Date, string? Kind);

/// <summary>The timeline of a scenario.</summary>
internal sealed record TimelineDto(int Rounds, string? Start, int StepDays, string? Deadline, IReadOnlyList<TimelineEventDto> Events);

/// <summary>A scenario in full (GET /api/scenarios/{id}).</summary>
internal sealed record ScenarioDetailDto(
    string Id,
    string Name,
    string? Description,
    string Source,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Parties,
    double OutcomeCount,
    bool TwoLevel,
    IReadOnlyList<IssueDto> Issues,
    IReadOnlyList<ProfileDto> Profiles,
    TimelineDto? Timeline);

/// <summary>
/// An outcome chosen by a solution concept: as in <c>winset analyze --json</c> (outcome, utilities, values, objective, ties).
/// </summary>
internal sealed record SolutionDto(int Outcome, IReadOnlyList<double> Utilities, IReadOnlyDictionary<string, object> Values, double Objective, int Ties);

/// <summary>Outcomes and their utilities, column-wise: <c>utilities[party][i]</c> is party's utility of <c>outcomes[i]</c>.</summary>
internal sealed record PointSetDto(IReadOnlyList<int> Outcomes, IReadOnlyList<IReadOnlyList<double>> Utilities);

/// <summary>
/// What the utility plane draws: every outcome when there are at most <see cref="MaxPoints"/>, otherwise a seeded uniform
/// sample of that many (<see cref="Sampled"/>); and the Pareto frontier, thinned evenly to at most
/// <see cref="MaxFrontierPoints"/> when longer (<see cref="FrontierThinned"/>).
/// </summary>
internal sealed record PlaneDto(bool Sampled, int MaxPoints, int MaxFrontierPoints, bool FrontierThinned, PointSetDto Points, PointSetDto Frontier);

/// <summary>One party's win-set in a state.</summary>
internal sealed record WinSetPartyDto(int Party, string Name, bool HasConstituencies, int Count, int IndividuallyRationalCount);

/// <summary>
/// The win-sets at one round of the deal window, for the plane's points: in <see cref="PointMasks"/> and
/// <see cref="FrontierMasks"/>, bit p (p &lt; parties) is set when the point is in party p's win-set, and bit
/// <c>parties</c> when it is in the agreement space.
/// </summary>
internal sealed record WinSetsDto(
    int Round,
    string? Date,
    string Label,
    int AgreementSpaceSize,
    IReadOnlyList<WinSetPartyDto> Parties,
    IReadOnlyList<int> PointMasks,
    IReadOnlyList<int> FrontierMasks);

/// <summary>One round of the deal window.</summary>
internal sealed record DealWindowStepDto(
    int Round,
    string? Date,
    string Label,
    int AgreementSpaceSize,
    IReadOnlyList<int> WinSetSizes,
    IReadOnlyList<int> IndividuallyRationalSizes,
    SolutionDto? BestDeal,
    bool Open,
    bool Changed);

/// <summary>A run of rounds with the window open.</summary>
internal sealed record WindowIntervalDto(int FirstRound, int LastRound, string? Start, string? End);

/// <summary>The deal window over time (two-level scenarios).</summary>
internal sealed record DealWindowDto(int Rounds, IReadOnlyList<DealWindowStepDto> Steps, IReadOnlyList<WindowIntervalDto> OpenIntervals);

/// <summary>
/// The analysis page's data (GET /api/scenarios/{id}/analysis): the fields of <c>winset analyze --json</c>, then the
/// plane, issue domains and weights, and for two-level scenarios the win-sets of round 0 and the deal window.
/// </summary>
internal sealed record AnalysisDto(
    string ScenarioId,
    string Scenario,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Issues,
    IReadOnlyList<double> ReservationValues,
    int OutcomeCount,
    int IndividuallyRationalCount,
    int ParetoOutcomeCount,
    int ParetoDistinctPoints,
    double TieQuantum,
    SolutionDto? Nash,
    SolutionDto? NashZero,
    SolutionDto? NashGenius,
    SolutionDto? KalaiSmorodinsky,
    SolutionDto? KalaiSmorodinskyGenius,
    SolutionDto? KalaiSmorodinskyZero,
    SolutionDto? Egalitarian,
    SolutionDto MaxWelfare,
    IReadOnlyList<double> IdealPoint,
    IReadOnlyList<IssueDto> IssueDomains,
    IReadOnlyList<IReadOnlyList<double>?> Weights,
    PlaneDto Plane,
    WinSetsDto? WinSets,
    DealWindowDto? DealWindow,
    double ComputeMilliseconds);

/// <summary>One outcome in full (GET /api/scenarios/{id}/outcomes/{index}).</summary>
internal sealed record OutcomeDto(
    int Outcome, IReadOnlyDictionary<string, object> Values, IReadOnlyList<double> Utilities, bool ParetoOptimal, bool IndividuallyRational);
