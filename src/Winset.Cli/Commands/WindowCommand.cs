using System.ComponentModel;
using Spectre.Console.Cli;
using Winset.Analysis.TwoLevel;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Formats;
using Winset.Model;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset window SCENARIO [--json] [--all] [--power]</c>: the deal window of a two-level scenario — for each round,
/// the agreement space and its best deal, and when the window opens and closes.
/// </summary>
public sealed class WindowCommand(CliOutput output) : Command<WindowCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandOption("--all")]
        [Description("List every round, not only the rounds where something changed.")]
        public bool All { get; init; }

        [CommandOption("--power")]
        [Description("Also show each constituency's power in its party's rule (Shapley-Shubik, Banzhaf) and the pivotal changes, in the initial state.")]
        public bool Power { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario = ScenarioLoader.Load(settings.Paths);
        var matrix = LevelTwoMatrix.Compute(scenario);
        DealWindowReport report = DealWindow.Compute(matrix);
        if (settings.Json)
        {
            output.Out.WriteLine(WindowJson.Write(report));
            return Program.ExitOk;
        }

        WindowTable.Render(output.Console, report, settings.All);
        if (settings.Power)
        {
            PowerTable.Render(output.Console, matrix, LevelTwoState.Initial(scenario));
        }

        return Program.ExitOk;
    }
}
