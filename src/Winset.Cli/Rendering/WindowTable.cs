using System.Globalization;
using Spectre.Console;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Cli.Rendering;

/// <summary>The human-readable form of <c>winset window</c>: the rounds where something changed, then the open intervals.</summary>
internal static class WindowTable
{
    public static void Render(IAnsiConsole console, DealWindowReport report, bool allRounds)
    {
        Scenario scenario = report.Scenario;
        Timeline? timeline = scenario.Timeline;
        bool calendar = timeline?.Start is not null;
        string clock = timeline is null
            ? "no timeline (one step)"
            : $"{timeline.Rounds} rounds" + (calendar ? $" of {timeline.StepDays} days, {WindowJson.Date(timeline.Start!.Value)} to {WindowJson.Date(timeline.Deadline!.Value)}" : string.Empty);
        console.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/]: {N(scenario.Space.Count)} outcomes, {scenario.Parties.Length} parties, {Markup.Escape(clock)}");

        var table = new Table().Border(TableBorder.Rounded).Title("Deal window");
        table.AddColumn(new TableColumn("Round").RightAligned());
        if (calendar)
        {
            table.AddColumn(new TableColumn("Date").NoWrap());
        }

        table.AddColumn(new TableColumn("Deals").RightAligned());
        foreach (Party p in scenario.Parties)
        {
            table.AddColumn(new TableColumn($"Win-set {Markup.Escape(p.Name)}").RightAligned());
        }

        table.AddColumn(new TableColumn("Best deal").RightAligned());
        table.AddColumn("Events");
        var terms = new List<(int Round, OutcomeIndex Outcome)>();
        OutcomeIndex? lastBest = null;
        foreach (DealWindowStep step in report.Steps)
        {
            if (step.BestDeal is { } shown && shown.Outcome != lastBest)
            {
                terms.Add((step.Round, shown.Outcome));
            }

            lastBest = step.BestDeal?.Outcome;
            if (!allRounds && !step.Changed)
            {
                continue;
            }

            var cells = new List<string> { step.Round.ToString(CultureInfo.InvariantCulture) };
            if (calendar)
            {
                cells.Add(step.Date is { } d ? WindowJson.Date(d) : string.Empty);
            }

            cells.Add(step.IsOpen ? $"[green]{N(step.AgreementSpaceSize)}[/]" : "[red]0[/]");
            cells.AddRange(step.WinSetSizes.Select(N));
            cells.Add(step.BestDeal is { } best ? string.Join(" / ", best.Utilities.Select(F)) : "-");
            // The table names events by their kind to stay narrow; their full labels follow below it.
            cells.Add(Markup.Escape(string.Join(", ", step.Events.Select(e => e.Kind ?? e.Label))));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        foreach (DealWindowStep step in report.Steps.Where(s => !s.Events.IsEmpty))
        {
            string when = step.Date is { } d ? $"round {step.Round} ({WindowJson.Date(d)})" : $"round {step.Round}";
            console.MarkupLine($"  {when}: {Markup.Escape(string.Join("; ", step.Events.Select(e => e.Label)))}");
        }

        if (!report.EverOpen)
        {
            console.MarkupLine("[yellow]The window never opens: no outcome is ratified by every party and better than every reservation value.[/]");
            return;
        }

        console.MarkupLine("Window open: " + Markup.Escape(string.Join("; ", report.OpenIntervals.Select(Interval))));
        foreach (var (round, outcome) in terms)
        {
            console.MarkupLine($"Best deal from round {round}: " + Markup.Escape(AnalysisTable.Describe(scenario.Space, outcome)));
        }

        console.MarkupLine("[grey]Deals: the agreement space (outcomes every party ratifies and prefers to no deal). Best deal: its Nash point, each party's utility (" +
            Markup.Escape(string.Join(" / ", scenario.Parties.Select(p => p.Name))) + "). Events below probability 0.5 are left out.[/]");
        if (!allRounds)
        {
            console.MarkupLine("[grey]Rows: rounds with events or new figures (--all lists every round).[/]");
        }
    }

    private static string Interval(WindowInterval i)
    {
        string rounds = i.FirstRound == i.LastRound ? $"round {i.FirstRound}" : $"rounds {i.FirstRound}-{i.LastRound}";
        return i.Start is { } s && i.End is { } e ? $"{rounds} ({WindowJson.Date(s)} to {WindowJson.Date(e)})" : rounds;
    }

    private static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
