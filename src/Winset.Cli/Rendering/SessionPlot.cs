using ScottPlot;
using Winset.Analysis;
using Winset.Analysis.Perspective;
using Winset.Diagnostics;
using Winset.Formats;
using Winset.Negotiation;

namespace Winset.Cli.Rendering;

/// <summary>
/// Draws a session (ScottPlot): the utility plane of the first two parties (every outcome, sampled when there are
/// many; the Pareto frontier; the Nash point; each party's offers as a path; the agreement), and below it each
/// party's own utility of its offers over normalised time.
/// </summary>
internal static class SessionPlot
{
    /// <summary>Outcomes drawn at most; larger spaces are drawn from an evenly strided sample.</summary>
    public const int MaxOutcomePoints = 5000;

    private const int Width = 900;
    private const int PanelHeight = 700;

    private static readonly Color[] PartyColors =
    [
        new(31, 119, 180), new(255, 127, 14), new(44, 160, 44), new(148, 103, 189), new(140, 86, 75), new(227, 119, 194),
    ];

    public static void Save(string path, Model.Scenario scenario, UtilityMatrix matrix, ScenarioAnalysis analysis, SessionOutcome outcome)
    {
        Plot plane = Plane(scenario, matrix, analysis, outcome);
        Plot time = OffersOverTime(scenario, outcome.Trace);
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        string ext = Path.GetExtension(full).ToLowerInvariant();
        string temp = Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}{ext}");
        try
        {
            if (ext == ".svg")
            {
                // Two SVG documents stacked inside one: each keeps its own coordinate system.
                string top = plane.GetSvgXml(Width, PanelHeight);
                string bottom = time.GetSvgXml(Width, PanelHeight);
                string svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{2 * PanelHeight}\">\n"
                    + Place(top, 0) + "\n" + Place(bottom, PanelHeight) + "\n</svg>\n";
                File.WriteAllText(temp, svg);
            }
            else
            {
                var multiplot = new Multiplot(plane);
                multiplot.AddPlot(time);
                multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
                multiplot.SavePng(temp, Width, 2 * PanelHeight);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot write the plot: {e.Message}", SourceLocation.InFile(path), e);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static string Place(string svg, int y)
    {
        int at = svg.IndexOf("<svg", StringComparison.Ordinal);
        return at < 0 ? svg : svg[..at] + $"<svg x=\"0\" y=\"{y}\"" + svg[(at + 4)..];
    }

    private static Plot Plane(Model.Scenario scenario, UtilityMatrix matrix, ScenarioAnalysis analysis, SessionOutcome outcome)
    {
        var plot = new Plot();
        ReadOnlySpan<double> ux = matrix.Utilities(0);
        ReadOnlySpan<double> uy = matrix.Utilities(1);
        int n = matrix.OutcomeCount;
        int stride = Math.Max(1, (int)Math.Ceiling(n / (double)MaxOutcomePoints));
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < n; i += stride)
        {
            xs.Add(ux[i]);
            ys.Add(uy[i]);
        }

        var all = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), new Color(190, 190, 190));
        all.MarkerSize = 3;
        all.LegendText = stride == 1 ? $"outcomes ({n:N0})" : $"outcomes (1 in {stride} of {n:N0})";

        var frontierPoints = new (double X, double Y)[analysis.ParetoFrontier.Length];
        for (int i = 0; i < frontierPoints.Length; i++)
        {
            int o = analysis.ParetoFrontier[i].Value;
            frontierPoints[i] = (ux[o], uy[o]);
        }

        var frontier = frontierPoints.OrderBy(p => p.X).ThenByDescending(p => p.Y).ToArray();
        var pareto = plot.Add.ScatterLine(frontier.Select(p => p.X).ToArray(), frontier.Select(p => p.Y).ToArray(), Colors.Black);
        pareto.LineWidth = 1.5f;
        pareto.MarkerSize = 4;
        pareto.LegendText = "Pareto frontier";

        Trace trace = outcome.Trace;
        for (int party = 0; party < scenario.Parties.Length; party++)
        {
            var px = new List<double>();
            var py = new List<double>();
            for (int m = 0; m < trace.Count; m++)
            {
                Move move = trace[m];
                if (move.Party == party && move.Action == MoveAction.Offer)
                {
                    ReadOnlySpan<double> u = trace.Utilities(m);
                    px.Add(u[0]);
                    py.Add(u[1]);
                }
            }

            if (px.Count > 0)
            {
                var path = plot.Add.ScatterLine(px.ToArray(), py.ToArray(), PartyColors[party % PartyColors.Length]);
                path.MarkerSize = 5;
                path.LineWidth = 1;
                path.LegendText = $"{PerspectiveText.Possessive(scenario.Parties[party].Name)} offers";
            }
        }

        if (analysis.Nash is { } nash)
        {
            var marker = plot.Add.Marker(nash.Utilities[0], nash.Utilities[1], MarkerShape.FilledDiamond, 14, Colors.Red);
            marker.LegendText = "Nash point";
        }

        if (outcome.Result.Agreement is { } agreement)
        {
            var marker = plot.Add.Marker(ux[agreement.Value], uy[agreement.Value], MarkerShape.OpenCircle, 20, Colors.Green);
            marker.LineWidth = 3;
            marker.LegendText = "agreement";
        }

        string others = scenario.Parties.Length > 2 ? $" (first two of {scenario.Parties.Length} parties)" : string.Empty;
        plot.Title($"{scenario.Name}: {RunReport.EndedName(outcome.Result.Ended)} in round {outcome.Result.Round}{others}");
        plot.XLabel($"utility of {scenario.Parties[0].Name}");
        plot.YLabel($"utility of {scenario.Parties[1].Name}");
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    private static Plot OffersOverTime(Model.Scenario scenario, Trace trace)
    {
        var plot = new Plot();
        for (int party = 0; party < scenario.Parties.Length; party++)
        {
            var ts = new List<double>();
            var us = new List<double>();
            for (int m = 0; m < trace.Count; m++)
            {
                Move move = trace[m];
                if (move.Party == party && move.Action == MoveAction.Offer)
                {
                    ts.Add(move.Time);
                    us.Add(trace.Utilities(m)[party]);
                }
            }

            if (ts.Count > 0)
            {
                var line = plot.Add.ScatterLine(ts.ToArray(), us.ToArray(), PartyColors[party % PartyColors.Length]);
                line.LineWidth = 1.5f;
                line.LegendText = $"{scenario.Parties[party].Name} (own utility of its offers)";
            }

            double rv = scenario.Parties[party].Profile.ReservationValue;
            var reservation = plot.Add.HorizontalLine(rv, 1, PartyColors[party % PartyColors.Length], LinePattern.Dashed);
            reservation.LegendText = $"{scenario.Parties[party].Name} reservation";
        }

        plot.Title("Offers over time");
        plot.XLabel("normalised time t");
        plot.YLabel("utility");
        plot.Axes.SetLimits(0, 1, 0, 1.05);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }
}
