using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Analysis.Perspective;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Diagnostics;
using Winset.Formats;
using Winset.Model;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset explain SCENARIO_OR_TRACE [--move N] [--json]</c>: the perspective of each move — what the sender gives up
/// and means, what each receiver hears and would pay to accept, what the home fronts make of it — in plain sentences
/// and numbers.
/// </summary>
/// <remarks>
/// A scenario file explains its scripted moves (<c>moves:</c>). A trace (<c>.jsonl</c>, from <c>winset run --trace</c>)
/// needs the scenario the run used: <c>--scenario PATH</c>. <c>--communication PARTY.PARAMETER=VALUE</c> (repeatable)
/// overrides a communication profile for a what-if.
/// </remarks>
public sealed class ExplainCommand(CliOutput output) : Command<ExplainCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("With a trace (.jsonl): the scenario the run used (a Winset scenario file, or a GENIUS domain and its profiles given as repeated --scenario).")]
        public string[] Scenario { get; init; } = [];

        [CommandOption("--move <N>")]
        [Description("Explain only move N (1 = the first).")]
        public int? Move { get; init; }

        [CommandOption("--communication <PARTY.PARAMETER=VALUE>")]
        [Description("Override a communication profile for a what-if, e.g. China.directness=0.85 (parameters: directness, faceSensitivity, audienceCost; values in [0, 1]). Repeatable.")]
        public string[] Communication { get; init; } = [];

        public override ValidationResult Validate()
        {
            if (Paths.Length == 0)
            {
                return ValidationResult.Error("expected a scenario file, or a trace (.jsonl) with --scenario.");
            }

            if (Move is { } n && n < 1)
            {
                return ValidationResult.Error($"--move must be 1 or more, not {n}.");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string source = settings.Paths[0];
        bool isTrace = PerspectiveTrace.IsTrace(source);
        if (isTrace && settings.Paths.Length > 1)
        {
            throw new InputException($"give one trace file, not {settings.Paths.Length} paths.", SourceLocation.InFile(source));
        }

        if (isTrace && settings.Scenario.Length == 0)
        {
            throw new InputException("a trace does not name its scenario; give it with --scenario PATH (the scenario the run used).", SourceLocation.InFile(source));
        }

        if (!isTrace && settings.Scenario.Length > 0)
        {
            throw new InputException("--scenario goes with a trace (.jsonl); a scenario file explains its own moves.", SourceLocation.InFile(source));
        }

        Scenario scenario = ScenarioLoader.Load(isTrace ? settings.Scenario : settings.Paths);
        foreach (string o in settings.Communication)
        {
            scenario = Override(scenario, o);
        }

        IReadOnlyList<ScriptedMove> moves = isTrace ? PerspectiveTrace.Read(source, scenario) : scenario.Moves;
        if (moves.Count == 0)
        {
            throw new InputException(isTrace
                ? "the trace has no moves to explain."
                : $"scenario '{scenario.Name}' has no moves to explain; add a 'moves:' list, or give a trace (.jsonl) with --scenario.", SourceLocation.InFile(source));
        }

        if (settings.Move is { } n && n > moves.Count)
        {
            throw new InputException($"--move {n} is outside the {moves.Count} moves of {source}; expected 1..{moves.Count}.");
        }

        IReadOnlyList<MovePerspective> all = new PerspectiveAnalyzer(scenario).Explain(moves);
        IReadOnlyList<MovePerspective> shown = settings.Move is { } m ? [all[m - 1]] : all;
        if (settings.Json)
        {
            output.Out.WriteLine(PerspectiveJson.Write(scenario, source, shown));
        }
        else
        {
            PerspectiveReport.Render(output.Console, shown);
        }

        return Program.ExitOk;
    }

    /// <summary>Applies one <c>PARTY.PARAMETER=VALUE</c> override.</summary>
    private static Scenario Override(Scenario scenario, string text)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        int dot = eq < 0 ? -1 : text.LastIndexOf('.', eq);
        if (eq < 0 || dot <= 0)
        {
            throw new InputException($"--communication expects PARTY.PARAMETER=VALUE (e.g. China.directness=0.85), found '{text}'.");
        }

        string partyName = text[..dot];
        string parameter = text[(dot + 1)..eq];
        string valueText = text[(eq + 1)..];
        int party = -1;
        for (int p = 0; p < scenario.Parties.Length && party < 0; p++)
        {
            party = scenario.Parties[p].Name == partyName ? p : -1;
        }

        if (party < 0)
        {
            throw new InputException($"--communication names party '{partyName}', which scenario '{scenario.Name}' does not have; expected one of: {string.Join(", ", scenario.Parties.Select(p => p.Name))}.");
        }

        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new InputException($"--communication expects a number after '=', found '{valueText}'.");
        }

        CommunicationProfile profile = CommunicationParameters.With(scenario.Parties[party].Communication, parameter, value);
        return CommunicationParameters.WithProfile(scenario, party, profile);
    }
}
