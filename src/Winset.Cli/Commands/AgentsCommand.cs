using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Negotiation.Agents;

namespace Winset.Cli.Commands;

/// <summary><c>winset agents</c>: the named agent presets, a line each, with their parameters.</summary>
public sealed class AgentsCommand(CliOutput output) : Command<AgentsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [Description("Print the presets as JSON.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Json)
        {
            var list = AgentPresets.All.Select(p => new AgentInfo(
                p.Name, p.Description, AgentPresets.Create(p.Name).Describe(), [.. p.Parameters.Select(x => new ParameterInfo(x.Name, x.Description, x.Default))])).ToList();
            output.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(list, AgentsJsonContext.Default.ListAgentInfo));
            return Program.ExitOk;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Agent", "Parameters (default)", "What it does");
        foreach (AgentPreset p in AgentPresets.All)
        {
            string parameters = p.Parameters.IsEmpty ? "-" : string.Join(", ", p.Parameters.Select(x => $"{x.Name}={x.Default.ToString(CultureInfo.InvariantCulture)}"));
            table.AddRow($"[bold]{p.Name}[/]", Markup.Escape(parameters), Markup.Escape(p.Description));
        }

        foreach (AgentPreset m in AgentPresets.Modifiers)
        {
            string parameters = m.Parameters.IsEmpty ? "-" : string.Join(", ", m.Parameters.Select(x => $"{x.Name}={x.Default.ToString(CultureInfo.InvariantCulture)}"));
            table.AddRow($"[bold]{m.Name}:[/][grey]NAME[/]", Markup.Escape(parameters), Markup.Escape(m.Description));
        }

        output.Console.Write(table);
        output.Console.MarkupLine("[grey]Set parameters in parentheses, e.g. --agents \"boulware(e=0.1),conceder(e=3)\"; prefix a modifier, e.g. aware:boulware.[/]");
        return Program.ExitOk;
    }

    /// <summary>One preset, for JSON.</summary>
    public sealed record AgentInfo(string Name, string Description, string Parts, List<ParameterInfo> Parameters);

    /// <summary>One preset parameter, for JSON.</summary>
    public sealed record ParameterInfo(string Name, string Description, double Default);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(List<AgentsCommand.AgentInfo>))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class AgentsJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
