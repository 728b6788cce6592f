using System.Collections.Immutable;
using Winset.Model;
using Winset.Negotiation.Protocols;

namespace Winset.Negotiation.TwoLevel;

/// <summary>
/// The level-II side of one session: the true political state (with this session's threshold noise), which timeline
/// events happen, each negotiator's belief, and the ratification vote on an agreement. See <see cref="Session"/> for
/// the rules. Created by the engine once per session; not thread-safe.
/// </summary>
internal sealed class LevelTwoRun
{
    /// <summary>The random streams of a session, apart from the agents' (which use the party index).</summary>
    private const int EventStream = 1_000_001;
    private const int NoiseStream = 1_000_002;
    private const int BeliefStream = 1_000_003;

    private readonly PreparedScenario _prepared;
    private readonly Scenario _scenario;
    private readonly ImmutableArray<TimelineEvent> _events;
    private readonly bool[] _drawn;
    private readonly double[][]? _noise;
    private readonly double[][][]? _beliefNoise;
    private readonly Information _information;
    private readonly bool _storeTrue;
    private readonly bool _storeBelief;
    private readonly WinSetBelief[] _beliefs;
    private readonly LevelTwoState[]? _beliefStates;
    private readonly Memo[][] _memo;
    private readonly bool[] _approves;
    private LevelTwoState _true;
    private readonly double[][]? _nominalOffsets;
    private LevelTwoState? _nominal;
    private int _nextEvent;
    private List<int>? _applied;

    public LevelTwoRun(PreparedScenario prepared, int seed, SessionOptions options)
    {
        _prepared = prepared;
        _scenario = prepared.Scenario;
        _events = _scenario.Timeline?.Events ?? [];
        _information = options.Information;
        int n = prepared.PartyCount;

        // 1. Which events happen: one uniform draw per event, in timeline order, whatever the noise.
        var eventRandom = new Random(StackedAlternatingOffers.AgentSeed(seed, EventStream));
        _drawn = new bool[_events.Length];
        for (int i = 0; i < _drawn.Length; i++)
        {
            _drawn[i] = eventRandom.NextDouble() < _events[i].Probability;
        }

        // 2. The true thresholds: the scenario's plus σ·z, z standard normal, per party and constituency in order.
        _true = LevelTwoState.Initial(_scenario);
        if (options.Noise > 0)
        {
            _noise = NormalDraws(new Random(StackedAlternatingOffers.AgentSeed(seed, NoiseStream)), options.Noise);
            double[][] noise = _noise;
            _true = _true.WithThresholdShifts((p, k) => noise[p][k]);
        }

        // 3. Beliefs. Complete and private information read the true state; estimated information starts from the
        //    scenario's thresholds, plus each negotiator's own error when there is belief noise.
        _storeTrue = _noise is null;
        _storeBelief = true;
        if (_information == Information.Estimated)
        {
            // The believed thresholds: the scenario's, plus the bias, plus each negotiator's own error.
            double bias = options.BeliefBias;
            _nominal = LevelTwoState.Initial(_scenario);
            if (bias != 0)
            {
                _nominalOffsets = Constant(bias);
                _nominal = _nominal.WithThresholdShifts((_, _) => bias);
            }

            if (options.BeliefNoise > 0)
            {
                _storeBelief = false;
                var beliefRandom = new Random(StackedAlternatingOffers.AgentSeed(seed, BeliefStream));
                _beliefNoise = new double[n][][];
                _beliefStates = new LevelTwoState[n];
                for (int p = 0; p < n; p++)
                {
                    double[][] error = NormalDraws(beliefRandom, options.BeliefNoise);
                    _beliefStates[p] = _nominal.WithThresholdShifts((q, k) => error[q][k]);
                    for (int q = 0; q < error.Length; q++)
                    {
                        for (int k = 0; k < error[q].Length; k++)
                        {
                            error[q][k] += bias;
                        }
                    }

                    _beliefNoise[p] = error;
                }

                _nominal = null;
            }
        }

        int maxConstituencies = 0;
        _memo = new Memo[2 + n][];
        for (int s = 0; s < _memo.Length; s++)
        {
            _memo[s] = new Memo[n];
        }

        _beliefs = new WinSetBelief[n];
        for (int p = 0; p < n; p++)
        {
            maxConstituencies = Math.Max(maxConstituencies, _scenario.Parties[p].Constituencies.Length);
            _beliefs[p] = new WinSetBelief(p, _information, prepared.UtilityArray(p));
        }

        _approves = new bool[maxConstituencies];
        Refresh();
    }

    /// <summary>The true state now.</summary>
    public LevelTwoState TrueState => _true;

    /// <summary>Negotiator p's belief.</summary>
    public WinSetBelief Belief(int party) => _beliefs[party];

    /// <summary>A party's current (true, undiscounted) reservation value.</summary>
    public double Reservation(int party) => _true.Reservations[party];

    /// <summary>The events that took effect so far (positions in the timeline), in order.</summary>
    public ImmutableArray<int> AppliedEvents => _applied is null ? [] : [.. _applied];

    /// <summary>
    /// Applies the events of every round up to <paramref name="round"/> that this session drew, in timeline order; a
    /// disclosure without an offer discloses <paramref name="standing"/> (−1: none). Returns true when a state changed.
    /// </summary>
    public bool BeginRound(int round, int standing)
    {
        bool changed = false;
        while (_nextEvent < _events.Length && _events[_nextEvent].Round <= round)
        {
            int i = _nextEvent++;
            if (!_drawn[i])
            {
                continue;
            }

            TimelineEvent e = _events[i];
            Outcome? offer = e.Disclosure is { Offer: null } && standing >= 0 ? _scenario.Space.OutcomeAt(new OutcomeIndex(standing)) : null;
            _true = Apply(_true, e, offer, _noise);
            if (_nominal is not null)
            {
                _nominal = Apply(_nominal, e, offer, _nominalOffsets);
            }

            if (_beliefStates is not null)
            {
                for (int p = 0; p < _beliefStates.Length; p++)
                {
                    _beliefStates[p] = Apply(_beliefStates[p], e, offer, _beliefNoise![p]);
                }
            }

            (_applied ??= []).Add(i);
            changed = true;
        }

        if (changed)
        {
            Refresh();
        }

        return changed;
    }

    /// <summary>
    /// The ratification votes on an outcome in the true state: true when every party's rule passes; otherwise the
    /// parties whose rule fails, in party order.
    /// </summary>
    public bool Ratify(OutcomeIndex outcome, out ImmutableArray<int> failedBy)
    {
        List<int>? failed = null;
        var matrix = _prepared.LevelTwo!;
        for (int p = 0; p < _scenario.Parties.Length; p++)
        {
            Party party = _scenario.Parties[p];
            int k = party.Constituencies.Length;
            if (k == 0)
            {
                continue;
            }

            ImmutableArray<double> thresholds = _true.Thresholds[p];
            for (int c = 0; c < k; c++)
            {
                _approves[c] = matrix.ConstituencyUtilities(p, c)[outcome.Value] >= thresholds[c];
            }

            if (!party.Ratification.Passes(_approves.AsSpan(0, k), _true.Mobilisations[p].AsSpan()))
            {
                (failed ??= []).Add(p);
            }
        }

        failedBy = failed is null ? [] : [.. failed];
        return failed is null;
    }

    private LevelTwoState Apply(LevelTwoState state, TimelineEvent e, Outcome? standing, double[][]? offsets)
    {
        LevelTwoState next = state.Apply(e, _scenario, standing);
        if (offsets is not null)
        {
            bool absolute = false;
            foreach (StateChange c in e.Changes)
            {
                absolute |= c.Target == ChangeTarget.Threshold && !c.Relative;
            }

            if (absolute)
            {
                // A threshold set by an event is the new nominal value: the session's noise (or error) stays on top.
                next = next.WithThresholdShifts((p, k) => SetsThreshold(e, p, k) ? offsets[p][k] : 0);
            }
        }

        return next;
    }

    private static bool SetsThreshold(TimelineEvent e, int party, int constituency)
    {
        foreach (StateChange c in e.Changes)
        {
            if (c.Target == ChangeTarget.Threshold && !c.Relative && c.Party == party && c.Constituency == constituency)
            {
                return true;
            }
        }

        return false;
    }

    private void Refresh()
    {
        int n = _beliefs.Length;
        if (_information == Information.Estimated)
        {
            for (int p = 0; p < n; p++)
            {
                LevelTwoState state = _beliefStates?[p] ?? _nominal!;
                int slot = _beliefStates is null ? 1 : 2 + p;
                _beliefs[p].Update(Get(state, p, slot, _storeBelief), null, state.Reservations[p]);
            }

            return;
        }

        // Private and complete information: everyone reads the true state; each win-set is computed once.
        var lists = new InSetList[n];
        for (int q = 0; q < n; q++)
        {
            lists[q] = Get(_true, q, 0, _storeTrue);
        }

        for (int p = 0; p < n; p++)
        {
            InSetList?[]? others = null;
            if (_information == Information.Complete && n > 1)
            {
                others = new InSetList?[n - 1];
                int j = 0;
                for (int q = 0; q < n; q++)
                {
                    if (q != p)
                    {
                        others[j++] = lists[q];
                    }
                }
            }

            _beliefs[p].Update(lists[p], others, _true.Reservations[p]);
        }
    }

    /// <summary>A party's win-set in a state, reusing the last one of the same slot when its part of the state is unchanged.</summary>
    private InSetList Get(LevelTwoState state, int party, int slot, bool store)
    {
        ref Memo memo = ref _memo[slot][party];
        ImmutableArray<double> thresholds = state.Thresholds[party];
        ImmutableArray<double> mobilisations = state.Mobilisations[party];
        if (memo.List is not null && memo.Thresholds.SequenceEqual(thresholds) && memo.Mobilisations.SequenceEqual(mobilisations))
        {
            return memo.List;
        }

        InSetList list = _prepared.WinSetCache.Get(_prepared, state, party, store);
        memo = new Memo(thresholds, mobilisations, list);
        return list;
    }

    private double[][] Constant(double value)
    {
        var result = new double[_scenario.Parties.Length][];
        for (int p = 0; p < result.Length; p++)
        {
            result[p] = new double[_scenario.Parties[p].Constituencies.Length];
            Array.Fill(result[p], value);
        }

        return result;
    }

    private double[][] NormalDraws(Random random, double sigma)
    {
        var result = new double[_scenario.Parties.Length][];
        for (int p = 0; p < result.Length; p++)
        {
            result[p] = new double[_scenario.Parties[p].Constituencies.Length];
            for (int k = 0; k < result[p].Length; k++)
            {
                result[p][k] = sigma * StandardNormal(random);
            }
        }

        return result;
    }

    /// <summary>Box–Muller: √(−2 ln(1 − u₁))·cos(2π u₂), two uniform draws per normal draw.</summary>
    internal static double StandardNormal(Random random)
    {
        double u1 = random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(1.0 - u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private record struct Memo(ImmutableArray<double> Thresholds, ImmutableArray<double> Mobilisations, InSetList? List);
}
