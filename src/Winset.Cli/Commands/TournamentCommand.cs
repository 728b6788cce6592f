using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Diagnostics;
using Winset.Formats;
using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Tournaments;
using Winset.Store;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset tournament --agents A,B,C --scenarios PATH...</c>: every ordered tuple of agents on every scenario, roles
/// swapped, repeated, in parallel, recorded in the run store and resumable by name; then the standings.
/// </summary>
public sealed class TournamentCommand(CliOutput output) : Command<TournamentCommand.Settings>
{
    /// <summary>The exit code after Ctrl+C (the store keeps what finished).</summary>
    public const int ExitInterrupted = 130;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("More scenarios, as for --scenarios (so that --scenarios a.yaml b.yaml c/ names three).")]
        public string[] MoreScenarios { get; init; } = [];

        [CommandOption("--scenarios <PATH>")]
        [Description("A scenario: a Winset .yaml/.json file, a GENIUS or GeniusWeb folder, or a GENIUS/GeniusWeb domain and its profiles joined by '+' (domain.xml+p1.xml+p2.xml). Repeat it, or list more paths after it.")]
        public string[] Scenarios { get; init; } = [];

        [CommandOption("--agents <LIST>")]
        [Description("The agents, separated by commas (e.g. boulware,conceder,linear,titfortat,micro); 'winset agents' lists them.")]
        public string Agents { get; init; } = string.Empty;

        [CommandOption("--reps <R>")]
        [Description("Repetitions of every tuple on every scenario, each with its own seed.")]
        [DefaultValue(1)]
        public int Repetitions { get; init; } = 1;

        [CommandOption("--rounds <N>")]
        [Description("The deadline of every session, in rounds.")]
        [DefaultValue(1000)]
        public int Rounds { get; init; } = 1000;

        [CommandOption("--seed <S>")]
        [Description("The tournament seed; every session's seed is derived from it, the scenario, the agents and the repetition.")]
        [DefaultValue(0)]
        public int Seed { get; init; }

        [CommandOption("--jobs <J>")]
        [Description("Sessions run at once (default: the number of cores).")]
        public int? Jobs { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("The run store (SQLite); default winset-runs.db in the working folder.")]
        public string? Store { get; init; }

        [CommandOption("--no-store")]
        [Description("Keep results in memory only (nothing is recorded, nothing can be resumed).")]
        public bool NoStore { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("The tournament's name in the store; running the same name again resumes it, running only what is missing. Default: tournament-<date>-<time>.")]
        public string? Name { get; init; }

        [CommandOption("--traces")]
        [Description("Also record every session's trace (JSON Lines) in the store.")]
        public bool Traces { get; init; }

        [CommandOption("--self-play")]
        [Description("Also let an agent play against itself.")]
        public bool SelfPlay { get; init; }

        [CommandOption("--session-timeout <SECONDS>")]
        [Description("A session whose agent overruns this wall-clock budget ends as an error naming the agent.")]
        [DefaultValue(10.0)]
        public double SessionTimeout { get; init; } = 10;

        [CommandOption("--batch <N>")]
        [Description("Sessions committed to the store per transaction; a crash loses at most the batches not yet committed.")]
        [DefaultValue(256)]
        public int Batch { get; init; } = 256;

        [CommandOption("--json")]
        [Description("Print one JSON object (negotiations, completed, errors, ranking, scenarios) instead of tables.")]
        public bool Json { get; init; }

        [CommandOption("--csv <FILE>")]
        [Description("Also write the standings as CSV: one row per agent overall (scenario '*'), then per scenario.")]
        public string? Csv { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Agents))
            {
                return ValidationResult.Error("--agents is required: the agents separated by commas, e.g. --agents boulware,conceder,micro ('winset agents' lists them).");
            }

            if (Scenarios.Length + MoreScenarios.Length == 0)
            {
                return ValidationResult.Error("--scenarios is required: at least one scenario file, folder, or domain+profile+profile group.");
            }

            if (Repetitions is < 1 or > 1_000_000)
            {
                return ValidationResult.Error($"--reps must be between 1 and 1000000, not {Repetitions}.");
            }

            if (Rounds is < 1 or > 10_000_000)
            {
                return ValidationResult.Error($"--rounds must be between 1 and 10000000, not {Rounds}.");
            }

            if (Jobs is { } j && j is < 1 or > 1024)
            {
                return ValidationResult.Error($"--jobs must be between 1 and 1024, not {j}.");
            }

            if (!(SessionTimeout > 0 && SessionTimeout <= 86_400))
            {
                return ValidationResult.Error($"--session-timeout must be a positive number of seconds (at most a day), not {SessionTimeout}.");
            }

            if (Batch is < 1 or > 1_000_000)
            {
                return ValidationResult.Error($"--batch must be between 1 and 1000000, not {Batch}.");
            }

            if (NoStore && (Store is not null || Name is not null || Traces))
            {
                return ValidationResult.Error("--no-store cannot be combined with --store, --name or --traces.");
            }

            if (Name is { } n && string.IsNullOrWhiteSpace(n))
            {
                return ValidationResult.Error("--name must not be empty.");
            }

            if (Csv is { } c && !c.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                return ValidationResult.Error($"--csv must name a .csv file, not '{c}'.");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Everything the user named is checked before the store is touched.
        Agent[] agents = ParseAgents(settings.Agents);
        List<TournamentScenario> scenarios = LoadScenarios([.. settings.Scenarios, .. settings.MoreScenarios]);
        TournamentPlan plan = CreatePlan(scenarios, agents, settings);

        string name = settings.Name ?? "tournament-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        RunStore? store = settings.NoStore ? null : RunStore.Open(settings.Store ?? RunStore.DefaultFileName);
        try
        {
            StoredTournament? stored = store?.Begin(name, plan);
            var memory = new List<SessionRecord>();
            Action<IReadOnlyList<SessionRecord>> commit = stored is null ? memory.AddRange : batch => store!.Commit(stored, batch);
            int pending = plan.Sessions.Length - (stored?.Done.Count ?? 0);
            int ran;
            try
            {
                ran = RunWithProgress(plan, stored?.Done, commit, pending, name, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                output.Error.WriteLine(store is null
                    ? "interrupted; nothing was kept (--no-store)."
                    : $"interrupted; the finished sessions are in {store.Path}. Run the same command with --name {name} to resume.");
                return ExitInterrupted;
            }

            TournamentReport report;
            if (store is not null && stored is not null)
            {
                TournamentData data = store.Load(name);
                if (data.Records.Count == plan.Sessions.Length)
                {
                    store.MarkFinished(stored);
                }

                report = new TournamentReport(name, store.Path, ran, data.Standings());
            }
            else
            {
                report = new TournamentReport(name, null, ran, TournamentStandings.Compute(plan.AgentNames, plan.ScenarioNames, plan.Sessions.Length, memory));
            }

            if (settings.Csv is { } csv)
            {
                AtomicFile.WriteAllText(csv, report.ToCsv());
            }

            if (settings.Json)
            {
                output.Out.WriteLine(report.ToJson());
            }
            else
            {
                report.Render(output.Console);
                if (settings.Csv is { } c)
                {
                    output.Console.MarkupLine($"CSV: [bold]{Markup.Escape(c)}[/]");
                }
            }

            return Program.ExitOk;
        }
        finally
        {
            store?.Dispose();
        }
    }

    internal static Agent[] ParseAgents(string list)
    {
        Agent[] agents = [.. AgentList.Parse(list).Select(AgentPresets.Create)];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Agent a in agents)
        {
            if (!seen.Add(a.Name))
            {
                throw new InputException($"--agents names '{a.Name}' twice; name each agent once (give parameters to tell variants apart, e.g. boulware(e=0.1)).");
            }
        }

        return agents;
    }

    /// <summary>Loads every scenario; the first that does not load stops the tournament before it starts, by name.</summary>
    internal static List<TournamentScenario> LoadScenarios(IReadOnlyList<string> specs)
    {
        var result = new List<TournamentScenario>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string spec in specs)
        {
            string[] paths = File.Exists(spec) || Directory.Exists(spec) || !spec.Contains('+', StringComparison.Ordinal)
                ? [spec]
                : spec.Split('+');
            Scenario scenario;
            try
            {
                scenario = ScenarioLoader.Load(paths);
            }
            catch (InputException e)
            {
                throw new InputException($"scenario '{spec}' does not load, so the tournament does not start: {e.Message}");
            }

            if (scenario.Parties.Length < 2)
            {
                throw new InputException($"scenario '{spec}' has {scenario.Parties.Length} party; a tournament needs at least two.");
            }

            string name = scenario.Name;
            for (int k = 2; !names.Add(name); k++)
            {
                name = $"{scenario.Name}#{k}";
            }

            result.Add(TournamentScenario.Create(scenario, name, spec));
        }

        return result;
    }

    private static TournamentPlan CreatePlan(List<TournamentScenario> scenarios, Agent[] agents, Settings settings)
    {
        if (agents.Length < (settings.SelfPlay ? 1 : 2))
        {
            throw new InputException("--agents must name at least two agents (or one with --self-play).");
        }

        try
        {
            return TournamentPlan.Create(scenarios, agents, new TournamentOptions
            {
                Rounds = settings.Rounds,
                Repetitions = settings.Repetitions,
                Seed = settings.Seed,
                SelfPlay = settings.SelfPlay,
                Jobs = settings.Jobs ?? Environment.ProcessorCount,
                SessionTimeout = TimeSpan.FromSeconds(settings.SessionTimeout),
                BatchSize = settings.Batch,
                KeepTraces = settings.Traces,
            });
        }
        catch (ArgumentException e) when (e.Message.Contains("more than", StringComparison.Ordinal))
        {
            throw new InputException("the tournament is too large: " + e.Message);
        }
    }

    private int RunWithProgress(
        TournamentPlan plan, IReadOnlySet<int>? done, Action<IReadOnlyList<SessionRecord>> commit, int pending, string name, CancellationToken cancellationToken)
    {
        if (!output.Console.Profile.Capabilities.Interactive || pending == 0)
        {
            return TournamentRunner.Run(plan, done, commit, null, cancellationToken);
        }

        return output.Console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TournamentRateColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .Start(ctx =>
            {
                ProgressTask task = ctx.AddTask(Markup.Escape(name), maxValue: pending);
                return TournamentRunner.Run(plan, done, commit, n => task.Value = n, cancellationToken);
            });
    }
}
