using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

/// <summary>
/// Kills the real <c>winset</c> process (SIGKILL, as <c>kill -9</c>) in the middle of a tournament, resumes it, and
/// compares the store with an uninterrupted run's.
/// </summary>
public sealed class TournamentCrashTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("winset-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Args(string store) =>
    [
        // Agents that hold out to the deadline, so each session plays its 20000 rounds (milliseconds each).
        "tournament", "--agents", "boulware(e=0.01),boulware(e=0.02),hardliner",
        "--scenarios", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"), Path.Combine(RepositoryPaths.Scenarios, "used-car.yaml"),
        "--rounds", "20000", "--reps", "30", "--seed", "9", "--jobs", "2", "--batch", "5", "--store", store, "--name", "crash", "--json",
    ];

    [Fact]
    public void KilledMidRun_ResumedByName_TablesEqualAnUninterruptedRun()
    {
        const int total = 2 * 6 * 30;
        string broken = Path.Combine(_dir, "broken.db"), whole = Path.Combine(_dir, "whole.db");

        // Given the real program, killed with SIGKILL once some batches are committed
        string winset = Path.Combine(AppContext.BaseDirectory, "winset.dll");
        File.Exists(winset).ShouldBeTrue(winset);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(winset);
        foreach (string a in Args(broken))
        {
            start.ArgumentList.Add(a);
        }

        long committed;
        var log = new StringBuilder();
        using (Process child = Process.Start(start)!)
        {
            var clock = Stopwatch.StartNew();
            do
            {
                Thread.Sleep(20);
                committed = CountSessions(broken);
            }
            while (committed < 10 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2));

            if (child.HasExited)
            {
                throw new InvalidOperationException($"the tournament ended before it could be killed ({clock.Elapsed}): {child.StandardError.ReadToEnd()}");
            }

            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            log.Append($"killed at {clock.Elapsed} after seeing {committed} sessions");
        }

        // Then the store is intact and holds only whole batches of a partial run
        Scalar(broken, "PRAGMA integrity_check").ShouldBe("ok");
        committed = CountSessions(broken);
        committed.ShouldBeGreaterThanOrEqualTo(10);
        committed.ShouldBeLessThan(total, log.ToString());
        Scalar(broken, "SELECT count(*) FROM sessions s WHERE (SELECT count(*) FROM results r WHERE r.session_idx = s.idx) <> 2").ShouldBe(0L);

        // When the same command runs again, it runs only what is missing
        var resumed = CliRunner.Run(Args(broken));
        resumed.ExitCode.ShouldBe(0, resumed.All);
        resumed.Out.ShouldContain($"\"ran\": {total - committed}");

        // And its tables equal those of an uninterrupted run
        CliRunner.Run(Args(whole)).ExitCode.ShouldBe(0);
        Dump(broken).ShouldBe(Dump(whole));
    }

    private static long CountSessions(string path)
    {
        try
        {
            return File.Exists(path) ? Convert.ToInt64(Scalar(path, "SELECT count(*) FROM sessions"), CultureInfo.InvariantCulture) : 0;
        }
        catch (SqliteException)
        {
            return 0; // the tables are not there yet
        }
    }

    private static object? Scalar(string path, string sql)
    {
        // Read-write (but only reading): a read-only connection cannot always join a live WAL database.
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadWrite;Pooling=False");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static string Dump(string path)
    {
        return SqliteDump.Rows(
            path,
            "SELECT fingerprint, name, source, parties, outcomes FROM scenarios ORDER BY id",
            "SELECT name, seed, rounds, repetitions, self_play, negotiations, finished_at IS NOT NULL FROM tournaments ORDER BY id",
            "SELECT * FROM tournament_agents ORDER BY tournament_id, idx",
            "SELECT * FROM tournament_scenarios ORDER BY tournament_id, idx",
            "SELECT * FROM sessions ORDER BY tournament_id, idx",
            "SELECT * FROM results ORDER BY tournament_id, session_idx, party");
    }
}
