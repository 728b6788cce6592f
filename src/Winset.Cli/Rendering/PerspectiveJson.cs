using System.Text;
using System.Text.Json;
using Winset.Analysis.Perspective;
using Winset.Formats.Native;
using Winset.Model;

namespace Winset.Cli.Rendering;

/// <summary>
/// The JSON form of <c>winset explain</c>: <c>{"scenario", "source", "moves": [...]}</c>, one object per move with
/// <c>move</c> (1-based), <c>label</c>, <c>sender</c>, <c>speechAct</c>, <c>round</c>, <c>date</c>, <c>public</c>, <c>offer</c>,
/// <c>reference</c>, the sender's <c>senderUtility</c>, <c>concession</c> and <c>intended</c> reading, <c>receivers</c> (each
/// with <c>party</c>, <c>utility</c>, <c>perceivedConcession</c>, <c>individuallyRational</c>, <c>inWinSet</c>,
/// <c>faceCost</c>, <c>audienceCost</c>, <c>netUtility</c>, <c>reservation</c>, <c>wouldAccept</c>, <c>perceived</c>,
/// <c>mismatch</c>, <c>mismatchDimension</c>, <c>mismatchFlagged</c>), <c>homeFront</c>, <c>distanceToParetoFrontier</c>,
/// <c>distanceToNash</c> and <c>text</c>. Field names are part of Winset's interface.
/// </summary>
internal static class PerspectiveJson
{
    public static string Write(Scenario scenario, string source, IEnumerable<MovePerspective> perspectives)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", scenario.Name);
            w.WriteString("source", source);
            w.WriteNumber("mismatchThreshold", CommunicationModel.MismatchThreshold);
            w.WriteStartArray("moves");
            foreach (MovePerspective p in perspectives)
            {
                Move(w, scenario, p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Move(Utf8JsonWriter w, Scenario scenario, MovePerspective p)
    {
        w.WriteStartObject();
        w.WriteNumber("move", p.Index + 1);
        w.WriteString("label", p.Move.Label);
        w.WriteString("sender", p.Sender.Name);
        w.WriteString("speechAct", NativeScenarioFormat.SpeechActName(p.Act));
        w.WriteNumber("round", p.Round);
        if (p.Move.Date is { } d)
        {
            w.WriteString("date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("date");
        }

        w.WriteBoolean("public", p.Move.Public);
        if (p.Offer is { } o)
        {
            w.WritePropertyName("offer");
            OutcomeJson.WriteValues(w, scenario.Space, o);
        }
        else
        {
            w.WriteNull("offer");
        }

        w.WriteString("reference", p.ReferenceKind switch
        {
            ReferenceKind.OwnPreviousOffer => "ownPreviousOffer",
            ReferenceKind.StandingTerms => "standingTerms",
            _ => "none",
        });
        OutcomeJson.WriteNumberOrNull(w, "senderUtility", p.Sender.Utility);
        OutcomeJson.WriteNumberOrNull(w, "concession", p.Sender.Concession);
        Bool(w, "senderInWinSet", p.Sender.InWinSet);
        Reading(w, "intended", p.Act, p.Sender.Intended);
        if (p.Sender.Reception is { } reception)
        {
            w.WritePropertyName("senderReception");
            Receiver(w, p.Sender.Answered ?? SpeechAct.Offer, reception);
        }

        w.WriteStartArray("receivers");
        foreach (ReceiverView r in p.Receivers)
        {
            Receiver(w, p.Act, r);
        }

        w.WriteEndArray();
        w.WriteStartArray("homeFront");
        foreach (ConstituencyView c in p.HomeFront)
        {
            w.WriteStartObject();
            w.WriteString("party", c.PartyName);
            w.WriteString("constituency", c.Name);
            w.WriteNumber("utility", c.Utility);
            w.WriteNumber("threshold", c.Threshold);
            w.WriteNumber("mobilisation", c.Mobilisation);
            w.WriteBoolean("approves", c.Approves);
            Bool(w, "approvedBefore", c.ApprovedBefore);
            w.WriteNumber("mobilisationBefore", c.MobilisationBefore);
            w.WriteBoolean("pivotal", c.Pivotal);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        OutcomeJson.WriteNumberOrNull(w, "distanceToParetoFrontier", p.DistanceToParetoFrontier);
        OutcomeJson.WriteNumberOrNull(w, "distanceToNash", p.DistanceToNash);
        w.WriteString("text", p.Text);
        w.WriteEndObject();
    }

    private static void Receiver(Utf8JsonWriter w, SpeechAct act, ReceiverView r)
    {
        w.WriteStartObject();
        w.WriteString("party", r.Name);
        OutcomeJson.WriteNumberOrNull(w, "utility", r.Utility);
        OutcomeJson.WriteNumberOrNull(w, "perceivedConcession", r.PerceivedConcession);
        Bool(w, "individuallyRational", r.IndividuallyRational);
        Bool(w, "inWinSet", r.InWinSet);
        Bool(w, "inWinSetBefore", r.InWinSetBefore);
        w.WriteNumber("faceCost", r.FaceCost);
        w.WriteNumber("audienceCost", r.AudienceCost);
        OutcomeJson.WriteNumberOrNull(w, "netUtility", r.NetUtility);
        w.WriteNumber("reservation", r.Reservation);
        Bool(w, "wouldAccept", r.WouldAccept);
        Reading(w, "perceived", act, r.Perceived);
        w.WriteNumber("mismatch", r.Mismatch.Size);
        w.WriteString("mismatchDimension", Camel(r.Mismatch.Dimension));
        w.WriteBoolean("mismatchFlagged", r.Mismatch.IsFlagged);
        w.WriteEndObject();
    }

    private static void Reading(Utf8JsonWriter w, string name, SpeechAct act, Meaning m)
    {
        w.WriteStartObject(name);
        w.WriteString("reads", MeaningPhrases.Of(act, m.Dominant));
        w.WriteNumber("generosity", m.Generosity);
        w.WriteNumber("pressure", m.Pressure);
        w.WriteNumber("faceThreat", m.FaceThreat);
        w.WriteNumber("commitment", m.Commitment);
        w.WriteEndObject();
    }

    private static string Camel(MeaningDimension d) => d switch
    {
        MeaningDimension.FaceThreat => "faceThreat",
        _ => d.ToString().ToLowerInvariant(),
    };

    private static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
