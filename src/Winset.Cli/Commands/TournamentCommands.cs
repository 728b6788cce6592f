using Spectre.Console.Cli;

namespace Winset.Cli.Commands;

/// <summary>
/// Adds the tournament verbs to the tree: <c>tournament</c>, the <c>runs</c> branch (list, show, export) and
/// <c>bench tournament</c>. <c>Program</c> calls <see cref="Register"/> and, inside its bench branch,
/// <see cref="RegisterBench"/>.
/// </summary>
internal static class TournamentCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<TournamentCommand>("tournament")
            .WithDescription("Play every ordered tuple of agents on every scenario (roles swapped, repeated, in parallel), record it in the run store, and rank the agents.")
            .WithExample("tournament", "--agents", "boulware,conceder,linear,titfortat,micro", "--scenarios", "scenarios/job-offer.yaml", "scenarios/used-car.yaml", "--reps", "5")
            .WithExample("tournament", "--agents", "boulware,micro", "--scenarios", "domain.xml+profile1.xml+profile2.xml", "--name", "mine", "--json");
        config.AddBranch("runs", runs =>
        {
            runs.SetDescription("The tournaments in the run store: list them, show one, export one.");
            runs.AddCommand<RunsListCommand>("list").WithDescription("List the tournaments in the store.");
            runs.AddCommand<RunsShowCommand>("show").WithDescription("Show one tournament's standings.").WithExample("runs", "show", "mine");
            runs.AddCommand<RunsExportCommand>("export")
                .WithDescription("Write one tournament's standings to a .csv or .json file.")
                .WithExample("runs", "export", "mine", "--out", "mine.csv");
        });
    }

    public static void RegisterBench(IConfigurator<CommandSettings> bench)
    {
        bench.AddCommand<BenchTournamentCommand>("tournament")
            .WithDescription("Negotiations per second of a 5-agent tournament on 10 GENIUS scenarios, 1000 rounds: 1 vs 2 jobs, store on and off.");
    }
}
