using System.Globalization;
using Spectre.Console;
using Winset.Analysis.Perspective;
using Winset.Analysis.TwoLevel;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Cli.Rendering;

/// <summary>The power indices of every party's constituencies and the pivot report, as tables.</summary>
internal static class PowerTable
{
    /// <summary>How many ranked changes to show per party.</summary>
    public const int TopChanges = 5;

    public static void Render(IAnsiConsole console, LevelTwoMatrix matrix, LevelTwoState state)
    {
        Scenario scenario = matrix.Scenario;
        PivotReport pivots = PivotAnalysis.Compute(matrix, state);
        for (int p = 0; p < scenario.Parties.Length; p++)
        {
            Party party = scenario.Parties[p];
            if (!party.HasLevelTwo)
            {
                continue;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"Power in {Markup.Escape(PerspectiveText.Possessive(party.Name))} ratification");
            table.AddColumn("Constituency");
            table.AddColumn(new TableColumn("Mobilisation").RightAligned());
            table.AddColumn(new TableColumn("Threshold").RightAligned());
            table.AddColumn(new TableColumn("Shapley-Shubik").RightAligned());
            table.AddColumn(new TableColumn("Banzhaf").RightAligned());
            table.AddColumn(new TableColumn("Swings").RightAligned());
            PowerIndices? power = null;
            string? refusal = null;
            try
            {
                power = PowerIndex.Compute(scenario, p, state);
            }
            catch (InputException ex)
            {
                refusal = ex.Message;
            }

            for (int c = 0; c < party.Constituencies.Length; c++)
            {
                table.AddRow(
                    Markup.Escape(party.Constituencies[c].Name),
                    F(state.Mobilisations[p][c]),
                    F(state.Thresholds[p][c]),
                    power is null ? "-" : F(power.ShapleyShubik[c]),
                    power is null ? "-" : F(power.BanzhafNormalised[c]),
                    power is null ? "-" : power.Swings[c].ToString("N0", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            if (refusal is not null)
            {
                console.MarkupLine($"[yellow]{Markup.Escape(refusal)}[/]");
            }
            else if (power is { IsExact: false })
            {
                console.MarkupLine($"[grey]Weights rounded to {power.WeightUnit:G3} of the mobilised total.[/]");
            }

            PartyPivots ranked = pivots.Parties[p];
            var changes = new Table().Border(TableBorder.Simple).Title($"Pivotal changes for {Markup.Escape(party.Name)} (win-set {ranked.WinSetSize:N0})");
            changes.AddColumn("Change");
            changes.AddColumn(new TableColumn("Win-set moves").RightAligned());
            changes.AddColumn(new TableColumn("New win-set").RightAligned());
            changes.AddColumn(new TableColumn("Agreement space").RightAligned());
            foreach (PivotChange change in ranked.Changes.Take(TopChanges))
            {
                string note = change.EmptiesAgreementSpace ? " [red](closes the window)[/]" : change.OpensAgreementSpace ? " [green](opens the window)[/]" : string.Empty;
                changes.AddRow(
                    Markup.Escape(Describe(change)),
                    change.SymmetricDifference.ToString("N0", CultureInfo.InvariantCulture),
                    change.NewWinSetSize.ToString("N0", CultureInfo.InvariantCulture),
                    change.NewAgreementSpaceSize.ToString("N0", CultureInfo.InvariantCulture) + note);
            }

            console.Write(changes);
        }
    }

    private static string Describe(PivotChange c) => c.Kind switch
    {
        PivotKind.Mobilise => $"mobilise {c.ConstituencyName} ({F(c.From)} -> 1)",
        PivotKind.Demobilise => $"demobilise {c.ConstituencyName} ({F(c.From)} -> 0)",
        PivotKind.RaiseThreshold => $"{c.ConstituencyName} threshold {F(c.From)} -> {F(c.To)}",
        _ => $"{c.ConstituencyName} threshold {F(c.From)} -> {F(c.To)}",
    };

    private static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
}
