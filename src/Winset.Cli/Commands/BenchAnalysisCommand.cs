using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Analysis;
using Winset.Cli.Infrastructure;
using Winset.Formats;
using Winset.Model;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset bench analysis</c>: times the whole analysis (utilities, Pareto frontier, Nash, Kalai–Smorodinsky and
/// the rest) on a seeded random 2-party space of 10^6 outcomes, and optionally on a GENIUS scenario, and prints
/// each figure against its target and against NegMAS's measured time.
/// </summary>
/// <remarks>
/// This is a quick, honest stopwatch over repeated runs (best and median), for a person at a terminal; the
/// BenchmarkDotNet suite in <c>bench/</c> is the careful measurement. Nothing here is asserted by tests.
/// </remarks>
public sealed class BenchAnalysisCommand(CliOutput output) : Command<BenchAnalysisCommand.Settings>
{
    // Targets from the foundation issue, and NegMAS's figure measured on this machine (pareto_frontier alone).
    private const double TargetMillis1e6 = 100;
    private const double TargetMegabytes1e6 = 64;
    private const double TargetMillisGenius7 = 1500;
    private const double NegmasParetoMillis1e6 = 7000;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--repeat <N>")]
        [Description("Timed runs per workload (after one warm-up run).")]
        [DefaultValue(5)]
        public int Repeat { get; init; } = 5;

        [CommandOption("--seed <S>")]
        [Description("Seed of the random scenario.")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("--genius <PATH>")]
        [Description("Also time a GENIUS/GeniusWeb folder, e.g. ../shared/data/genius/domains/GENIUS_7issues (10^7 outcomes).")]
        public string? Genius { get; init; }

        [CommandOption("--json")]
        [Description("Print the figures as JSON.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Repeat is < 1 or > 1000 ? ValidationResult.Error("--repeat must be between 1 and 1000.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        Scenario random = ScenarioGenerator.LinearAdditive(settings.Seed, parties: 2, issues: 6, valuesPerIssue: 10, maxReservationValue: 0.5);
        rows.Add(Measure("random 10^6", random, settings.Repeat, TargetMillis1e6, TargetMegabytes1e6, NegmasParetoMillis1e6));
        if (settings.Genius is { } path)
        {
            Scenario genius = ScenarioLoader.Load([path]);
            rows.Add(Measure(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), genius, settings.Repeat, TargetMillisGenius7, null, null));
        }

        if (settings.Json)
        {
            output.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(rows, BenchJsonContext.Default.ListRow));
            return Program.ExitOk;
        }

        // Workloads are columns and figures rows, so the table fits an 80-column terminal.
        var table = new Table().Border(TableBorder.Rounded).Title("winset bench analysis: utilities + Pareto + all solutions, one core");
        table.AddColumn("");
        foreach (Row r in rows)
        {
            table.AddColumn(new TableColumn(Markup.Escape(r.Workload)).RightAligned());
        }

        table.AddRow(["Outcomes", .. rows.Select(r => r.Outcomes.ToString("N0", CultureInfo.InvariantCulture))]);
        table.AddRow(["Best ms", .. rows.Select(r => F(r.BestMillis))]);
        table.AddRow(["Median ms", .. rows.Select(r => F(r.MedianMillis))]);
        table.AddRow(["Allocated MB", .. rows.Select(r => F(r.AllocatedMegabytes))]);
        table.AddRow(["Target ms", .. rows.Select(r => F(r.TargetMillis))]);
        table.AddRow(["Best / target", .. rows.Select(r => (r.BestMillis <= r.TargetMillis ? "[green]" : "[red]") + F(r.BestMillis / r.TargetMillis) + "[/]")]);
        table.AddRow(["vs NegMAS pareto_frontier", .. rows.Select(r => r.NegmasMillis is { } n ? $"{F(n / r.BestMillis)}x faster" : "-")]);
        output.Console.Write(table);
        output.Console.MarkupLine($"[grey]Target for 10^6 outcomes: {TargetMillis1e6} ms and {TargetMegabytes1e6} MB; NegMAS's pareto_frontier alone took 7-9 s and 576 MB there.[/]");
        return Program.ExitOk;
    }

    private static Row Measure(string name, Scenario scenario, int repeat, double targetMillis, double? targetMegabytes, double? negmasMillis)
    {
        ScenarioAnalyzer.Analyze(scenario); // warm-up: JIT and first-touch page faults are not the steady state
        var times = new double[repeat];
        long allocated = 0;
        for (int i = 0; i < repeat; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            ScenarioAnalysis analysis = ScenarioAnalyzer.Analyze(scenario);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(analysis);
        }

        Array.Sort(times);
        return new Row(name, scenario.Space.Count, times[0], times[repeat / 2], allocated / 1048576.0, targetMillis, targetMegabytes, negmasMillis);
    }

    private static string F(double d) => d.ToString(d >= 100 ? "0" : d >= 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    /// <summary>One measured workload.</summary>
    public sealed record Row(
        string Workload, int Outcomes, double BestMillis, double MedianMillis, double AllocatedMegabytes,
        double TargetMillis, double? TargetMegabytes, double? NegmasMillis);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(List<BenchAnalysisCommand.Row>))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class BenchJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
