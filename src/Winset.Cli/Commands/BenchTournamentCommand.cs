using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Formats;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Tournaments;
using Winset.Store;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset bench tournament</c>: negotiations per second of the standard tournament (<see cref="TournamentWorkloads"/>:
/// Boulware, Conceder, Linear, tit-for-tat and MiCRO on ten GENIUS scenarios, 1000 rounds), with 1 job and with 2
/// jobs without a store, and with 2 jobs recording into a temporary store; printed with the ratios to the targets.
/// </summary>
/// <remarks>A stopwatch over whole tournaments for a person at a terminal; bench/ holds the BenchmarkDotNet suite.</remarks>
public sealed class BenchTournamentCommand(CliOutput output) : Command<BenchTournamentCommand.Settings>
{
    private const double TargetPerSecond = 5_000;
    private const double TargetSpeedUp = 1.7;
    private const double TargetStoreCost = 0.20;
    private const double NegmasPerSecond = 3.5;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--reps <R>")]
        [Description("Repetitions of the 200 pairings per measurement (200·R negotiations each). The default makes each measurement last about a second: shorter ones are dominated by noise.")]
        [DefaultValue(300)]
        public int Repetitions { get; init; } = 300;

        [CommandOption("--trials <N>")]
        [Description("Measurements of each configuration; the fastest counts (the machine's other load only slows a run down).")]
        [DefaultValue(3)]
        public int Trials { get; init; } = 3;

        [CommandOption("--domains <DIR>")]
        [Description("The GENIUS domains folder (default: shared/data/genius/domains found above the working folder or the program, or $WINSET_SHARED_DATA/genius/domains).")]
        public string? Domains { get; init; }

        [CommandOption("--json")]
        [Description("Print the figures as JSON.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Repetitions is < 1 or > 10_000 ? ValidationResult.Error("--reps must be between 1 and 10000.")
            : Trials is < 1 or > 100 ? ValidationResult.Error("--trials must be between 1 and 100.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string? domains = settings.Domains ?? FindDomains();
        if (domains is null || !Directory.Exists(domains))
        {
            output.Console.MarkupLine("[yellow]skipped[/]: the shared GENIUS domains were not found (looked for shared/data/genius/domains above the working folder and the program, and $WINSET_SHARED_DATA); name them with --domains.");
            return Program.ExitOk;
        }

        List<TournamentScenario> scenarios = TournamentCommand.LoadScenarios(
            [.. TournamentWorkloads.ScenarioPaths(domains).Select(p => string.Join('+', p))]);
        Agent[] agents = [.. TournamentWorkloads.Agents.Select(AgentPresets.Create)];

        // Warm-up: the JIT reaches its optimised code (tiered compilation) on every path measured.
        Measure(scenarios, agents, 3, 1, store: false);
        Measure(scenarios, agents, 3, 2, store: true);
        Row one = Best(settings.Trials, () => Measure(scenarios, agents, settings.Repetitions, 1, store: false));
        Row two = Best(settings.Trials, () => Measure(scenarios, agents, settings.Repetitions, 2, store: false));
        Row stored = Best(settings.Trials, () => Measure(scenarios, agents, settings.Repetitions, 2, store: true));
        var summary = new Summary([one, two, stored], two.PerSecond / one.PerSecond, 1 - (stored.PerSecond / two.PerSecond), Environment.ProcessorCount);
        if (settings.Json)
        {
            output.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(summary, BenchTournamentJsonContext.Default.Summary));
            return Program.ExitOk;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .Title($"winset bench tournament: {agents.Length} agents, {scenarios.Count} GENIUS scenarios, {TournamentWorkloads.Rounds} rounds, {Environment.ProcessorCount} cores");
        table.AddColumn("");
        table.AddColumn(new TableColumn("Negotiations").RightAligned());
        table.AddColumn(new TableColumn("Seconds").RightAligned());
        table.AddColumn(new TableColumn("Negotiations/s").RightAligned());
        table.AddColumn(new TableColumn("vs NegMAS (~3.5/s)").RightAligned());
        foreach (Row r in summary.Runs)
        {
            table.AddRow(
                r.Label,
                r.Negotiations.ToString("N0", CultureInfo.InvariantCulture),
                r.Seconds.ToString("0.000", CultureInfo.InvariantCulture),
                r.PerSecond.ToString("N0", CultureInfo.InvariantCulture),
                (r.PerSecond / NegmasPerSecond).ToString("N0", CultureInfo.InvariantCulture) + "x");
        }

        output.Console.Write(table);
        output.Console.MarkupLine($"2 jobs with the store: {Ratio(stored.PerSecond / TargetPerSecond, stored.PerSecond >= TargetPerSecond)}x the target of {TargetPerSecond:N0}/s");
        output.Console.MarkupLine($"2 jobs vs 1 job: {Ratio(summary.SpeedUp, summary.SpeedUp >= TargetSpeedUp)}x (target: at least {TargetSpeedUp}x)");
        output.Console.MarkupLine($"Cost of the store: {Ratio(summary.StoreCost * 100, summary.StoreCost <= TargetStoreCost)}% (target: at most {TargetStoreCost * 100:0}%)");
        return Program.ExitOk;
    }

    private static Row Best(int trials, Func<Row> measure)
    {
        Row best = measure();
        for (int i = 1; i < trials; i++)
        {
            Row r = measure();
            if (r.PerSecond > best.PerSecond)
            {
                best = r;
            }
        }

        return best;
    }

    private static string Ratio(double r, bool good) => (good ? "[green]" : "[red]") + r.ToString("0.00", CultureInfo.InvariantCulture) + "[/]";

    private static Row Measure(List<TournamentScenario> scenarios, Agent[] agents, int reps, int jobs, bool store)
    {
        TournamentPlan plan = TournamentPlan.Create(scenarios, agents, new TournamentOptions
        {
            Rounds = TournamentWorkloads.Rounds,
            Repetitions = reps,
            Seed = 1,
            Jobs = jobs,
        });
        string? path = store ? Path.Combine(Path.GetTempPath(), $"winset-bench-{Guid.NewGuid():N}.db") : null;
        try
        {
            long start = Stopwatch.GetTimestamp();
            if (path is null)
            {
                TournamentRunner.Run(plan, null, _ => { }, null);
            }
            else
            {
                using RunStore runs = RunStore.Open(path);
                StoredTournament t = runs.Begin("bench", plan);
                TournamentRunner.Run(plan, t.Done, batch => runs.Commit(t, batch), null);
                runs.MarkFinished(t);
            }

            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            string label = $"{jobs} job{(jobs > 1 ? "s" : "")}, {(store ? "store on" : "no store")}";
            return new Row(label, jobs, store, plan.Sessions.Length, seconds, plan.Sessions.Length / seconds);
        }
        finally
        {
            if (path is not null)
            {
                foreach (string f in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }

    private static string? FindDomains()
    {
        if (Environment.GetEnvironmentVariable("WINSET_SHARED_DATA") is { Length: > 0 } env)
        {
            string d = Path.Combine(env, "genius", "domains");
            if (Directory.Exists(d))
            {
                return d;
            }
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "genius", "domains");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>One measured configuration.</summary>
    public sealed record Row(string Label, int Jobs, bool Store, int Negotiations, double Seconds, double PerSecond);

    /// <summary>The three measurements and their ratios.</summary>
    public sealed record Summary(List<Row> Runs, double SpeedUp, double StoreCost, int Cores);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(BenchTournamentCommand.Summary))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class BenchTournamentJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
