using System.Collections.Concurrent;
using Winset.Analysis;
using Winset.Analysis.Perspective;
using Winset.Analysis.TwoLevel;
using Winset.Model;
using Winset.Negotiation;

namespace Winset.Web.Library;

/// <summary>
/// A scenario and everything the web app computes from it, each computed once on first use and then shared by every
/// request (the analysis cache): utilities, analysis, the prepared scenario for sessions, the level-II utilities, the
/// deal window, the plane's sample and the win-sets of each round asked for.
/// </summary>
/// <remarks>Thread-safe: every part is a <see cref="Lazy{T}"/> with publication of one value.</remarks>
internal sealed class ScenarioWorkspace
{
    /// <summary>The most outcomes the plane draws before it samples.</summary>
    public const int DefaultMaxPoints = 10_000;

    /// <summary>The most frontier points the plane draws before it thins the frontier.</summary>
    public const int MaxFrontierPoints = 2000;

    /// <summary>The seed of the plane's sample (fixed: the same scenario always shows the same sample).</summary>
    public const int SampleSeed = 20_260_101;

    private readonly Lazy<UtilityMatrix> _matrix;
    private readonly Lazy<ScenarioAnalysis> _analysis;
    private readonly Lazy<LevelTwoMatrix?> _levelTwo;
    private readonly Lazy<PreparedScenario> _prepared;
    private readonly Lazy<DealWindowReport?> _dealWindow;
    private readonly Lazy<PlaneSample> _plane;
    private readonly ConcurrentDictionary<int, Lazy<WinSetState>> _winSets = new();
    private readonly Lazy<Api.AnalysisDto> _analysisPayload;
    private readonly Lazy<PerspectiveAnalyzer> _perspective;

    public ScenarioWorkspace(Scenario scenario)
    {
        Scenario = scenario;
        _matrix = new(() => UtilityMatrix.Compute(scenario));
        _analysis = new(() => ScenarioAnalyzer.Analyze(Matrix));
        _levelTwo = new(() => IsTwoLevel ? LevelTwoMatrix.Compute(scenario, Matrix) : null);
        _prepared = new(() => PreparedScenario.Create(scenario, LevelTwo));
        _dealWindow = new(() => LevelTwo is { } m ? Winset.Analysis.TwoLevel.DealWindow.Compute(m) : null);
        _plane = new(() => PlaneSample.Create(Matrix, Analysis, DefaultMaxPoints, MaxFrontierPoints, SampleSeed));
        _analysisPayload = new(() => Api.AnalysisPayload.Build(this));
        _perspective = new(() => new PerspectiveAnalyzer(scenario));
    }

    public Scenario Scenario { get; }

    /// <summary>True when some party has constituencies or the scenario has a timeline.</summary>
    public bool IsTwoLevel => Scenario.HasLevelTwo || Scenario.Timeline is not null;

    public UtilityMatrix Matrix => _matrix.Value;

    public ScenarioAnalysis Analysis => _analysis.Value;

    public LevelTwoMatrix? LevelTwo => _levelTwo.Value;

    public PreparedScenario Prepared => _prepared.Value;

    public DealWindowReport? DealWindow => _dealWindow.Value;

    public PlaneSample Plane => _plane.Value;

    /// <summary>The perspective analysis of moves on this scenario (utilities and analysis computed once).</summary>
    public PerspectiveAnalyzer Perspective => _perspective.Value;

    /// <summary>The analysis page's payload, built once.</summary>
    public Api.AnalysisDto AnalysisPayload => _analysisPayload.Value;

    /// <summary>The level-II state at the start of round r (0: before any event), as the deal window defines it.</summary>
    public WinSetState WinSetsAt(int round) => _winSets.GetOrAdd(round, r => new Lazy<WinSetState>(() => ComputeState(r))).Value;

    private WinSetState ComputeState(int round)
    {
        LevelTwoMatrix matrix = LevelTwo ?? throw new InvalidOperationException("Not a two-level scenario.");
        DealWindowReport window = DealWindow!;
        LevelTwoState state = LevelTwoState.Initial(Scenario);
        var events = Scenario.Timeline?.Events ?? [];
        int next = 0;
        for (int r = 1; r <= round; r++)
        {
            DealWindowStep before = r == 1 ? window.Initial : window.Steps[r - 2];
            Outcome? standing = before.BestDeal is { } b ? Scenario.Space.OutcomeAt(b.Outcome) : null;
            while (next < events.Length && events[next].Round <= r)
            {
                TimelineEvent e = events[next++];
                if (e.Probability >= Winset.Analysis.TwoLevel.DealWindow.ProbabilityCutoff)
                {
                    state = state.Apply(e, Scenario, standing);
                }
            }
        }

        var tracker = new WinSetTracker(matrix, state);
        int parties = Scenario.Parties.Length;
        var winSets = new OutcomeSet[parties];
        var rational = new int[parties];
        for (int p = 0; p < parties; p++)
        {
            winSets[p] = tracker.WinSet(p);
            rational[p] = tracker.IndividuallyRationalCount(p);
        }

        DealWindowStep step = round == 0 ? window.Initial : window.Steps[round - 1];
        return new WinSetState(round, step, state, winSets, rational, tracker.AgreementSpace());
    }
}

/// <summary>The win-sets and agreement space of one round of the deal window.</summary>
internal sealed record WinSetState(int Round, DealWindowStep Step, LevelTwoState State, OutcomeSet[] WinSets, int[] RationalCounts, OutcomeSet AgreementSpace)
{
    /// <summary>Bit p: in party p's win-set; bit parties: in the agreement space.</summary>
    public int Mask(int outcome)
    {
        var o = new OutcomeIndex(outcome);
        int mask = 0;
        for (int p = 0; p < WinSets.Length; p++)
        {
            if (WinSets[p].Contains(o))
            {
                mask |= 1 << p;
            }
        }

        if (AgreementSpace.Contains(o))
        {
            mask |= 1 << WinSets.Length;
        }

        return mask;
    }
}
