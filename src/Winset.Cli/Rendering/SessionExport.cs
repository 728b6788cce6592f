using System.Globalization;
using System.Text;
using System.Text.Json;
using Winset.Negotiation.Tournaments;
using Winset.Store;

namespace Winset.Cli.Rendering;

/// <summary>Every session of a stored tournament, one row (CSV) or object (JSON) each, in session order.</summary>
internal static class SessionExport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string ToCsv(TournamentData data)
    {
        int parties = data.Records.Count == 0 ? 0 : data.Records.Max(r => r.Utilities.Length);
        var sb = new StringBuilder("session,scenario,repetition,seed,ended,round,time,moves,agreement,distance_pareto,distance_nash,erring_party,error");
        for (int p = 1; p <= parties; p++)
        {
            sb.Append(CultureInfo.InvariantCulture, $",agent_{p},utility_{p},advantage_{p}");
        }

        sb.Append('\n');
        foreach (SessionRecord r in data.Records)
        {
            sb.Append(r.Session.Index.ToString(Inv)).Append(',').Append(Csv(data.Scenarios[r.Session.Scenario])).Append(',')
                .Append(r.Session.Repetition.ToString(Inv)).Append(',').Append(r.Session.Seed.ToString(Inv)).Append(',')
                .Append(RunStore.EndedName(r.Ended)).Append(',').Append(r.Round.ToString(Inv)).Append(',').Append(N(r.Time)).Append(',')
                .Append(r.MoveCount.ToString(Inv)).Append(',').Append(r.Agreement?.ToString(Inv) ?? string.Empty).Append(',')
                .Append(N(r.DistanceToPareto)).Append(',').Append(r.DistanceToNash is { } d ? N(d) : string.Empty).Append(',')
                .Append(r.ErringParty?.ToString(Inv) ?? string.Empty).Append(',').Append(Csv(r.ErrorMessage ?? string.Empty));
            for (int p = 0; p < parties; p++)
            {
                bool has = p < r.Utilities.Length;
                sb.Append(',').Append(has ? Csv(data.Agents[r.Session.Agents[p]]) : string.Empty)
                    .Append(',').Append(has ? N(r.Utilities[p]) : string.Empty)
                    .Append(',').Append(has ? N(r.Advantages[p]) : string.Empty);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    public static string ToJson(TournamentData data)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("tournament", data.Summary.Name);
            w.WriteStartArray("sessions");
            foreach (SessionRecord r in data.Records)
            {
                w.WriteStartObject();
                w.WriteNumber("session", r.Session.Index);
                w.WriteString("scenario", data.Scenarios[r.Session.Scenario]);
                w.WriteNumber("repetition", r.Session.Repetition);
                w.WriteNumber("seed", r.Session.Seed);
                OutcomeJson.WriteStrings(w, "agents", r.Session.Agents.Select(a => data.Agents[a]));
                w.WriteString("ended", RunStore.EndedName(r.Ended));
                w.WriteNumber("round", r.Round);
                w.WriteNumber("time", r.Time);
                w.WriteNumber("moves", r.MoveCount);
                if (r.Agreement is { } a)
                {
                    w.WriteNumber("agreementOutcome", a);
                }
                else
                {
                    w.WriteNull("agreementOutcome");
                }

                w.WritePropertyName("utilities");
                OutcomeJson.WriteNumbers(w, r.Utilities);
                w.WritePropertyName("advantages");
                OutcomeJson.WriteNumbers(w, r.Advantages);
                w.WriteNumber("distanceToPareto", r.DistanceToPareto);
                OutcomeJson.WriteNumberOrNull(w, "distanceToNash", r.DistanceToNash);

                if (r.ErrorMessage is { } error)
                {
                    w.WriteStartObject("error");
                    w.WriteString("agent", r.ErringParty is { } p ? data.Agents[r.Session.Agents[p]] : null);
                    w.WriteString("message", error);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string N(double d) => d.ToString("R", Inv);

    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
