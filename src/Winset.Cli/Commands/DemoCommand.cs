using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Analysis.Perspective;
using Winset.Analysis.TwoLevel;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Diagnostics;
using Winset.Formats.Native;
using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Simulation;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset demo</c>: the flagship case end to end. The win-sets and the deal window through 1999, the pivotal
/// constituencies, what each side heard in April, and the simulated outcomes; printed, and written as a report
/// folder (Markdown with PNG plots).
/// </summary>
public sealed class DemoCommand(CliOutput output) : Command<DemoCommand.Settings>
{
    /// <summary>The flagship scenario, relative to the repository.</summary>
    public const string FlagshipPath = "scenarios/us-china-wto-1999.yaml";

    /// <summary>
    /// Threshold noise of the demo's Monte Carlo (MODELLING CHOICE: each constituency's true threshold is uncertain
    /// by about ±0.03 to the negotiators).
    /// </summary>
    public const double DemoNoise = 0.03;

    /// <summary>
    /// The margin the negotiators keep above the thresholds they believe (MODELLING CHOICE: experienced negotiators
    /// who know their read of the home front is uncertain do not sign at its very edge).
    /// </summary>
    public const double DemoBeliefBias = 0.05;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[SCENARIO]")]
        [Description("The scenario (default: the flagship, scenarios/us-china-wto-1999.yaml).")]
        public string? Scenario { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("The report folder to write (replaced whole when it exists).")]
        [DefaultValue("winset-report")]
        public string Out { get; init; } = "winset-report";

        [CommandOption("--runs <N>")]
        [Description("Monte Carlo runs.")]
        [DefaultValue(10_000)]
        public int Runs { get; init; } = 10_000;

        [CommandOption("--seed <S>")]
        [Description("The Monte Carlo seed.")]
        [DefaultValue(1999)]
        public int Seed { get; init; } = 1999;

        public override ValidationResult Validate() =>
            Runs is < 1 or > 1_000_000 ? ValidationResult.Error($"--runs must be between 1 and 1000000, not {Runs}.")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out needs a folder name.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string path = settings.Scenario ?? LocateFlagship();
        Scenario scenario = NativeScenarioFormat.Read(path);
        if (!scenario.HasLevelTwo || scenario.Timeline is null)
        {
            throw new InputException("the demo needs a two-level scenario with constituencies and a timeline.", SourceLocation.InFile(path));
        }

        if (File.Exists(settings.Out))
        {
            throw new InputException("--out must name a folder, but this is a file.", SourceLocation.InFile(settings.Out));
        }

        IAnsiConsole console = output.Console;
        var matrix = LevelTwoMatrix.Compute(scenario);
        DealWindowReport window = DealWindow.Compute(matrix);
        LevelTwoState opening = LevelTwoState.Initial(scenario);
        IReadOnlyList<MovePerspective> perspectives = scenario.Moves.IsEmpty ? [] : PerspectiveAnalyzer.ExplainScript(scenario);
        Agent[] agents = [.. MonteCarlo.DefaultAgents(scenario).Select(AgentPresets.Create)];
        MonteCarloReport simulation = MonteCarlo.Run(scenario, agents, new MonteCarloOptions
        {
            Runs = settings.Runs,
            Seed = settings.Seed,
            Noise = DemoNoise,
            BeliefBias = DemoBeliefBias,
        });

        console.Write(new Rule($"[bold]{Markup.Escape(scenario.Name)}[/]").LeftJustified());
        if (scenario.Description is { } description)
        {
            console.WriteLine(description.Trim());
        }

        console.Write(new Rule("1. The deal window through the year").LeftJustified());
        WindowTable.Render(console, window, allRounds: false);
        console.Write(new Rule("2. Who is pivotal (at the start)").LeftJustified());
        PowerTable.Render(console, matrix, opening);
        if (perspectives.Count > 0)
        {
            console.Write(new Rule("3. What each side heard").LeftJustified());
            PerspectiveReport.Render(console, perspectives);
        }

        console.Write(new Rule($"4. {simulation.Runs:N0} simulated years").LeftJustified());
        SimulationReportView.Render(console, scenario, simulation);

        string written = DemoReport.Write(settings.Out, path, scenario, matrix, window, opening, perspectives, simulation);
        console.MarkupLine($"Report: [bold]{Markup.Escape(written)}[/] (index.md with PNG plots)");
        return Program.ExitOk;
    }

    /// <summary>
    /// The flagship file: from the working folder, or from the repository the program was built from (so that
    /// <c>dotnet run --project src/Winset.Cli -- demo</c> works from any folder inside it).
    /// </summary>
    internal static string LocateFlagship()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, FlagshipPath);
                if (File.Exists(candidate))
                {
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
                }
            }
        }

        throw new InputException($"cannot find {FlagshipPath}; run the demo from the repository or name the scenario: winset demo PATH.");
    }
}
