using System.Globalization;
using System.Text;
using System.Text.Json;
using Winset.Analysis.TwoLevel;

namespace Winset.Cli.Rendering;

/// <summary>
/// The JSON form of <c>winset window</c>: a list with one object per round —
/// <c>{time, round, date, label, agreementSpaceSize, winSetSizes, bestDeal}</c>, where time is the round's first day
/// (yyyy-MM-dd) when the timeline has a calendar and the round number otherwise, and bestDeal is null or
/// <c>{outcome, utilities, values}</c>. Field names are part of Winset's interface.
/// </summary>
internal static class WindowJson
{
    public static string Write(DealWindowReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (DealWindowStep step in report.Steps)
            {
                w.WriteStartObject();
                if (step.Date is { } date)
                {
                    w.WriteString("time", Date(date));
                }
                else
                {
                    w.WriteNumber("time", step.Round);
                }

                w.WriteNumber("round", step.Round);
                if (step.Date is { } d)
                {
                    w.WriteString("date", Date(d));
                }
                else
                {
                    w.WriteNull("date");
                }

                w.WriteString("label", step.Label);
                w.WriteNumber("agreementSpaceSize", step.AgreementSpaceSize);
                w.WriteStartArray("winSetSizes");
                foreach (int size in step.WinSetSizes)
                {
                    w.WriteNumberValue(size);
                }

                w.WriteEndArray();
                if (step.BestDeal is { } best)
                {
                    w.WriteStartObject("bestDeal");
                    w.WriteNumber("outcome", best.Outcome.Value);
                    w.WritePropertyName("utilities");
                    OutcomeJson.WriteNumbers(w, best.Utilities);
                    w.WritePropertyName("values");
                    OutcomeJson.WriteValues(w, report.Scenario.Space, best.Outcome);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("bestDeal");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
