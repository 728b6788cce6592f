using System.Globalization;
using Winset.Analysis.Perspective;
using Winset.Analysis.TwoLevel;
using Winset.Model;
using Winset.Negotiation;
using Winset.Web.Library;

namespace Winset.Web.Api;

/// <summary>
/// The perspective of each move of a trace. The core's <see cref="PerspectiveAnalyzer"/> explains the moves (what the
/// sender gives up and means, what each receiver hears and would accept, what each constituency at home makes of it,
/// in sentences); the trace's moves are read as speech acts: an offer as <see cref="SpeechAct.Offer"/>, an acceptance as
/// <see cref="SpeechAct.Accept"/>, a walk-away or a hold as <see cref="SpeechAct.Reject"/> without terms. The per-receiver
/// lines and home-front tables come from the same numbers. Should the analyzer refuse a sequence, a plainer perspective
/// from utilities alone is given (<c>source</c> says which).
/// </summary>
internal static class TracePerspectives
{
    public static PerspectiveDto[] Compute(ScenarioWorkspace w, IReadOnlyList<Move> moves)
    {
        try
        {
            return FromCore(w, moves);
        }
        catch (ArgumentException)
        {
            return FromUtilities(w, moves);
        }
    }

    private static PerspectiveDto[] FromCore(ScenarioWorkspace w, IReadOnlyList<Move> moves)
    {
        Scenario s = w.Scenario;
        Timeline? timeline = s.Timeline;
        var script = new ScriptedMove[moves.Count];
        for (int i = 0; i < moves.Count; i++)
        {
            Move m = moves[i];
            SpeechAct act = m.Action switch
            {
                MoveAction.Offer => SpeechAct.Offer,
                MoveAction.Accept => SpeechAct.Accept,
                _ => SpeechAct.Reject,
            };
            Outcome? offer = m.Action is MoveAction.Offer or MoveAction.Accept && m.Outcome is { } o ? s.Space.OutcomeAt(o) : null;
            DateOnly? date = timeline is not null && m.Round <= timeline.Rounds ? timeline.DateOf(m.Round) : null;
            script[i] = new ScriptedMove($"move {i + 1}", m.Party, act, offer, m.Round, date);
        }

        IReadOnlyList<Winset.Analysis.Perspective.MovePerspective> explained = w.Perspective.Explain(script);
        var result = new PerspectiveDto[moves.Count];
        for (int i = 0; i < moves.Count; i++)
        {
            Move m = moves[i];
            var p = explained[i];
            var receivers = new List<HearingDto>();
            foreach (ReceiverView r in p.Receivers)
            {
                Party party = s.Parties[r.Party];
                ConstituencyHearingDto[] groups = [.. p.HomeFront.Where(c => c.Party == r.Party).Select(c => new ConstituencyHearingDto(c.Name, c.Utility, c.Threshold, c.Approves))];
                bool? approved = party.HasLevelTwo ? r.InWinSet : null;
                receivers.Add(new HearingDto(r.Party, r.Name, r.Utility, r.PerceivedConcession, groups, approved, HearingText(s, m, r.Party, r.Utility, r.PerceivedConcession, groups, approved)));
            }

            string prefix = m.Action switch
            {
                MoveAction.WalkAway => $"{s.Parties[m.Party].Name} walks away from the table. ",
                MoveAction.Hold => $"{s.Parties[m.Party].Name} holds: it makes no offer and the standing offer lapses. ",
                _ => string.Empty,
            };
            result[i] = new PerspectiveDto("core", m.Party, p.Sender.Utility, p.Sender.Concession, receivers, prefix + p.Text);
        }

        return result;
    }

    private static PerspectiveDto[] FromUtilities(ScenarioWorkspace w, IReadOnlyList<Move> moves)
    {
        Scenario s = w.Scenario;
        int n = s.Parties.Length;
        var lastOffer = new int?[n];
        var result = new PerspectiveDto[moves.Count];
        int rounds = s.Timeline?.Rounds ?? 0;
        for (int i = 0; i < moves.Count; i++)
        {
            Move m = moves[i];
            WinSetState? state = w.IsTwoLevel ? w.WinSetsAt(rounds > 0 ? Math.Clamp(m.Round, 0, rounds) : 0) : null;
            result[i] = One(w, m, lastOffer, state);
            if (m.Action == MoveAction.Offer && m.Outcome is { } o)
            {
                lastOffer[m.Party] = o.Value;
            }
        }

        return result;
    }

    private static PerspectiveDto One(ScenarioWorkspace w, Move m, int?[] lastOffer, WinSetState? state)
    {
        Scenario s = w.Scenario;
        string sender = s.Parties[m.Party].Name;
        int? outcome = m.Outcome?.Value;
        double? own = outcome is { } o ? w.Matrix.Utility(m.Party, new OutcomeIndex(o)) : null;
        double? concession = m.Action == MoveAction.Offer && own is { } u && lastOffer[m.Party] is { } prev
            ? w.Matrix.Utility(m.Party, new OutcomeIndex(prev)) - u
            : null;
        var receivers = new List<HearingDto>();
        for (int r = 0; r < s.Parties.Length; r++)
        {
            if (r != m.Party)
            {
                receivers.Add(Hear(w, m, r, outcome, lastOffer[m.Party], state));
            }
        }

        string head = m.Action switch
        {
            MoveAction.Offer => $"{sender} offers an outcome worth {F(own)} to itself" + (concession is { } c
                ? c > 1e-12 ? $", conceding {F(c)} since its last offer." : c < -1e-12 ? $", asking {F(-c)} more than in its last offer." : ", repeating its demand."
                : ", its opening offer."),
            MoveAction.Accept => $"{sender} accepts the standing offer, worth {F(own)} to it.",
            MoveAction.WalkAway => $"{sender} walks away from the table.",
            _ => $"{sender} makes no offer (it holds); the standing offer lapses.",
        };
        string text = head + " " + string.Join(" ", receivers.Select(h => h.Text));
        return new PerspectiveDto("utilities", m.Party, own, concession, receivers, text.Trim());
    }

    private static HearingDto Hear(ScenarioWorkspace w, Move m, int r, int? outcome, int? senderLast, WinSetState? state)
    {
        Scenario s = w.Scenario;
        Party party = s.Parties[r];
        if (outcome is not { } o || m.Action is MoveAction.WalkAway or MoveAction.Hold)
        {
            string what = m.Action == MoveAction.WalkAway ? "no deal" : "no offer on the table";
            return new HearingDto(r, party.Name, null, null, [], null, $"{party.Name} hears {what}: it is left with its reservation value {F(party.Profile.ReservationValue)}.");
        }

        var index = new OutcomeIndex(o);
        double u = w.Matrix.Utility(r, index);
        double? change = m.Action == MoveAction.Offer && senderLast is { } prev ? u - w.Matrix.Utility(r, new OutcomeIndex(prev)) : null;
        var groups = new List<ConstituencyHearingDto>();
        bool? approved = null;
        if (state is not null && w.LevelTwo is { } l2 && party.HasLevelTwo)
        {
            var utilities = l2.ConstituencyUtilitiesOf(r, index);
            for (int k = 0; k < party.Constituencies.Length; k++)
            {
                double threshold = state.State.Thresholds[r][k];
                groups.Add(new ConstituencyHearingDto(party.Constituencies[k].Name, utilities[k], threshold, utilities[k] >= threshold));
            }

            approved = state.WinSets[r].Contains(index);
        }

        return new HearingDto(r, party.Name, u, change, groups, approved, HearingText(s, m, r, u, change, groups, approved));
    }

    private static string HearingText(Scenario s, Move m, int r, double? utility, double? change, IReadOnlyList<ConstituencyHearingDto> groups, bool? approved)
    {
        Party party = s.Parties[r];
        if (utility is not { } u)
        {
            string what = m.Action == MoveAction.WalkAway ? "no deal" : "no offer on the table";
            return $"{party.Name} hears {what}: it is left with its reservation value {F(party.Profile.ReservationValue)}.";
        }

        string verb = m.Action == MoveAction.Accept ? "hears the acceptance of an outcome" : "hears an offer";
        return $"{party.Name} {verb} worth {F(u)} to it" +
            (change is { } c ? $" ({(c >= 0 ? "+" : "−")}{F(Math.Abs(c))} on {s.Parties[m.Party].Name}'s last offer)" : string.Empty) +
            (u < party.Profile.ReservationValue ? ", below its reservation value" : string.Empty) +
            (approved is { } a ? $"; at home {groups.Count(g => g.Approves)} of {groups.Count} groups approve and ratification would {(a ? "pass" : "fail")}." : ".");
    }

    private static string F(double? d) => d is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
