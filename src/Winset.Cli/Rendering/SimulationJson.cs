using System.Globalization;
using System.Text;
using System.Text.Json;
using Winset.Model;
using Winset.Negotiation.TwoLevel;
using Winset.Simulation;

namespace Winset.Cli.Rendering;

/// <summary>
/// The JSON form of <c>winset simulate</c>: one object with <c>runs</c>, the probabilities (<c>pRatifiedAgreement</c>,
/// <c>pRatificationFailure</c>, <c>pNoAgreement</c>, <c>pBreakdown</c>, <c>pError</c>), <c>agreementTimes</c>,
/// <c>outcomes</c> (the press releases, each with <c>probability</c> and <c>terms</c>: issue → value), <c>events</c> and
/// <c>meanUtilities</c>. Nothing depends on the clock or the parallelism: the same seed gives the same bytes.
/// </summary>
internal static class SimulationJson
{
    public static string Write(Scenario scenario, MonteCarloReport r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", r.Scenario);
            OutcomeJson.WriteStrings(w, "parties", r.Parties);
            OutcomeJson.WriteStrings(w, "agents", r.Agents);
            w.WriteNumber("runs", r.Runs);
            w.WriteNumber("seed", r.Seed);
            w.WriteNumber("noise", r.Noise);
            w.WriteNumber("beliefNoise", r.BeliefNoise);
            w.WriteString("information", InformationName(r.Information));
            w.WriteNumber("deadline", r.Deadline);
            if (scenario.Timeline?.Deadline is { } date)
            {
                w.WriteString("deadlineDate", Date(date));
            }

            w.WriteNumber("pRatifiedAgreement", r.PRatifiedAgreement);
            w.WriteNumber("pRatificationFailure", r.PRatificationFailure);
            w.WriteNumber("pNoAgreement", r.PNoAgreement);
            w.WriteNumber("pBreakdown", r.PBreakdown);
            w.WriteNumber("pError", r.PError);

            w.WriteStartObject("agreementTimes");
            w.WriteNumber("count", r.AgreementTimes.Count);
            if (r.AgreementTimes.MeanRound is { } mean)
            {
                w.WriteNumber("meanRound", mean);
            }
            else
            {
                w.WriteNull("meanRound");
            }

            w.WriteStartArray("quantiles");
            foreach (RoundQuantile q in r.AgreementTimes.Quantiles)
            {
                w.WriteStartObject();
                w.WriteNumber("p", q.Probability);
                w.WriteNumber("round", q.Round);
                WriteDate(w, q.Date);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("histogram");
            foreach (RoundCount h in r.AgreementTimes.Histogram)
            {
                w.WriteStartObject();
                w.WriteNumber("round", h.Round);
                WriteDate(w, h.Date);
                w.WriteNumber("count", h.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartArray("outcomes");
            foreach (PressRelease p in r.Outcomes)
            {
                w.WriteStartObject();
                w.WriteString("kind", KindName(p.Kind));
                w.WriteString("headline", p.Headline);
                w.WriteNumber("probability", p.Probability);
                w.WriteNumber("runs", p.Runs);
                if (p.Outcome is { } o)
                {
                    w.WriteNumber("outcome", o.Value);
                    w.WritePropertyName("terms");
                    OutcomeJson.WriteValues(w, scenario.Space, o);
                    w.WritePropertyName("utilities");
                    OutcomeJson.WriteNumbers(w, p.Utilities);
                }
                else
                {
                    w.WriteNull("outcome");
                    w.WriteStartObject("terms");
                    w.WriteEndObject();
                    w.WriteNull("utilities");
                }

                w.WriteNumber("distinctOutcomes", p.DistinctOutcomes);
                w.WriteNumber("meanRound", p.MeanRound);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("events");
            foreach (EventFrequency e in r.Events)
            {
                w.WriteStartObject();
                w.WriteString("label", e.Label);
                w.WriteNumber("round", e.Round);
                WriteDate(w, scenario.Timeline?.DateOf(e.Round));
                w.WriteNumber("probability", e.Probability);
                w.WriteNumber("frequency", e.Frequency);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("meanUtilities");
            OutcomeJson.WriteNumbers(w, r.MeanUtilities);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string KindName(PressReleaseKind kind) => kind switch
    {
        PressReleaseKind.Deal => "deal",
        PressReleaseKind.OtherDeals => "otherDeals",
        PressReleaseKind.RatificationFailure => "ratificationFailure",
        PressReleaseKind.Delay => "delay",
        PressReleaseKind.Breakdown => "breakdown",
        _ => "error",
    };

    public static string InformationName(Information information) => information switch
    {
        Information.Private => "private",
        Information.Complete => "complete",
        _ => "estimated",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDate(Utf8JsonWriter w, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString("date", Date(d));
        }
    }
}
