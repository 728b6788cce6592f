using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Analysis;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Diagnostics;
using Winset.Formats;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset run PATH... --agents A,B --rounds N</c>: one negotiation session under the stacked alternating offers
/// protocol, with its result, its distance to the Pareto frontier and to the Nash point, and optionally the trace
/// and a plot.
/// </summary>
public sealed class RunCommand(CliOutput output) : Command<RunCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandOption("--agents <LIST>")]
        [Description("One agent per party, in party order, separated by commas: e.g. boulware,conceder or boulware(e=0.1),micro. 'winset agents' lists them.")]
        public string Agents { get; init; } = string.Empty;

        [CommandOption("--rounds <N>")]
        [Description("The deadline in rounds (a round is one turn of every party).")]
        [DefaultValue(100)]
        public int Rounds { get; init; } = 100;

        [CommandOption("--time-limit <SECONDS>")]
        [Description("Also end the session after this much wall-clock time; normalised time is then the larger of the round and clock fractions.")]
        public double? TimeLimit { get; init; }

        [CommandOption("--seed <S>")]
        [Description("The session's seed: the same scenario, agents and seed give the same trace.")]
        [DefaultValue(0)]
        public int Seed { get; init; }

        [CommandOption("--trace <FILE>")]
        [Description("Write every move: .jsonl (JSON Lines) or .csv.")]
        public string? Trace { get; init; }

        [CommandOption("--plot <FILE>")]
        [Description("Draw the utility plane and the offers over time: .png or .svg.")]
        public string? Plot { get; init; }

        public override ValidationResult Validate()
        {
            if (Rounds <= 0)
            {
                return ValidationResult.Error($"--rounds must be a positive number of rounds, not {Rounds}.");
            }

            if (TimeLimit is { } limit && !(limit > 0 && limit <= 86_400))
            {
                return ValidationResult.Error($"--time-limit must be a positive number of seconds (at most a day), not {limit}.");
            }

            if (string.IsNullOrWhiteSpace(Agents))
            {
                return ValidationResult.Error("--agents is required: one agent per party, e.g. --agents boulware,conceder ('winset agents' lists them).");
            }

            if (Trace is { } t && Path.GetExtension(t).ToLowerInvariant() is not (".jsonl" or ".csv"))
            {
                return ValidationResult.Error($"--trace must name a .jsonl or .csv file, not '{t}'.");
            }

            if (Plot is { } p && Path.GetExtension(p).ToLowerInvariant() is not (".png" or ".svg"))
            {
                return ValidationResult.Error($"--plot must name a .png or .svg file, not '{p}'.");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario = ScenarioLoader.Load(settings.Paths);
        Agent[] agents = AgentList.Parse(settings.Agents).Select(AgentPresets.Create).ToArray();
        var prepared = PreparedScenario.Create(scenario);
        SessionOutcome outcome = Session.Run(prepared, agents, new SessionOptions
        {
            Rounds = settings.Rounds,
            TimeBudget = settings.TimeLimit is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Seed = settings.Seed,
        });
        SessionResult result = outcome.Result;

        var matrix = UtilityMatrix.Compute(scenario);
        ScenarioAnalysis analysis = ScenarioAnalyzer.Analyze(matrix);
        var report = RunReport.From(scenario, agents, result, matrix, analysis);

        // Files first, so that the printed result can say where they are; each is written whole or not at all.
        if (settings.Trace is { } tracePath)
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            if (Path.GetExtension(tracePath).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                outcome.Trace.WriteCsv(writer);
            }
            else
            {
                outcome.Trace.WriteJsonLines(writer);
            }

            AtomicFile.WriteAllText(tracePath, writer.ToString());
        }

        if (settings.Plot is { } plotPath)
        {
            SessionPlot.Save(plotPath, scenario, matrix, analysis, outcome);
        }

        if (settings.Json)
        {
            output.Out.WriteLine(report.ToJson());
        }
        else
        {
            report.Render(output.Console);
            if (settings.Trace is { } t)
            {
                output.Console.MarkupLine($"Trace: [bold]{Markup.Escape(t)}[/] ({outcome.Trace.Count} moves)");
            }

            if (settings.Plot is { } p)
            {
                output.Console.MarkupLine($"Plot: [bold]{Markup.Escape(p)}[/]");
            }
        }

        if (result.Ended == SessionEnd.Error)
        {
            // An agent's fault is the agent's, reported by name: a clear message and exit code 2, never a crash.
            output.Error.WriteLine($"error: agent '{result.ErringAgent}' (party {scenario.Parties[result.ErringParty ?? 0].Name}) failed: {result.ErrorMessage}");
            return Program.ExitBadInput;
        }

        return Program.ExitOk;
    }
}

/// <summary>Splits an agent list on commas outside parentheses: <c>boulware(e=0.1,k=0),micro</c> is two agents.</summary>
internal static class AgentList
{
    public static IReadOnlyList<string> Parse(string list)
    {
        var result = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i <= list.Length; i++)
        {
            char c = i < list.Length ? list[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth <= 0)
            {
                string name = list[start..i].Trim();
                if (name.Length == 0)
                {
                    throw new InputException($"--agents has an empty name in '{list}'; expected names separated by commas, e.g. boulware,conceder.");
                }

                result.Add(name);
                start = i + 1;
            }
        }

        return result;
    }
}
