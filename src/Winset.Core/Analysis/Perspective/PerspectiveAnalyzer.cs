using System.Collections.Immutable;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Analysis.Perspective;

/// <summary>
/// Explains moves (a scenario's scripted moves, the moves of a trace, or a hypothetical offer) as
/// <see cref="MovePerspective"/>s: the numbers come from the analysis layer (utilities, <see cref="WinSets"/>,
/// <see cref="SolutionDistances"/>), the meanings and costs from the <see cref="CommunicationModel"/>, the sentences from
/// <see cref="PerspectiveText"/>.
/// </summary>
/// <remarks>
/// <para><b>State.</b> Move i is judged in the level-II state of its round: <see cref="LevelTwoState.Initial"/> after every
/// timeline event of rounds ≤ <see cref="ScriptedMove.Round"/>, in timeline order, as in <see cref="DealWindow"/> (events
/// less likely than <see cref="DealWindow.ProbabilityCutoff"/> are ignored). A disclosure without an offer discloses the
/// terms last on the table. "Before" means the state of move i − 1 (for the first move, its own state).</para>
/// <para><b>Reference.</b> Concessions are measured against the sender's own previous offer (its last earlier move that
/// <see cref="CommunicationModel.CarriesTerms"/>); failing that, against the terms last on the table; an acceptance or a
/// refusal has no reference (<see cref="ReferenceKind"/>). An acceptance or refusal without an offer refers to the
/// offer it answers: the last earlier move of another party that carries terms.</para>
/// <para>Immutable once built; the utilities are computed once (<see cref="LevelTwoMatrix.Compute"/>) and the analysis
/// (Pareto frontier, Nash) once, so explaining many sequences on one scenario is cheap. Thread-safe.</para>
/// </remarks>
public sealed class PerspectiveAnalyzer
{
    /// <summary>Computes the utilities and the analysis of <paramref name="scenario"/>.</summary>
    /// <exception cref="Diagnostics.InputException">The space is too large to enumerate.</exception>
    public PerspectiveAnalyzer(Scenario scenario, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Matrix = LevelTwoMatrix.Compute(scenario);
        Analysis = scenario.Parties.Length >= 2 ? ScenarioAnalyzer.Analyze(Matrix.Parties, options) : null;
    }

    /// <summary>The scenario whose moves are explained.</summary>
    public Scenario Scenario { get; }

    /// <summary>The utilities of every party and constituency.</summary>
    public LevelTwoMatrix Matrix { get; }

    /// <summary>The level-I analysis (null with a single party).</summary>
    public ScenarioAnalysis? Analysis { get; }

    /// <summary>The perspectives of a scenario's scripted moves (<see cref="Scenario.Moves"/>), in order, each with its <see cref="MovePerspective.Text"/>.</summary>
    public static IReadOnlyList<MovePerspective> ExplainScript(Scenario scenario) => new PerspectiveAnalyzer(scenario).Explain(scenario.Moves);

    /// <summary>The perspective of a hypothetical move made after <paramref name="history"/> (which sets its reference and state).</summary>
    public MovePerspective ExplainOffer(ScriptedMove move, IReadOnlyList<ScriptedMove>? history = null)
    {
        ArgumentNullException.ThrowIfNull(move);
        var all = new List<ScriptedMove>(history ?? []) { move };
        return Explain(all)[^1];
    }

    /// <summary>The perspectives of a sequence of moves, in order.</summary>
    /// <exception cref="ArgumentException">A move names a party that does not exist, carries an offer from another space, or has a round below 1.</exception>
    public IReadOnlyList<MovePerspective> Explain(IReadOnlyList<ScriptedMove> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var offers = new OutcomeIndex?[moves.Count];
        for (int i = 0; i < moves.Count; i++)
        {
            offers[i] = Check(moves[i], i);
        }

        var result = new List<MovePerspective>(moves.Count);
        var states = new LevelTwoState[moves.Count];
        var winSets = new Dictionary<LevelTwoState, OutcomeSet[]>(ReferenceEqualityComparer.Instance);
        LevelTwoState initial = LevelTwoState.Initial(Scenario);
        ImmutableArray<TimelineEvent> events = Scenario.Timeline?.Events ?? [];
        LevelTwoState state = initial;
        int nextEvent = 0;
        int currentRound = 0;
        for (int i = 0; i < moves.Count; i++)
        {
            ScriptedMove move = moves[i];
            if (move.Round < currentRound)
            {
                state = initial;
                nextEvent = 0;
            }

            while (nextEvent < events.Length && events[nextEvent].Round <= move.Round)
            {
                TimelineEvent e = events[nextEvent++];
                if (e.Probability >= DealWindow.ProbabilityCutoff)
                {
                    state = state.Apply(e, Scenario, StandingOffer(moves, i, e.Round));
                }
            }

            currentRound = move.Round;
            states[i] = state;
            LevelTwoState before = i == 0 ? state : states[i - 1];
            MovePerspective p = ExplainOne(moves, offers, i, state, before, s => WinSetsOf(winSets, s));
            result.Add(p with { Sentences = PerspectiveText.Write(p) });
        }

        return result;
    }

    private OutcomeIndex? Check(ScriptedMove move, int i)
    {
        ArgumentNullException.ThrowIfNull(move, $"moves[{i}]");
        if (move.Sender < 0 || move.Sender >= Scenario.Parties.Length)
        {
            throw new ArgumentException($"Move {i + 1} ('{move.Label}') is sent by party {move.Sender}, which does not exist.", "moves");
        }

        if (move.Round < 1)
        {
            throw new ArgumentException($"Move {i + 1} ('{move.Label}') is in round {move.Round}; rounds start at 1.", "moves");
        }

        if (move.Offer is not { } offer)
        {
            return null;
        }

        var radix = Scenario.Space.Radix;
        if (offer.ValueIndices.Length != radix.Length)
        {
            throw new ArgumentException($"Move {i + 1} ('{move.Label}') offers {offer.ValueIndices.Length} values for {radix.Length} issues.", "moves");
        }

        for (int k = 0; k < radix.Length; k++)
        {
            if (offer.ValueIndices[k] < 0 || offer.ValueIndices[k] >= radix[k])
            {
                throw new ArgumentException($"Move {i + 1} ('{move.Label}') has value {offer.ValueIndices[k]} for issue {k}, outside 0..{radix[k] - 1}.", "moves");
            }
        }

        return Scenario.Space.IndexOf(offer);
    }

    /// <summary>The terms last on the table before move <paramref name="i"/>, up to round <paramref name="round"/>.</summary>
    private static Outcome? StandingOffer(IReadOnlyList<ScriptedMove> moves, int i, int round)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (moves[j].Offer is { } o && moves[j].Round <= round)
            {
                return o;
            }
        }

        return null;
    }

    private OutcomeSet[] WinSetsOf(Dictionary<LevelTwoState, OutcomeSet[]> cache, LevelTwoState state)
    {
        if (!cache.TryGetValue(state, out OutcomeSet[]? sets))
        {
            sets = new OutcomeSet[Scenario.Parties.Length];
            for (int p = 0; p < sets.Length; p++)
            {
                sets[p] = WinSets.Compute(Matrix, state, p);
            }

            cache[state] = sets;
        }

        return sets;
    }

    private static bool IsResponse(SpeechAct act) => act is SpeechAct.Accept or SpeechAct.Reject;

    private MovePerspective ExplainOne(
        IReadOnlyList<ScriptedMove> moves, OutcomeIndex?[] offers, int i, LevelTwoState state, LevelTwoState before, Func<LevelTwoState, OutcomeSet[]> winSetsOf)
    {
        ScriptedMove move = moves[i];
        int s = move.Sender;
        Party sender = Scenario.Parties[s];

        // What the move answers (acceptance, refusal), and what its concessions are measured against.
        int? respondsTo = null;
        if (IsResponse(move.Act))
        {
            for (int j = i - 1; j >= 0; j--)
            {
                if (moves[j].Sender != s && CommunicationModel.CarriesTerms(moves[j].Act) && offers[j] is { } o
                    && (offers[i] is not { } mine || mine == o))
                {
                    respondsTo = j;
                    break;
                }
            }
        }

        OutcomeIndex? offer = offers[i] ?? (respondsTo is { } r0 ? offers[r0] : null);
        OutcomeIndex? reference = null;
        var kind = ReferenceKind.None;
        if (!IsResponse(move.Act))
        {
            for (int j = i - 1; j >= 0 && reference is null; j--)
            {
                if (moves[j].Sender == s && CommunicationModel.CarriesTerms(moves[j].Act) && offers[j] is { } o)
                {
                    reference = o;
                    kind = ReferenceKind.OwnPreviousOffer;
                }
            }

            for (int j = i - 1; j >= 0 && reference is null; j--)
            {
                if (offers[j] is { } o)
                {
                    reference = o;
                    kind = ReferenceKind.StandingTerms;
                }
            }
        }

        OutcomeSet[] now = winSetsOf(state);
        OutcomeSet[] then = winSetsOf(before);
        UtilityMatrix u = Matrix.Parties;
        Meaning intended = CommunicationModel.Read(move.Act, sender.Communication);

        ReceiverView? reception = null;
        if (respondsTo is { } rt)
        {
            ScriptedMove answered = moves[rt];
            reception = Receiver(s, answered.Act, answered.Public, CommunicationModel.Read(answered.Act, Scenario.Parties[answered.Sender].Communication), offer, null, state, now, then);
        }

        var senderView = new SenderView(
            s,
            sender.Name,
            offer is { } so ? u.Utility(s, so) : null,
            offer is { } o1 && reference is { } r1 ? u.Utility(s, r1) - u.Utility(s, o1) : null,
            offer is { } o2 ? u.Utility(s, o2) >= state.Reservations[s] : null,
            offer is { } o3 ? now[s].Contains(o3) : null,
            intended,
            respondsTo,
            respondsTo is { } ra ? moves[ra].Act : null,
            reception);

        var receivers = ImmutableArray.CreateBuilder<ReceiverView>(Scenario.Parties.Length - 1);
        for (int p = 0; p < Scenario.Parties.Length; p++)
        {
            if (p != s)
            {
                receivers.Add(Receiver(p, move.Act, move.Public, intended, offer, reference, state, now, then));
            }
        }

        double? toFrontier = null;
        double? toNash = null;
        if (offer is { } oi && Analysis is not null)
        {
            ImmutableArray<double> point = u.UtilitiesOf(oi);
            toFrontier = SolutionDistances.ToParetoFrontier(u, Analysis, point.AsSpan());
            toNash = SolutionDistances.ToNash(Analysis, point.AsSpan());
        }

        return new MovePerspective(
            i,
            move,
            offer,
            reference is { } rr ? Scenario.Space.OutcomeAt(rr) : null,
            kind,
            senderView,
            receivers.MoveToImmutable(),
            offer is { } oh ? HomeFront(oh, reference, state, before) : [],
            toFrontier,
            toNash);
    }

    private ReceiverView Receiver(
        int p, SpeechAct act, bool isPublic, Meaning intended, OutcomeIndex? offer, OutcomeIndex? reference, LevelTwoState state, OutcomeSet[] now, OutcomeSet[] then)
    {
        Party party = Scenario.Parties[p];
        UtilityMatrix u = Matrix.Parties;
        Meaning perceived = CommunicationModel.Read(act, party.Communication);
        double? utility = offer is { } o ? u.Utility(p, o) : null;
        return new ReceiverView(
            p,
            party.Name,
            utility,
            offer is { } o1 && reference is { } r1 ? u.Utility(p, o1) - u.Utility(p, r1) : null,
            utility is { } x ? x >= state.Reservations[p] : null,
            offer is { } o2 ? now[p].Contains(o2) : null,
            reference is { } r2 ? then[p].Contains(r2) : null,
            perceived,
            MeaningMismatch.Between(intended, perceived),
            CommunicationModel.FaceCost(act, party.Communication, perceived, utility ?? 0),
            CommunicationModel.AudienceCost(act, isPublic, party.Communication, perceived, utility ?? 0),
            state.Reservations[p]);
    }

    private ImmutableArray<ConstituencyView> HomeFront(OutcomeIndex offer, OutcomeIndex? reference, LevelTwoState state, LevelTwoState before)
    {
        var result = ImmutableArray.CreateBuilder<ConstituencyView>();
        for (int p = 0; p < Scenario.Parties.Length; p++)
        {
            Party party = Scenario.Parties[p];
            int k = party.Constituencies.Length;
            if (k == 0)
            {
                continue;
            }

            var approves = new bool[k];
            for (int c = 0; c < k; c++)
            {
                approves[c] = Matrix.ConstituencyUtilities(p, c)[offer.Value] >= state.Thresholds[p][c];
            }

            ReadOnlySpan<double> mobilisation = state.Mobilisations[p].AsSpan();
            bool passes = party.Ratification.Passes(approves, mobilisation);
            for (int c = 0; c < k; c++)
            {
                bool pivotal = false;
                if (!passes && !approves[c] && mobilisation[c] > 0)
                {
                    approves[c] = true;
                    pivotal = party.Ratification.Passes(approves, mobilisation);
                    approves[c] = false;
                }

                result.Add(new ConstituencyView(
                    p,
                    party.Name,
                    c,
                    party.Constituencies[c].Name,
                    Matrix.ConstituencyUtilities(p, c)[offer.Value],
                    state.Thresholds[p][c],
                    mobilisation[c],
                    reference is { } r ? Matrix.ConstituencyUtilities(p, c)[r.Value] : null,
                    before.Thresholds[p][c],
                    before.Mobilisations[p][c],
                    pivotal));
            }
        }

        return result.ToImmutable();
    }
}
