using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Winset.Model;

namespace Winset.Analysis.Perspective;

/// <summary>
/// Writes a <see cref="MovePerspective"/> as a few short sentences a negotiator can read. Every sentence is built from
/// the perspective's numbers and names (utilities, concessions, costs, readings, win-sets, approvals); nothing is
/// written per scenario, so the sentences change when the numbers do.
/// </summary>
/// <remarks>
/// Numbers are printed with two decimals (invariant culture). Amounts below <see cref="CommunicationModel.Negligible"/>
/// count as none. The order is: what the sender does and gives up; per receiver, the concession it hears, what it
/// takes the move to mean, what accepting would cost it and whether a rational receiver accepts; for an acceptance or
/// a refusal, the reasons as the sender heard the move it answers; win-sets; changes at home; distances to the
/// Pareto frontier and the Nash point.
/// </remarks>
public static class PerspectiveText
{
    /// <summary>The sentences of a perspective.</summary>
    public static ImmutableArray<string> Write(MovePerspective p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var s = ImmutableArray.CreateBuilder<string>();
        SenderView sender = p.Sender;
        s.Add($"{sender.Name} {Verb(p.Act)} in round {p.Round}{(p.Move.Date is { } d ? " (" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")" : string.Empty)}.");
        bool response = p.Act is SpeechAct.Accept or SpeechAct.Reject;
        if (response)
        {
            Response(s, p);
        }
        else if (sender.Utility is { } us)
        {
            s.Add($"The terms are worth {F(us)} to {sender.Name}{SenderConcession(p)}.");
        }

        foreach (ReceiverView r in p.Receivers)
        {
            if (!response && r.PerceivedConcession is { } pc && sender.Concession is { } c)
            {
                s.Add($"{r.Name} hears {Heard(pc)} where {sender.Name} {Gave(c)}.");
            }

            s.Add(MeaningSentence(p.Act, sender.Name, r));
            if (!response && r.Utility is not null && CommunicationModel.CarriesTerms(p.Act))
            {
                s.Add(Cost(p.Act, r, "Accepting now"));
                s.Add(Decision(r));
            }
        }

        if (p.Offer is not null)
        {
            WinSetSentences(s, p);
            HomeChanges(s, p);
            if (p.DistanceToParetoFrontier is { } df)
            {
                string nash = p.DistanceToNash is { } dn ? $" and {F(dn)} from the Nash point" : string.Empty;
                s.Add(df < CommunicationModel.Negligible
                    ? $"The terms are on the Pareto frontier{(nash.Length > 0 ? "," + nash[4..] : string.Empty)}."
                    : $"The terms lie {F(df)} from the Pareto frontier{nash}.");
            }
        }

        return s.ToImmutable();
    }

    private static string F(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Verb(SpeechAct act) => act switch
    {
        SpeechAct.Offer => "makes an offer",
        SpeechAct.ConditionalOffer => "makes a conditional offer",
        SpeechAct.Request => "makes a request",
        SpeechAct.Ultimatum => "issues an ultimatum",
        SpeechAct.PublicDisclosure => "makes the terms public",
        SpeechAct.PrivateAssurance => "gives a private assurance",
        SpeechAct.Accept => "accepts",
        SpeechAct.Reject => "says no",
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, "Not a speech act."),
    };

    private static string SenderConcession(MovePerspective p)
    {
        string against = p.ReferenceKind == ReferenceKind.OwnPreviousOffer ? "its previous offer" : "the terms on the table";
        return p.Sender.Concession switch
        {
            null => ", an opening offer",
            { } c when c >= CommunicationModel.Negligible => $", a concession of {F(c)} from {against}",
            { } c when c <= -CommunicationModel.Negligible => $", {F(-c)} more than {against}",
            _ => $", no change from {against}",
        };
    }

    private static string Heard(double pc) =>
        pc >= CommunicationModel.Negligible ? $"a concession worth {F(pc)}"
        : pc <= -CommunicationModel.Negligible ? $"a step back that costs it {F(-pc)}"
        : "no concession at all";

    private static string Gave(double c) =>
        c >= CommunicationModel.Negligible ? $"gave up {F(c)}"
        : c <= -CommunicationModel.Negligible ? $"gained {F(-c)}"
        : "gave up nothing";

    private static string MeaningSentence(SpeechAct act, string senderName, ReceiverView r)
    {
        MeaningMismatch m = r.Mismatch;
        string meant = MeaningPhrases.Of(act, m.Intended.Dominant);
        string heard = MeaningPhrases.Of(act, m.Perceived.Dominant);
        string gap = $"{F(m.Size)} on {MeaningPhrases.Name(m.Dimension)}";
        if (!m.IsFlagged)
        {
            return $"{r.Name} hears it as meant, {heard} (mismatch {gap}, below the {F(CommunicationModel.MismatchThreshold)} threshold).";
        }

        return meant == heard
            ? $"{senderName} means {meant} and {r.Name} hears {heard} too, but their readings differ by {gap}, above the {F(CommunicationModel.MismatchThreshold)} threshold."
            : $"{senderName} means {meant}; {r.Name} hears {heard}: a mismatch of {gap}, above the {F(CommunicationModel.MismatchThreshold)} threshold.";
    }

    private static string Cost(SpeechAct act, ReceiverView r, string accepting)
    {
        double u = r.Utility ?? 0;
        double net = r.NetUtility ?? 0;
        string versus = net >= r.Reservation ? "at or above" : "below";
        if (r.FaceCost < CommunicationModel.Negligible && r.AudienceCost < CommunicationModel.Negligible)
        {
            return $"{accepting} would cost {r.Name} nothing in face; the terms are worth {F(u)} to it, {versus} its reservation value {F(r.Reservation)}.";
        }

        string what = act is SpeechAct.ConditionalOffer or SpeechAct.Request ? "asking in public" : "conceding in public";
        var b = new StringBuilder($"{accepting} would mean {what}, ");
        if (r.FaceCost >= CommunicationModel.Negligible)
        {
            b.Append($"a face cost of {F(r.FaceCost)}");
            if (r.AudienceCost >= CommunicationModel.Negligible)
            {
                b.Append($" and an audience cost of {F(r.AudienceCost)}");
            }
        }
        else
        {
            b.Append($"an audience cost of {F(r.AudienceCost)}");
        }

        b.Append($" for {r.Name}: the terms are worth {F(u)} to it, {F(net)} after that, {versus} its reservation value {F(r.Reservation)}.");
        return b.ToString();
    }

    private static string Decision(ReceiverView r)
    {
        if (r.WouldAccept == true)
        {
            return $"A rational {r.Name} would accept.";
        }

        var reasons = new List<string>();
        if (r.NetUtility < r.Reservation)
        {
            reasons.Add(r.Utility >= r.Reservation ? "the cost of accepting outweighs its gain" : "the terms are worth less than no deal");
        }

        if (r.InWinSet == false)
        {
            reasons.Add("its home would not ratify them");
        }

        return $"A rational {r.Name} says no: {string.Join(", and ", reasons)}.";
    }

    private static void Response(ImmutableArray<string>.Builder s, MovePerspective p)
    {
        SenderView sender = p.Sender;
        if (sender.Utility is not { } u)
        {
            return;
        }

        string verb = p.Act == SpeechAct.Accept ? "accepts" : "declines";
        s.Add($"{sender.Name} {verb} terms worth {F(u)} to it.");
        if (sender.Reception is not { } r)
        {
            return;
        }

        SpeechAct answered = sender.Answered ?? SpeechAct.Offer;
        s.Add($"{sender.Name} heard the offer as {MeaningPhrases.Of(answered, r.Perceived.Dominant)}.");
        s.Add(Cost(answered, r, "Accepting"));
        bool rational = r.WouldAccept == true;
        s.Add(p.Act == SpeechAct.Reject
            ? rational ? $"By these numbers {sender.Name} had reason to accept." : Decision(r)
            : rational ? $"Accepting pays for {sender.Name}." : $"{sender.Name} accepts although by these numbers it should not.");
    }

    private static void WinSetSentences(ImmutableArray<string>.Builder s, MovePerspective p)
    {
        var parties = new List<(int Party, string Name, bool? Now, bool? Before, bool Own)>
        {
            (p.Sender.Party, p.Sender.Name, p.Sender.InWinSet, null, true),
        };
        parties.AddRange(p.Receivers.Select(r => (r.Party, r.Name, r.InWinSet, r.InWinSetBefore, false)));
        foreach (var (party, name, now, before, own) in parties)
        {
            var home = p.HomeFront.Where(c => c.Party == party).ToList();
            if (home.Count == 0 || now is not { } inside)
            {
                continue;
            }

            string whose = own ? $"{Possessive(name)} own" : Possessive(name);
            if (inside)
            {
                if (before == false)
                {
                    s.Add($"The terms have entered {whose} win-set.");
                }
                else if (!own)
                {
                    s.Add($"The terms are inside {whose} win-set.");
                }

                continue;
            }

            string lead = before == true ? $"The terms have left {whose} win-set" : $"The terms are outside {whose} win-set";
            var pivotal = home.Where(c => c.Pivotal).ToList();
            var opposed = home.Where(c => !c.Approves && c.Mobilisation > 0).ToList();
            string why = pivotal.Count > 0
                ? $": {Names(pivotal.Select(c => $"{c.Name} ({F(c.Utility)} < {F(c.Threshold)})"))} {(pivotal.Count == 1 ? "holds" : "each hold")} the key"
                : opposed.Count > 0 ? $": {Names(opposed.Select(c => $"{c.Name} ({F(c.Utility)} < {F(c.Threshold)})"))} oppose" : string.Empty;
            s.Add(lead + why + ".");
        }
    }

    private static void HomeChanges(ImmutableArray<string>.Builder s, MovePerspective p)
    {
        foreach (var group in p.HomeFront.GroupBy(c => (c.Party, c.PartyName)))
        {
            var changes = new List<string>();
            foreach (ConstituencyView c in group)
            {
                if (c.ApprovalChanged)
                {
                    changes.Add(c.Approves
                        ? $"the approval of {c.Name} rises to its threshold ({F(c.Utility)} ≥ {F(c.Threshold)})"
                        : $"the approval of {c.Name} drops below its threshold ({F(c.Utility)} < {F(c.Threshold)})");
                }

                double dm = c.Mobilisation - c.MobilisationBefore;
                if (Math.Abs(dm) >= CommunicationModel.Negligible)
                {
                    changes.Add($"the mobilisation of {c.Name} {(dm > 0 ? "rises" : "falls")} from {F(c.MobilisationBefore)} to {F(c.Mobilisation)}");
                }
            }

            if (changes.Count > 0)
            {
                bool heardInPublic = p.Move.Public && group.Key.Party != p.Sender.Party;
                string lead = heardInPublic ? $"Hearing the terms in public, at home in {group.Key.PartyName}" : $"At home in {group.Key.PartyName}";
                s.Add($"{lead}, {string.Join("; ", changes)}.");
            }
        }
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        const int Max = 4;
        if (list.Count > Max)
        {
            int more = list.Count - Max;
            list = [.. list.Take(Max), $"{more} more"];
        }

        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    /// <summary>English possessive: "China's", "United States'" (a name ending in s takes only the apostrophe).</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";
}
