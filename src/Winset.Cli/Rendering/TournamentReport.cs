using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;
using Winset.Negotiation.Tournaments;

namespace Winset.Cli.Rendering;

/// <summary>
/// What <c>winset tournament</c> and <c>winset runs show/export</c> report: the standings of one tournament, as tables,
/// JSON and CSV.
/// </summary>
internal sealed record TournamentReport(string Name, string? Store, int Ran, TournamentStandings Standings)
{
    /// <summary>The CSV header; rows with scenario <c>*</c> are over all scenarios.</summary>
    public const string CsvHeader =
        "scenario,rank,agent,sessions,completed,errors,faults,agreements,meanUtility,meanAdvantage,agreementRate,meanWelfare,meanDistanceToPareto,meanDistanceToNash,meanRounds";

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", Name);
            if (Store is not null)
            {
                w.WriteString("store", Store);
            }

            w.WriteNumber("negotiations", Standings.Negotiations);
            w.WriteNumber("recorded", Standings.Recorded);
            w.WriteNumber("ran", Ran);
            w.WriteNumber("completed", Standings.Completed);
            w.WriteNumber("errors", Standings.Errors);
            w.WriteNumber("agreements", Standings.Agreements);
            w.WritePropertyName("ranking");
            WriteRanking(w, Standings.Ranking);
            w.WriteStartArray("scenarios");
            foreach (ScenarioStandings s in Standings.Scenarios)
            {
                w.WriteStartObject();
                w.WriteString("scenario", s.Scenario);
                w.WritePropertyName("ranking");
                WriteRanking(w, s.Ranking);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("errorSamples");
            foreach (string e in Standings.ErrorSamples)
            {
                w.WriteStringValue(e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append(CsvHeader).Append('\n');
        foreach (AgentStanding a in Standings.Ranking)
        {
            AppendRow(sb, "*", a);
        }

        foreach (ScenarioStandings s in Standings.Scenarios)
        {
            foreach (AgentStanding a in s.Ranking)
            {
                AppendRow(sb, s.Scenario, a);
            }
        }

        return sb.ToString();
    }

    public void Render(IAnsiConsole console)
    {
        TournamentStandings s = Standings;
        string state = s.Recorded == s.Negotiations ? "complete" : $"[yellow]{s.Negotiations - s.Recorded:N0} sessions still to run[/]";
        console.MarkupLine(
            $"[bold]Tournament {Markup.Escape(Name)}[/]: {s.Negotiations:N0} negotiations ({state}), {Ran:N0} run now; " +
            $"{s.Completed:N0} completed, {s.Agreements:N0} agreements, {(s.Errors > 0 ? "[red]" : "")}{s.Errors:N0} errors{(s.Errors > 0 ? "[/]" : "")}" +
            (Store is null ? "" : $"; store [bold]{Markup.Escape(Store)}[/]"));
        console.Write(Table("Ranking (by mean utility)", null, s.Ranking));
        var byScenario = new Table().Border(TableBorder.Rounded).Title("By scenario");
        AddColumns(byScenario, withScenario: true);
        foreach (ScenarioStandings sc in s.Scenarios)
        {
            bool first = true;
            foreach (AgentStanding a in sc.Ranking)
            {
                byScenario.AddRow(Cells(first ? sc.Scenario : "", a));
                first = false;
            }
        }

        console.Write(byScenario);
        foreach (string e in s.ErrorSamples)
        {
            console.MarkupLine($"[red]error[/] {Markup.Escape(e)}");
        }
    }

    private static Table Table(string title, string? scenario, IEnumerable<AgentStanding> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title);
        AddColumns(table, withScenario: false);
        foreach (AgentStanding a in rows)
        {
            table.AddRow(Cells(scenario, a));
        }

        return table;
    }

    private static void AddColumns(Table table, bool withScenario)
    {
        if (withScenario)
        {
            table.AddColumn("Scenario");
        }

        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Agent");
        foreach (string h in new[] { "Utility", "Advantage", "Agreements", "Welfare", "To Pareto", "To Nash", "Rounds", "Sessions", "Errors" })
        {
            table.AddColumn(new TableColumn(h).RightAligned());
        }
    }

    private static IRenderable[] Cells(string? scenario, AgentStanding a)
    {
        var cells = new List<string>();
        if (scenario is not null)
        {
            cells.Add(Markup.Escape(scenario));
        }

        cells.Add(a.Rank.ToString(CultureInfo.InvariantCulture));
        cells.Add(Markup.Escape(a.Agent));
        cells.Add(F(a.MeanUtility));
        cells.Add(F(a.MeanAdvantage));
        cells.Add(double.IsNaN(a.AgreementRate) ? "-" : a.AgreementRate.ToString("P1", CultureInfo.InvariantCulture));
        cells.Add(F(a.MeanWelfare));
        cells.Add(F(a.MeanDistanceToPareto));
        cells.Add(F(a.MeanDistanceToNash));
        cells.Add(double.IsNaN(a.MeanRounds) ? "-" : a.MeanRounds.ToString("0.0", CultureInfo.InvariantCulture));
        cells.Add(a.Sessions.ToString("N0", CultureInfo.InvariantCulture));
        cells.Add(a.Errors == 0 ? "0" : $"[red]{a.Errors:N0}[/]" + (a.Faults > 0 ? $" ({a.Faults:N0} own)" : ""));
        return [.. cells.Select(c => (IRenderable)new Markup(c))];
    }

    private static void WriteRanking(Utf8JsonWriter w, IEnumerable<AgentStanding> rows)
    {
        w.WriteStartArray();
        foreach (AgentStanding a in rows)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", a.Rank);
            w.WriteString("agent", a.Agent);
            OutcomeJson.WriteNumberOrNull(w, "meanUtility", a.MeanUtility);
            OutcomeJson.WriteNumberOrNull(w, "meanAdvantage", a.MeanAdvantage);
            OutcomeJson.WriteNumberOrNull(w, "agreementRate", a.AgreementRate);
            OutcomeJson.WriteNumberOrNull(w, "meanWelfare", a.MeanWelfare);
            OutcomeJson.WriteNumberOrNull(w, "meanDistanceToPareto", a.MeanDistanceToPareto);
            OutcomeJson.WriteNumberOrNull(w, "meanDistanceToNash", a.MeanDistanceToNash);
            OutcomeJson.WriteNumberOrNull(w, "meanRounds", a.MeanRounds);
            w.WriteNumber("sessions", a.Sessions);
            w.WriteNumber("completed", a.Completed);
            w.WriteNumber("agreements", a.Agreements);
            w.WriteNumber("errors", a.Errors);
            w.WriteNumber("faults", a.Faults);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void AppendRow(StringBuilder sb, string scenario, AgentStanding a)
    {
        sb.Append(Csv(scenario)).Append(',').Append(a.Rank.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Csv(a.Agent));
        foreach (int n in new[] { a.Sessions, a.Completed, a.Errors, a.Faults, a.Agreements })
        {
            sb.Append(',').Append(n.ToString(CultureInfo.InvariantCulture));
        }

        foreach (double d in new[] { a.MeanUtility, a.MeanAdvantage, a.AgreementRate, a.MeanWelfare, a.MeanDistanceToPareto, a.MeanDistanceToNash, a.MeanRounds })
        {
            sb.Append(',');
            if (double.IsFinite(d))
            {
                sb.Append(d.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        sb.Append('\n');
    }

    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string F(double d) => double.IsFinite(d) ? d.ToString("0.0000", CultureInfo.InvariantCulture) : "-";
}

/// <summary>A progress column showing the rate, in sessions per second.</summary>
internal sealed class TournamentRateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } s ? s.ToString("N0", CultureInfo.InvariantCulture) + "/s" : "-/s");
}
