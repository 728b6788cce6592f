using System.Globalization;
using Spectre.Console;
using Winset.Model;
using Winset.Simulation;

namespace Winset.Cli.Rendering;

/// <summary>The human-readable form of <c>winset simulate</c>: how the runs ended, when deals came, the press releases and the events.</summary>
internal static class SimulationReportView
{
    public static void Render(IAnsiConsole console, Scenario scenario, MonteCarloReport r)
    {
        Timeline? timeline = scenario.Timeline;
        string deadline = timeline?.Deadline is { } d ? $"{r.Deadline} rounds, to {SimulationJson.Date(d)}" : $"{r.Deadline} rounds";
        console.MarkupLine(
            $"[bold]{Markup.Escape(r.Scenario)}[/]: {N(r.Runs)} runs (seed {r.Seed}), {Markup.Escape(string.Join(" vs ", r.Agents))}; " +
            $"threshold noise σ = {F(r.Noise)}, information {SimulationJson.InformationName(r.Information)}; deadline {Markup.Escape(deadline)}");

        var endings = new Table().Border(TableBorder.Rounded).Title("How the runs ended");
        endings.AddColumn("Ending");
        endings.AddColumn(new TableColumn("Runs").RightAligned());
        endings.AddColumn(new TableColumn("Probability").RightAligned());
        endings.AddRow("Ratified agreement", N(r.Count(RunCategory.RatifiedAgreement)), P(r.PRatifiedAgreement));
        endings.AddRow("Ratification failure (involuntary defection)", N(r.Count(RunCategory.RatificationFailure)), P(r.PRatificationFailure));
        endings.AddRow("No agreement by the deadline (delay)", N(r.Count(RunCategory.NoAgreement)), P(r.PNoAgreement));
        endings.AddRow("Breakdown (a side walked away)", N(r.Count(RunCategory.Breakdown)), P(r.PBreakdown));
        if (r.Count(RunCategory.Error) > 0)
        {
            endings.AddRow("[red]Agent error[/]", N(r.Count(RunCategory.Error)), P(r.PError));
        }

        console.Write(endings);

        var releases = new Table().Border(TableBorder.Rounded).Title("Press releases");
        releases.AddColumn(new TableColumn("Probability").RightAligned());
        releases.AddColumn("What happened");
        releases.AddColumn("Terms");
        foreach (PressRelease p in r.Outcomes)
        {
            string terms = p.Outcome is null
                ? "-"
                : string.Join("\n", p.Terms.Select(t => $"{t.Key}: {t.Value}"));
            string what = p.Headline;
            if (p.Outcome is not null)
            {
                what += $"\nutilities {string.Join(", ", r.Parties.Select((name, i) => $"{name} {F(p.Utilities[i])}"))}";
                if (p.DistinctOutcomes > 1)
                {
                    what += $"\n{N(p.DistinctOutcomes)} nearby outcomes";
                }
            }

            what += $"\nmean round {p.MeanRound.ToString("0.0", CultureInfo.InvariantCulture)}";
            releases.AddRow(P(p.Probability), Markup.Escape(what), Markup.Escape(terms));
        }

        console.Write(releases);

        if (r.AgreementTimes.Count > 0)
        {
            var quantiles = new Table().Border(TableBorder.Rounded).Title("When ratified agreements came");
            quantiles.AddColumn("Quantile");
            quantiles.AddColumn(new TableColumn("Round").RightAligned());
            if (timeline?.Start is not null)
            {
                quantiles.AddColumn("Date");
            }

            quantiles.AddRow(["mean", r.AgreementTimes.MeanRound!.Value.ToString("0.0", CultureInfo.InvariantCulture), .. timeline?.Start is null ? Array.Empty<string>() : ["-"]]);
            foreach (RoundQuantile q in r.AgreementTimes.Quantiles)
            {
                string label = q.Probability == 0.5 ? "median" : $"{(q.Probability * 100).ToString("0", CultureInfo.InvariantCulture)}th";
                quantiles.AddRow([label, q.Round.ToString(CultureInfo.InvariantCulture), .. q.Date is { } dd ? [SimulationJson.Date(dd)] : Array.Empty<string>()]);
            }

            console.Write(quantiles);

            var chart = new BarChart().Label("Ratified agreements by round").Width(Math.Min(console.Profile.Width, 100));
            foreach (RoundCount h in r.AgreementTimes.Histogram)
            {
                string label = h.Date is { } hd ? $"{h.Round} ({SimulationJson.Date(hd)})" : h.Round.ToString(CultureInfo.InvariantCulture);
                chart.AddItem(label, h.Count, Color.Green);
            }

            console.Write(chart);
        }

        if (!r.Events.IsEmpty)
        {
            var events = new Table().Border(TableBorder.Rounded).Title("Events");
            events.AddColumn("Event");
            events.AddColumn(timeline?.Start is null ? "Round" : "Round (date)");
            events.AddColumn(new TableColumn("Declared p").RightAligned());
            events.AddColumn(new TableColumn("Took effect").RightAligned());
            foreach (EventFrequency e in r.Events)
            {
                string when = timeline?.DateOf(e.Round) is { } ed ? $"{e.Round} ({SimulationJson.Date(ed)})" : e.Round.ToString(CultureInfo.InvariantCulture);
                events.AddRow(Markup.Escape(e.Label), when, F(e.Probability), P(e.Frequency));
            }

            console.Write(events);
        }

        console.MarkupLine("[grey]Each run draws every constituency's true threshold (scenario's + Normal(0, σ)) and which probabilistic events happen; a signed deal goes to every home's ratification vote in the true state. Deals are clustered by the parties' utilities; \"Took effect\" counts events drawn and reached before the run ended.[/]");
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double d) => d.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("0.0%", CultureInfo.InvariantCulture);
}
