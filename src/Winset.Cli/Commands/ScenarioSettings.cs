using System.ComponentModel;
using Spectre.Console.Cli;

namespace Winset.Cli.Commands;

/// <summary>Settings shared by the verbs that read a scenario: the paths that name it, and --json.</summary>
public class ScenarioSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("A Winset scenario (.yaml/.json); or a GENIUS domain .xml followed by its profile files; or a GeniusWeb domain .json followed by its profiles; or a GENIUS/GeniusWeb folder.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--json")]
    [Description("Print one JSON object instead of tables.")]
    public bool Json { get; init; }
}
