using System.Text;
using System.Text.Json;
using Winset.Analysis;
using Winset.Model;

namespace Winset.Cli.Rendering;

/// <summary>The JSON form of <c>winset analyze</c> (one object; field names are part of Winset's interface).</summary>
internal static class AnalysisJson
{
    public static string Write(Scenario scenario, ScenarioAnalysis analysis, bool includeFrontier, double tieQuantum)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", scenario.Name);
            OutcomeJson.WriteStrings(w, "parties", scenario.Parties.Select(p => p.Name));
            OutcomeJson.WriteStrings(w, "issues", scenario.Space.Issues.Select(i => i.Name));
            w.WritePropertyName("reservationValues");
            OutcomeJson.WriteNumbers(w, scenario.Parties.Select(p => p.Profile.ReservationValue));
            w.WriteNumber("outcomeCount", analysis.OutcomeCount);
            w.WriteNumber("individuallyRationalCount", analysis.IndividuallyRationalCount);
            w.WriteNumber("paretoOutcomeCount", analysis.ParetoFrontier.Length);
            w.WriteNumber("paretoDistinctPoints", analysis.ParetoDistinctPoints);
            w.WriteNumber("tieQuantum", tieQuantum);
            Solution(w, "nash", scenario, analysis.Nash);
            Solution(w, "nashZero", scenario, analysis.NashZero);
            Solution(w, "nashGenius", scenario, analysis.NashGenius);
            Solution(w, "kalaiSmorodinsky", scenario, analysis.KalaiSmorodinsky);
            Solution(w, "kalaiSmorodinskyGenius", scenario, analysis.KalaiSmorodinskyGenius);
            Solution(w, "kalaiSmorodinskyZero", scenario, analysis.KalaiSmorodinskyZero);
            Solution(w, "egalitarian", scenario, analysis.Egalitarian);
            Solution(w, "maxWelfare", scenario, analysis.MaxWelfare);
            if (includeFrontier)
            {
                w.WriteStartArray("paretoFrontier");
                var columns = scenario.Parties.Select(p => p.Profile).ToArray();
                foreach (OutcomeIndex o in analysis.ParetoFrontier)
                {
                    w.WriteStartObject();
                    w.WriteNumber("outcome", o.Value);
                    w.WritePropertyName("utilities");
                    Outcome outcome = scenario.Space.OutcomeAt(o);
                    OutcomeJson.WriteNumbers(w, columns.Select(p => p.Utility(outcome)));
                    w.WritePropertyName("values");
                    OutcomeJson.WriteValues(w, scenario.Space, o);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Solution(Utf8JsonWriter w, string name, Scenario scenario, SolutionPoint? point)
    {
        if (point is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("outcome", point.Outcome.Value);
        w.WritePropertyName("utilities");
        OutcomeJson.WriteNumbers(w, point.Utilities);
        w.WritePropertyName("values");
        OutcomeJson.WriteValues(w, scenario.Space, point.Outcome);
        w.WriteNumber("objective", point.Objective);
        w.WriteNumber("ties", point.TieCount);
        w.WriteEndObject();
    }
}
