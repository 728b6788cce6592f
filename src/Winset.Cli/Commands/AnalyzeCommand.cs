using System.ComponentModel;
using Spectre.Console.Cli;
using Winset.Analysis;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Formats;
using Winset.Model;

namespace Winset.Cli.Commands;

/// <summary><c>winset analyze PATH...</c>: the analysis of a scenario as a table, or as JSON.</summary>
public sealed class AnalyzeCommand(CliOutput output) : Command<AnalyzeCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandOption("--tie-quantum <Q>")]
        [Description("Utilities closer than this are compared as equal (default 1e-12; 0 compares raw doubles, as GENIUS does).")]
        [DefaultValue(1e-12)]
        public double TieQuantum { get; init; } = 1e-12;

        [CommandOption("--frontier")]
        [Description("Also list every Pareto-optimal outcome.")]
        public bool Frontier { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            !(TieQuantum >= 0 && TieQuantum <= AnalysisOptions.MaxTieQuantum)
                ? Spectre.Console.ValidationResult.Error($"--tie-quantum must be between 0 and {AnalysisOptions.MaxTieQuantum}.")
                : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario = ScenarioLoader.Load(settings.Paths);
        if (scenario.Parties.Length < 2)
        {
            throw new Diagnostics.InputException($"scenario '{scenario.Name}' has {scenario.Parties.Length} party; analysis needs at least 2.");
        }

        ScenarioAnalysis analysis = ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { TieQuantum = settings.TieQuantum });
        if (settings.Json)
        {
            output.Out.WriteLine(AnalysisJson.Write(scenario, analysis, settings.Frontier, settings.TieQuantum));
        }
        else
        {
            AnalysisTable.Render(output.Console, scenario, analysis, settings.Frontier);
        }

        return Program.ExitOk;
    }
}
