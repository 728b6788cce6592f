using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Negotiation;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset bench negotiation</c>: rounds per second of Boulware against Conceder on a 3-issue linear-additive
/// space run to a 1000-round deadline (reservation 0.9, so they never agree), at 10^3 and 10^6 outcomes, against
/// the target and NegMAS.
/// </summary>
/// <remarks>A stopwatch over repeated sessions for a person at a terminal; bench/ holds the careful BenchmarkDotNet suite.</remarks>
public sealed class BenchNegotiationCommand(CliOutput output) : Command<BenchNegotiationCommand.Settings>
{
    private const double TargetRoundsPerSecond = 2_000_000;
    private const double NegmasRoundsPerSecond = 2_000;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--sessions <N>")]
        [Description("Timed sessions per size (after warm-up).")]
        [DefaultValue(200)]
        public int Sessions { get; init; } = 200;

        [CommandOption("--json")]
        [Description("Print the figures as JSON.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Sessions is < 1 or > 1_000_000 ? ValidationResult.Error("--sessions must be between 1 and 1000000.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rows = new List<Row> { Measure(10, settings.Sessions), Measure(100, settings.Sessions) };
        double growth = rows[0].RoundsPerSecond / rows[1].RoundsPerSecond;
        if (settings.Json)
        {
            output.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Summary(rows, growth), BenchNegotiationJsonContext.Default.Summary));
            return Program.ExitOk;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("winset bench negotiation: Boulware vs Conceder, 1000 rounds, one core");
        table.AddColumn("");
        foreach (Row r in rows)
        {
            table.AddColumn(new TableColumn($"{r.Outcomes:N0} outcomes").RightAligned());
        }

        table.AddRow(["Rounds per second", .. rows.Select(r => r.RoundsPerSecond.ToString("N0", CultureInfo.InvariantCulture))]);
        table.AddRow(["ns per round", .. rows.Select(r => (1e9 / r.RoundsPerSecond).ToString("0.0", CultureInfo.InvariantCulture))]);
        table.AddRow(["Bytes allocated per session", .. rows.Select(r => r.BytesPerSession.ToString("N0", CultureInfo.InvariantCulture))]);
        table.AddRow(["vs target 2,000,000/s", .. rows.Select(r => Ratio(r.RoundsPerSecond / TargetRoundsPerSecond, r.RoundsPerSecond >= TargetRoundsPerSecond))]);
        table.AddRow(["vs NegMAS (~2,000/s at 10^3)", .. rows.Select(r => $"{r.RoundsPerSecond / NegmasRoundsPerSecond:N0}x")]);
        output.Console.Write(table);
        output.Console.MarkupLine($"Cost per round, 10^6 vs 10^3 outcomes: {Ratio(growth, growth <= 2)}x (target: at most 2x). NegMAS: 31 rounds/s at 10^5.");
        output.Console.MarkupLine("[grey]Allocation is per session (the agents' state, set up once); the round loop allocates nothing.[/]");
        return Program.ExitOk;
    }

    private static string Ratio(double r, bool good) => (good ? "[green]" : "[red]") + r.ToString("0.00", CultureInfo.InvariantCulture) + "[/]";

    private static Row Measure(int valuesPerIssue, int sessions)
    {
        NegotiationWorkload workload = NegotiationWorkloads.BoulwareVsConceder(valuesPerIssue, rounds: 1000, seed: 1);
        for (int i = 0; i < Math.Min(20, sessions); i++)
        {
            workload.Run(); // warm-up: tiered JIT reaches its optimised code
        }

        long rounds = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < sessions; i++)
        {
            rounds += workload.Run().Round;
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new Row(workload.OutcomeCount, sessions, rounds, rounds / seconds, allocated / (double)sessions);
    }

    /// <summary>One measured size.</summary>
    /// <remarks>
    /// Allocation is reported per session: a session allocates its agents' state once (about 1.5 KB) and nothing per
    /// round, which the engine's tests check by comparing 100- and 1000-round sessions.
    /// </remarks>
    public sealed record Row(int Outcomes, int Sessions, long Rounds, double RoundsPerSecond, double BytesPerSession);

    /// <summary>Both sizes and the growth of the cost per round between them.</summary>
    public sealed record Summary(List<Row> Sizes, double CostGrowth);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(BenchNegotiationCommand.Summary))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class BenchNegotiationJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
