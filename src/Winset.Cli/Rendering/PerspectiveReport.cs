using System.Globalization;
using Spectre.Console;
using Winset.Analysis.Perspective;

namespace Winset.Cli.Rendering;

/// <summary>The text form of <c>winset explain</c>: per move, a heading, the quote, the sentences and a table of the numbers.</summary>
internal static class PerspectiveReport
{
    public static void Render(IAnsiConsole console, IEnumerable<MovePerspective> perspectives)
    {
        foreach (MovePerspective p in perspectives)
        {
            console.Write(new Rule($"[bold]Move {p.Index + 1}[/]: {Markup.Escape(p.Move.Label)}") { Justification = Justify.Left });
            if (p.Move.Quote is { } q)
            {
                console.MarkupLine($"[italic]{Markup.Escape(q)}[/]");
            }

            console.WriteLine(p.Text);
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("party").AddColumn("role").AddColumn(new TableColumn("utility").RightAligned())
                .AddColumn(new TableColumn("concession").RightAligned()).AddColumn("in win-set")
                .AddColumn(new TableColumn("face cost").RightAligned()).AddColumn(new TableColumn("mismatch").RightAligned());
            table.AddRow(
                Markup.Escape(p.Sender.Name), "sender", F(p.Sender.Utility), F(p.Sender.Concession), YesNo(p.Sender.InWinSet),
                F(p.Sender.Reception?.FaceCost), string.Empty);
            foreach (ReceiverView r in p.Receivers)
            {
                table.AddRow(
                    Markup.Escape(r.Name), "receiver", F(r.Utility), F(r.PerceivedConcession), YesNo(r.InWinSet), F(r.FaceCost),
                    F(r.Mismatch.Size) + (r.Mismatch.IsFlagged ? " [bold]![/]" : string.Empty));
            }

            console.Write(table);
        }
    }

    private static string F(double? x) => x is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string YesNo(bool? b) => b switch { true => "yes", false => "no", _ => "-" };
}
