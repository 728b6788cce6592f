using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Tournaments;

using Winset.Testing;

namespace Winset.Store.Tests;

/// <summary>Generated scenarios, a throwing agent, temporary store files and a dump of the store's tables.</summary>
internal static class StoreFixtures
{
    public static readonly TournamentScenario[] Scenarios =
    [
        TournamentScenario.Create(ScenarioGenerator.LinearAdditive(21, 2, 3, 5, 0.3), name: "gen21"),
        TournamentScenario.Create(ScenarioGenerator.LinearAdditive(22, 3, 2, 4, 0.2), name: "gen22-3p"),
    ];

    public static TournamentPlan Plan(int reps = 3, int jobs = 2, int batch = 8, int seed = 5, params string[] agents) =>
        TournamentPlan.Create(
            Scenarios,
            agents.Length == 0 ? [.. new[] { "boulware", "conceder", "linear" }.Select(AgentPresets.Create)] : [.. agents.Select(AgentPresets.Create)],
            new TournamentOptions { Repetitions = reps, Rounds = 200, Seed = seed, Jobs = jobs, BatchSize = batch });

    /// <summary>Runs the plan into the store under a name, resuming what is there, and marks it finished.</summary>
    public static void RunInto(RunStore store, string name, TournamentPlan plan, CancellationToken cancellationToken = default, Action? afterBatch = null)
    {
        StoredTournament t = store.Begin(name, plan);
        TournamentRunner.Run(plan, t.Done, batch =>
        {
            store.Commit(t, batch);
            afterBatch?.Invoke();
        }, null, cancellationToken);
        store.MarkFinished(t);
    }

    public static string TempFile(string extension = ".db") =>
        Path.Combine(Path.GetTempPath(), "winset-store-tests", Guid.NewGuid().ToString("N") + extension);

    public static string NewTempFile(string extension = ".db")
    {
        string path = TempFile(extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Every table but the timestamps and the migration log, row by row in key order, as text.</summary>
    public static string Dump(string path)
    {
        return SqliteDump.Rows(
            path,
            "SELECT id, fingerprint, name, source, parties, outcomes, party_names FROM scenarios ORDER BY id",
            "SELECT id, name, seed, rounds, repetitions, self_play, negotiations, finished_at IS NOT NULL, keep_traces FROM tournaments ORDER BY id",
            "SELECT * FROM tournament_agents ORDER BY tournament_id, idx",
            "SELECT * FROM tournament_scenarios ORDER BY tournament_id, idx",
            "SELECT * FROM sessions ORDER BY tournament_id, idx",
            "SELECT * FROM results ORDER BY tournament_id, session_idx, party",
            "SELECT * FROM traces ORDER BY tournament_id, session_idx");
    }

    public static long Count(string path, string table)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }
}
