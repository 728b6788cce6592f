using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Formats;
using Winset.Store;

namespace Winset.Cli.Commands;

/// <summary>Settings shared by the <c>winset runs</c> verbs: the store to read.</summary>
public class RunsSettings : CommandSettings
{
    [CommandOption("--store <FILE>")]
    [Description("The run store (SQLite); default winset-runs.db in the working folder.")]
    public string? Store { get; init; }

    internal RunStore Open() => RunStore.Open(Store ?? RunStore.DefaultFileName, mustExist: true);
}

/// <summary>Settings of the verbs that name one tournament.</summary>
public class RunsNameSettings : RunsSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The tournament's name ('winset runs list' shows them).")]
    public string Name { get; init; } = string.Empty;
}

/// <summary><c>winset runs list</c>: the tournaments in the store, oldest first.</summary>
public sealed class RunsListCommand(CliOutput output) : Command<RunsListCommand.Settings>
{
    public sealed class Settings : RunsSettings
    {
        [CommandOption("--json")]
        [Description("Print a JSON array instead of a table.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using RunStore store = settings.Open();
        IReadOnlyList<TournamentSummary> list = store.List();
        if (settings.Json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartArray();
                foreach (TournamentSummary t in list)
                {
                    w.WriteStartObject();
                    w.WriteString("name", t.Name);
                    w.WriteString("createdAt", t.CreatedAt);
                    w.WriteString("finishedAt", t.FinishedAt);
                    w.WriteNumber("negotiations", t.Negotiations);
                    w.WriteNumber("recorded", t.Recorded);
                    w.WriteNumber("errors", t.Errors);
                    w.WriteNumber("agents", t.Agents);
                    w.WriteNumber("scenarios", t.Scenarios);
                    w.WriteNumber("rounds", t.Rounds);
                    w.WriteNumber("repetitions", t.Repetitions);
                    w.WriteNumber("seed", t.Seed);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            output.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return Program.ExitOk;
        }

        if (list.Count == 0)
        {
            output.Console.MarkupLine($"No tournaments in [bold]{Markup.Escape(store.Path)}[/].");
            return Program.ExitOk;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(store.Path));
        foreach (string h in new[] { "Name", "Created (UTC)", "State", "Sessions", "Errors", "Agents", "Scenarios", "Rounds", "Reps", "Seed" })
        {
            table.AddColumn(h);
        }

        foreach (TournamentSummary t in list)
        {
            string state = t.Recorded == t.Negotiations ? "[green]complete[/]" : $"[yellow]{t.Recorded:N0}/{t.Negotiations:N0}[/]";
            table.AddRow(
                Markup.Escape(t.Name), t.CreatedAt, state, t.Negotiations.ToString("N0", CultureInfo.InvariantCulture), t.Errors.ToString(CultureInfo.InvariantCulture),
                t.Agents.ToString(CultureInfo.InvariantCulture), t.Scenarios.ToString(CultureInfo.InvariantCulture), t.Rounds.ToString(CultureInfo.InvariantCulture),
                t.Repetitions.ToString(CultureInfo.InvariantCulture), t.Seed.ToString(CultureInfo.InvariantCulture));
        }

        output.Console.Write(table);
        return Program.ExitOk;
    }
}

/// <summary><c>winset runs show NAME</c>: one tournament's standings, as <c>winset tournament</c> prints them.</summary>
public sealed class RunsShowCommand(CliOutput output) : Command<RunsShowCommand.Settings>
{
    public sealed class Settings : RunsNameSettings
    {
        [CommandOption("--json")]
        [Description("Print one JSON object instead of tables.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using RunStore store = settings.Open();
        TournamentData data = store.Load(settings.Name);
        var report = new TournamentReport(data.Summary.Name, store.Path, 0, data.Standings());
        if (settings.Json)
        {
            output.Out.WriteLine(report.ToJson());
        }
        else
        {
            report.Render(output.Console);
        }

        return Program.ExitOk;
    }
}

/// <summary><c>winset runs export NAME --out FILE.csv|.json</c>: one tournament's standings to a file.</summary>
public sealed class RunsExportCommand(CliOutput output) : Command<RunsExportCommand.Settings>
{
    public sealed class Settings : RunsNameSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("The file to write: .csv (one row per agent overall, scenario '*', then per scenario) or .json (as --json prints).")]
        public string Out { get; init; } = string.Empty;

        [CommandOption("--sessions")]
        [Description("Export every session instead of the standings: scenario, repetition, seed, agents, how it ended, when, the agreement, each party's utility, distances, errors.")]
        public bool Sessions { get; init; }

        public override ValidationResult Validate() =>
            Path.GetExtension(Out).ToLowerInvariant() is ".csv" or ".json"
                ? ValidationResult.Success()
                : ValidationResult.Error($"--out must name a .csv or .json file, not '{Out}'.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using RunStore store = settings.Open();
        TournamentData data = store.Load(settings.Name);
        bool csv = Path.GetExtension(settings.Out).Equals(".csv", StringComparison.OrdinalIgnoreCase);
        if (settings.Sessions)
        {
            AtomicFile.WriteAllText(settings.Out, csv ? SessionExport.ToCsv(data) : SessionExport.ToJson(data));
        }
        else
        {
            var report = new TournamentReport(data.Summary.Name, store.Path, 0, data.Standings());
            AtomicFile.WriteAllText(settings.Out, csv ? report.ToCsv() : report.ToJson() + "\n");
        }

        output.Console.MarkupLine($"Wrote [bold]{Markup.Escape(settings.Out)}[/] ({data.Records.Count:N0} sessions of {data.Summary.Negotiations:N0}).");
        return Program.ExitOk;
    }
}
