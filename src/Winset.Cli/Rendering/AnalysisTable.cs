using System.Globalization;
using Spectre.Console;
using Winset.Analysis;
using Winset.Model;

namespace Winset.Cli.Rendering;

/// <summary>The human-readable form of <c>winset analyze</c>.</summary>
internal static class AnalysisTable
{
    public static void Render(IAnsiConsole console, Scenario scenario, ScenarioAnalysis analysis, bool includeFrontier)
    {
        console.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/]: {scenario.Space.Issues.Length} issues, {scenario.Parties.Length} parties");
        var facts = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        facts.AddRow("Outcomes", N(analysis.OutcomeCount));
        facts.AddRow("Individually rational", N(analysis.IndividuallyRationalCount));
        facts.AddRow("Pareto-optimal outcomes", $"{N(analysis.ParetoFrontier.Length)} ({N(analysis.ParetoDistinctPoints)} distinct utility points)");
        facts.AddRow(
            "Reservation values",
            Markup.Escape(string.Join(", ", scenario.Parties.Select(p => $"{p.Name} {F(p.Profile.ReservationValue)}"))));
        console.Write(facts);

        // Solutions are columns and issues rows: values stay on one line even in an 80-column terminal.
        var solutions = new (string Name, SolutionPoint? Point)[]
        {
            ("Nash", analysis.Nash), ("Nash (d=0)", analysis.NashZero), ("KS", analysis.KalaiSmorodinsky),
            ("KS (GENIUS)", analysis.KalaiSmorodinskyGenius), ("Egalitarian", analysis.Egalitarian), ("Max welfare", analysis.MaxWelfare),
        };
        var table = new Table().Border(TableBorder.Rounded).Title("Solutions");
        table.AddColumn("");
        foreach (var (name, _) in solutions)
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        for (int p = 0; p < scenario.Parties.Length; p++)
        {
            int party = p;
            table.AddRow([$"[bold]{Markup.Escape(scenario.Parties[p].Name)}[/]", .. solutions.Select(s => s.Point is { } x ? F(x.Utilities[party]) : "-")]);
        }

        table.AddRow(["[grey]ties[/]", .. solutions.Select(s => s.Point is { } x ? N(x.TieCount) : "-")]);
        table.AddEmptyRow();
        for (int i = 0; i < scenario.Space.Issues.Length; i++)
        {
            int issue = i;
            table.AddRow([Markup.Escape(scenario.Space.Issues[i].Name), .. solutions.Select(s => s.Point is { } x
                ? Markup.Escape(scenario.Space.Issues[issue].ValueAt(scenario.Space.OutcomeAt(x.Outcome).ValueIndices[issue]).ToString())
                : "-")]);
        }

        console.Write(table);
        if (analysis.Nash is null)
        {
            console.MarkupLine("[yellow]No outcome is individually rational: no deal beats every party's reservation value.[/]");
        }

        console.MarkupLine("[grey]Nash: max product of gains over reservation values; Nash (d=0): disagreement at 0; KS (Kalai-Smorodinsky): the rational Pareto outcome maximising min (u-r)/(best-r); KS (GENIUS): the Pareto outcome minimising the sum of |ui-uj|.[/]");

        if (includeFrontier)
        {
            var frontier = new Table().Border(TableBorder.Simple).Title("Pareto frontier");
            foreach (Party p in scenario.Parties)
            {
                frontier.AddColumn(new TableColumn(Markup.Escape(p.Name)).RightAligned());
            }

            frontier.AddColumn("Outcome");
            foreach (OutcomeIndex o in analysis.ParetoFrontier)
            {
                Outcome outcome = scenario.Space.OutcomeAt(o);
                var cells = scenario.Parties.Select(p => F(p.Profile.Utility(outcome))).ToList();
                cells.Add(Markup.Escape(Describe(scenario.Space, o)));
                frontier.AddRow(cells.ToArray());
            }

            console.Write(frontier);
        }
    }

    public static string Describe(OutcomeSpace space, OutcomeIndex index) =>
        string.Join("; ", space.Describe(space.OutcomeAt(index)).Select(kv => $"{kv.Key}: {kv.Value}"));

    private static string F(double d) => d.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
