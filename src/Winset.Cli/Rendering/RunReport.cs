using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Winset.Analysis;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;

namespace Winset.Cli.Rendering;

/// <summary>What <c>winset run</c> reports about one session: the data, then its table and JSON forms.</summary>
internal sealed record RunReport(
    Scenario Scenario,
    ImmutableArray<string> Agents,
    SessionResult Result,
    ImmutableArray<double>? AgreementUtilities,
    double? DistanceToPareto,
    double? DistanceToNash,
    ImmutableArray<double>? NashUtilities)
{
    public static RunReport From(Scenario scenario, IReadOnlyList<Agent> agents, SessionResult result, UtilityMatrix matrix, ScenarioAnalysis analysis)
    {
        ImmutableArray<double>? undiscounted = result.Agreement is { } a ? matrix.UtilitiesOf(a) : null;
        return new RunReport(
            scenario,
            [.. agents.Select(x => x.Name)],
            result,
            undiscounted,
            undiscounted is { } u ? SolutionDistances.ToParetoFrontier(matrix, analysis, u.AsSpan()) : null,
            undiscounted is { } v ? SolutionDistances.ToNash(analysis, v.AsSpan()) : null,
            analysis.Nash?.Utilities);
    }

    public static string EndedName(SessionEnd end) => end switch
    {
        SessionEnd.Agreement => "agreement",
        SessionEnd.Deadline => "deadline",
        SessionEnd.WalkAway => "walkaway",
        _ => "error",
    };

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", Scenario.Name);
            OutcomeJson.WriteStrings(w, "parties", Scenario.Parties.Select(p => p.Name));
            OutcomeJson.WriteStrings(w, "agents", Agents);
            w.WriteString("ended", EndedName(Result.Ended));
            w.WriteNumber("round", Result.Round);
            w.WriteNumber("time", Result.Time);
            w.WriteNumber("moves", Result.MoveCount);
            if (Result.Ratified is { } ratified)
            {
                w.WriteBoolean("ratified", ratified);
                OutcomeJson.WriteStrings(w, "ratificationFailedBy", Result.RatificationFailedBy.Select(p => Scenario.Parties[p].Name));
            }
            else
            {
                w.WriteNull("ratified");
            }

            if (Result.Agreement is { } agreement)
            {
                w.WriteNumber("agreementOutcome", agreement.Value);
                w.WritePropertyName("agreement");
                OutcomeJson.WriteValues(w, Scenario.Space, agreement);
            }
            else
            {
                w.WriteNull("agreementOutcome");
                w.WriteNull("agreement");
            }

            w.WritePropertyName("utilities");
            OutcomeJson.WriteNumbers(w, Result.Utilities);
            if (AgreementUtilities is { } u)
            {
                w.WritePropertyName("undiscountedUtilities");
                OutcomeJson.WriteNumbers(w, u);
            }
            else
            {
                w.WriteNull("undiscountedUtilities");
            }

            OutcomeJson.WriteNumberOrNull(w, "distanceToPareto", DistanceToPareto);
            OutcomeJson.WriteNumberOrNull(w, "distanceToNash", DistanceToNash);
            if (NashUtilities is { } n)
            {
                w.WritePropertyName("nashUtilities");
                OutcomeJson.WriteNumbers(w, n);
            }
            else
            {
                w.WriteNull("nashUtilities");
            }

            if (Result.Ended == SessionEnd.Error)
            {
                w.WriteStartObject("error");
                w.WriteString("agent", Result.ErringAgent);
                w.WriteString("party", Result.ErringParty is { } p ? Scenario.Parties[p].Name : null);
                w.WriteString("message", Result.ErrorMessage);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Render(IAnsiConsole console)
    {
        string how = Result.Ended switch
        {
            SessionEnd.Agreement => "[green]agreement[/]",
            SessionEnd.Deadline => "[yellow]deadline reached without agreement[/]",
            SessionEnd.WalkAway => "[yellow]a party walked away[/]",
            _ => $"[red]error[/]: agent {Markup.Escape(Result.ErringAgent ?? "?")} failed: {Markup.Escape(Result.ErrorMessage ?? "")}",
        };
        console.MarkupLine($"[bold]{Markup.Escape(Scenario.Name)}[/]: {how} in round {Result.Round} (t = {F(Result.Time)}, {Result.MoveCount} moves)");
        if (Result.Ratified is { } ratified)
        {
            console.MarkupLine(ratified
                ? "Ratified at home by every party."
                : $"[red]Not ratified[/] by {Markup.Escape(string.Join(", ", Result.RatificationFailedBy.Select(p => Scenario.Parties[p].Name)))}: involuntary defection.");
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("");
        for (int p = 0; p < Scenario.Parties.Length; p++)
        {
            table.AddColumn(new TableColumn($"{Markup.Escape(Scenario.Parties[p].Name)}\n[grey]{Markup.Escape(Agents[p])}[/]").RightAligned());
        }

        table.AddRow(["Utility (discounted)", .. Result.Utilities.Select(F)]);
        if (AgreementUtilities is { } u)
        {
            table.AddRow(["Utility (undiscounted)", .. u.Select(F)]);
        }

        if (NashUtilities is { } n)
        {
            table.AddRow(["Nash point", .. n.Select(F)]);
        }

        table.AddRow(["Reservation value", .. Scenario.Parties.Select(p => F(p.Profile.ReservationValue))]);
        console.Write(table);

        if (Result.Agreement is { } a)
        {
            console.MarkupLine($"Agreement: {Markup.Escape(AnalysisTable.Describe(Scenario.Space, a))}");
            console.MarkupLine($"Distance to the Pareto frontier: {F(DistanceToPareto ?? 0)}; to the Nash point: {(DistanceToNash is { } d ? F(d) : "-")}");
        }
    }

    private static string F(double d) => d.ToString("0.0000", CultureInfo.InvariantCulture);
}
