using Winset.Analysis;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Web.Api;
using Winset.Web.Library;
using SessionOptions = Winset.Negotiation.SessionOptions;

namespace Winset.Web.Rehearsal;

/// <summary>
/// One rehearsal: a person plays one party against an agent. The state is the person's moves so far; every read
/// replays the session from the start (see <see cref="HumanAgent"/>), so the agent's answers follow the engine's rules
/// and the seed exactly.
/// </summary>
/// <remarks>Thread-safe: moves and reads are serialised by a lock.</remarks>
internal sealed class RehearsalSession
{
    /// <summary>The agent when the request names none.</summary>
    public const string DefaultAgent = "conceder";

    /// <summary>The deadline when the request names none.</summary>
    public const int DefaultRounds = 20;

    /// <summary>How money left on the table is defined, as the debrief states it.</summary>
    public const string LeftOnTableDefinition =
        "Money left on the table = the largest joint gain Σ (u_i(p) − u_i(x)) over Pareto-optimal outcomes p that leave no party worse off " +
        "than the result x (the agreement, or everyone's reservation value without one): what both sides could still have gained together. " +
        "It is 0 when the agreement is on the Pareto frontier. Also shown: the welfare gap (the most total utility any outcome gives, minus " +
        "the result's), and the Euclidean distance from the result to the frontier.";

    private readonly object _lock = new();
    private readonly List<HumanMove> _moves = [];
    private readonly Agent _opponent;

    public RehearsalSession(string id, LibraryEntry entry, int side, string agent, int rounds, int seed)
    {
        Id = id;
        Entry = entry;
        Side = side;
        _opponent = AgentPresets.Create(agent);
        Rounds = rounds;
        Seed = seed;
        LastUsed = Environment.TickCount64;
    }

    public string Id { get; }

    public LibraryEntry Entry { get; }

    public int Side { get; }

    public int Rounds { get; }

    public int Seed { get; }

    public long LastUsed { get; private set; }

    public string AgentName => _opponent.Name;

    /// <summary>Replays the session and describes where it stands.</summary>
    public RehearsalStateDto State()
    {
        lock (_lock)
        {
            LastUsed = Environment.TickCount64;
            return Describe(Replay([.. _moves]));
        }
    }

    /// <summary>Plays the person's move and describes the new state.</summary>
    /// <exception cref="InputException">It is not the person's turn, or the move is not allowed now.</exception>
    public RehearsalStateDto Play(RehearsalMoveRequest request)
    {
        lock (_lock)
        {
            LastUsed = Environment.TickCount64;
            Replayed now = Replay([.. _moves]);
            if (!now.Waiting)
            {
                throw new InputException("the rehearsal is over; start a new one.");
            }

            HumanMove move = Parse(request, now);
            _moves.Add(move);
            return Describe(Replay([.. _moves]));
        }
    }

    /// <summary>The person's own utility of an outcome (undiscounted, and discounted to the current time).</summary>
    public OwnUtilityDto Utility(int outcome)
    {
        ScenarioWorkspace w = Entry.Workspace;
        CheckOutcome(outcome, w.Matrix.OutcomeCount);
        double u = w.Matrix.Utility(Side, new OutcomeIndex(outcome));
        Profile profile = w.Scenario.Parties[Side].Profile;
        double t;
        lock (_lock)
        {
            t = Replay([.. _moves]).Outcome.Result.Time;
        }

        return new OwnUtilityDto(outcome, u, profile.Discount(u, t), u >= profile.ReservationValue);
    }

    private HumanMove Parse(RehearsalMoveRequest request, Replayed now)
    {
        string action = (request.Action ?? string.Empty).Trim().ToLowerInvariant();
        OutcomeSpace space = Entry.Scenario.Space;
        switch (action)
        {
            case "offer":
                int outcome;
                if (request.Choices is { } choices)
                {
                    if (choices.Count != space.Issues.Length)
                    {
                        throw new InputException($"'choices' must give one value index per issue ({space.Issues.Length}), not {choices.Count}.");
                    }

                    for (int i = 0; i < choices.Count; i++)
                    {
                        if (choices[i] < 0 || choices[i] >= space.Issues[i].Count)
                        {
                            throw new InputException($"'choices[{i}]' must be a value index of issue '{space.Issues[i].Name}' (0 to {space.Issues[i].Count - 1}), not {choices[i]}.");
                        }
                    }

                    outcome = space.Encode([.. choices]).Value;
                }
                else if (request.Outcome is { } o)
                {
                    CheckOutcome(o, Entry.Workspace.Matrix.OutcomeCount);
                    outcome = o;
                }
                else
                {
                    throw new InputException("an offer needs 'choices' (one value index per issue) or 'outcome' (an outcome index).");
                }

                return new HumanMove(HumanAction.Offer, outcome);
            case "accept":
                if (now.Standing is null || now.StandingProposer == Side)
                {
                    throw new InputException("there is no offer from the other side to accept; make an offer instead.");
                }

                return new HumanMove(HumanAction.Accept, now.Standing.Value);
            case "walkaway":
                return new HumanMove(HumanAction.WalkAway, 0);
            default:
                throw new InputException($"'action' must be offer, accept or walkaway, not '{Printable(request.Action)}'.");
        }
    }

    private static void CheckOutcome(int outcome, int count)
    {
        if (outcome < 0 || outcome >= count)
        {
            throw new InputException($"'outcome' must be an outcome index from 0 to {count - 1}, not {outcome}.");
        }
    }

    private static string Printable(string? s) => s is null ? string.Empty : s.Length <= 40 ? s : s[..40] + "…";

    private Replayed Replay(List<HumanMove> script)
    {
        Scenario s = Entry.Scenario;
        var agents = new Agent[s.Parties.Length];
        for (int p = 0; p < agents.Length; p++)
        {
            agents[p] = p == Side ? HumanAgent.Create(script) : _opponent;
        }

        SessionOutcome outcome = Session.Run(Entry.Workspace.Prepared, agents, new SessionOptions { Rounds = Rounds, Seed = Seed });
        SessionResult r = outcome.Result;
        bool waiting = r.Ended == SessionEnd.Error && r.ErringParty == Side && r.ErrorMessage == HumanAgent.WaitingMessage;
        int? standing = null;
        int proposer = -1;
        foreach (Move m in outcome.Trace.Moves)
        {
            switch (m.Action)
            {
                case MoveAction.Offer:
                    standing = m.Outcome!.Value.Value;
                    proposer = m.Party;
                    break;
                case MoveAction.Hold:
                    standing = null;
                    proposer = -1;
                    break;
            }
        }

        return new Replayed(outcome, waiting, standing, proposer);
    }

    private RehearsalStateDto Describe(Replayed now)
    {
        ScenarioWorkspace w = Entry.Workspace;
        Scenario s = w.Scenario;
        Profile profile = s.Parties[Side].Profile;
        SessionResult r = now.Outcome.Result;
        var history = new List<RehearsalMoveDto>();
        ReadOnlySpan<Move> moves = now.Outcome.Trace.Moves;
        for (int i = 0; i < moves.Length; i++)
        {
            Move m = moves[i];
            history.Add(new RehearsalMoveDto(
                i, m.Round, m.Party, s.Parties[m.Party].Name, Trace.ActionName(m.Action), m.Outcome?.Value,
                m.Outcome is { } o ? Json.Values(s.Space, o) : null,
                m.Outcome is { } o2 ? w.Matrix.Utility(Side, o2) : null));
        }

        StandingOfferDto? standing = null;
        if (now.Standing is { } st)
        {
            var index = new OutcomeIndex(st);
            var choices = new int[s.Space.Issues.Length];
            s.Space.Decode(index, choices);
            standing = new StandingOfferDto(st, now.StandingProposer, s.Parties[now.StandingProposer].Name, Json.Values(s.Space, index), choices, w.Matrix.Utility(Side, index));
        }

        IReadOnlyList<IReadOnlyList<double>>? tables = null;
        bool cap = false;
        if (profile is LinearAdditiveProfile l)
        {
            tables = [.. Enumerable.Range(0, s.Space.Issues.Length).Select(i => (IReadOnlyList<double>)l.WeightedTable(i).ToArray())];
            cap = l.CapAtOne;
        }

        return new RehearsalStateDto(
            Id,
            Entry.Id,
            s.Name,
            Side,
            s.Parties[Side].Name,
            [.. s.Parties.Select(p => p.Name)],
            AgentName,
            s.Timeline?.Rounds ?? Rounds,
            Seed,
            now.Waiting ? "yourTurn" : "finished",
            r.Round,
            r.Time,
            profile.ReservationValue,
            profile.DiscountFactor,
            tables,
            cap,
            standing,
            now.Waiting && now.Standing is not null && now.StandingProposer != Side,
            history,
            now.Waiting ? null : Debrief(now.Outcome));
    }

    private DebriefDto Debrief(SessionOutcome outcome)
    {
        ScenarioWorkspace w = Entry.Workspace;
        Scenario s = w.Scenario;
        SessionResult r = outcome.Result;
        ScenarioAnalysis a = w.Analysis;
        UtilityMatrix m = w.Matrix;
        var agents = new string[s.Parties.Length];
        for (int p = 0; p < agents.Length; p++)
        {
            agents[p] = p == Side ? HumanAgent.Name : AgentName;
        }

        RunResponse report = RunService.Report(Entry, agents, Rounds, Seed, outcome);
        double[] point = r.Agreement is { } ag && r.Ratified != false
            ? [.. m.UtilitiesOf(ag)]
            : [.. s.Parties.Select(p => p.Profile.ReservationValue)];
        LeftOnTableDto left = LeftOnTable(w, point);
        double welfare = point.Sum();
        double maxWelfare = a.MaxWelfare.Objective;
        double you = point[Side];
        double? nashYou = a.Nash?.Utilities[Side];
        string ended = RunService.EndedName(r.Ended);
        string how = r.Ended switch
        {
            SessionEnd.Agreement when r.Ratified == false => "You reached an agreement at the table, but ratification failed at home",
            SessionEnd.Agreement => $"Agreement in round {r.Round}",
            SessionEnd.WalkAway => $"No agreement: {s.Parties[outcome.Trace.Moves[^1].Party].Name} walked away in round {r.Round}",
            SessionEnd.Deadline => "No agreement before the deadline",
            _ => $"The session ended with an error: {r.ErrorMessage}",
        };
        string summary = FormattableString.Invariant($"{how}. You ({s.Parties[Side].Name}) got {you:0.000}") +
            (nashYou is { } nv ? FormattableString.Invariant($" against {nv:0.000} at the Nash point") : string.Empty) +
            FormattableString.Invariant($"; money left on the table: {left.Joint:0.000} (joint utility), welfare gap {maxWelfare - welfare:0.000}.");
        return new DebriefDto(
            ended,
            r.Ratified,
            r.Agreement?.Value,
            r.Agreement is { } ag2 ? Json.Values(s.Space, ag2) : null,
            point,
            [.. r.Utilities],
            Json.Solution(s, a.Nash),
            SolutionDistances.ToParetoFrontier(m, a, point),
            SolutionDistances.ToNash(a, point),
            welfare,
            maxWelfare,
            maxWelfare - welfare,
            left,
            you,
            nashYou,
            report.Trace,
            summary,
            LeftOnTableDefinition);
    }

    /// <summary>See <see cref="LeftOnTableDto"/>: the best joint gain over frontier outcomes that make nobody worse off.</summary>
    internal static LeftOnTableDto LeftOnTable(ScenarioWorkspace w, IReadOnlyList<double> point)
    {
        const double Tolerance = 1e-12;
        UtilityMatrix m = w.Matrix;
        double best = 0;
        int? bestOutcome = null;
        foreach (OutcomeIndex o in w.Analysis.ParetoFrontier)
        {
            double gain = 0;
            bool ok = true;
            for (int p = 0; p < m.PartyCount && ok; p++)
            {
                double d = m.Utility(p, o) - point[p];
                ok = d >= -Tolerance;
                gain += d;
            }

            if (ok && gain > best + Tolerance)
            {
                best = gain;
                bestOutcome = o.Value;
            }
        }

        return bestOutcome is { } b
            ? new LeftOnTableDto(best, b, [.. m.UtilitiesOf(new OutcomeIndex(b))], Json.Values(w.Scenario.Space, new OutcomeIndex(b)))
            : new LeftOnTableDto(0, null, null, null);
    }

    private sealed record Replayed(SessionOutcome Outcome, bool Waiting, int? Standing, int StandingProposer);
}
