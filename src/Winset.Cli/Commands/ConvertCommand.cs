using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Diagnostics;
using Winset.Formats;
using Winset.Formats.Genius;
using Winset.Formats.Native;
using Winset.Model;

namespace Winset.Cli.Commands;

/// <summary><c>winset convert IN... --to genius|yaml --out DIR_OR_FILE</c>.</summary>
public sealed class ConvertCommand(CliOutput output) : Command<ConvertCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<IN>")]
        [Description("The scenario to convert, named as for 'analyze'.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--to <FORMAT>")]
        [Description("genius (a folder with a domain file and one profile per party) or yaml (one Winset scenario file).")]
        public string To { get; init; } = string.Empty;

        [CommandOption("--out <PATH>")]
        [Description("The output folder (genius) or file (yaml).")]
        public string Out { get; init; } = string.Empty;

        public override Spectre.Console.ValidationResult Validate()
        {
            if (To is not ("genius" or "yaml"))
            {
                return Spectre.Console.ValidationResult.Error($"--to must be 'genius' or 'yaml', not '{To}'.");
            }

            return string.IsNullOrWhiteSpace(Out)
                ? Spectre.Console.ValidationResult.Error("--out is required: the folder (genius) or file (yaml) to write.")
                : Spectre.Console.ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario = ScenarioLoader.Load(settings.Paths);
        if (settings.To == "yaml")
        {
            if (Directory.Exists(settings.Out))
            {
                throw new InputException("--to yaml writes one file, but this is a folder.", SourceLocation.InFile(settings.Out));
            }

            NativeScenarioWriter.Write(scenario, settings.Out);
        }
        else
        {
            if (File.Exists(settings.Out))
            {
                throw new InputException("--to genius writes a folder, but this is a file.", SourceLocation.InFile(settings.Out));
            }

            GeniusXml.Write(scenario, settings.Out);
        }

        output.Console.MarkupLine($"Wrote [bold]{Spectre.Console.Markup.Escape(settings.Out)}[/] ({settings.To}, {scenario.Parties.Length} parties).");
        if (settings.To == "genius" && (scenario.HasLevelTwo || scenario.Timeline is not null || !scenario.Moves.IsEmpty))
        {
            // GENIUS files describe the table only; say what did not fit rather than drop it silently.
            output.Console.MarkupLine("[yellow]GENIUS XML has no place for constituencies, ratification rules, the timeline or scripted moves: they were left out.[/]");
        }
        return Program.ExitOk;
    }
}
