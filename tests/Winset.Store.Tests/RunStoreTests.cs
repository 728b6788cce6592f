using Microsoft.Data.Sqlite;
using Winset.Diagnostics;
using Winset.Negotiation;
using Winset.Negotiation.Tournaments;

namespace Winset.Store.Tests;

public class RunStoreTests
{
    [Fact]
    public void Open_NewFile_CreatesTheCurrentSchemaInWalMode()
    {
        string path = StoreFixtures.TempFile();
        using (RunStore store = RunStore.Open(path))
        {
            store.SchemaVersion.ShouldBe(StoreSchema.CurrentVersion);
        }

        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        cmd.ExecuteScalar().ShouldBe("wal");
        cmd.CommandText = "SELECT group_concat(version) FROM (SELECT version FROM winset_schema ORDER BY version)";
        cmd.ExecuteScalar().ShouldBe("1,2");
        cmd.CommandText = "PRAGMA application_id";
        ((long)cmd.ExecuteScalar()!).ShouldBe(StoreSchema.ApplicationId);
        cmd.CommandText = "SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name)";
        cmd.ExecuteScalar().ShouldBe("results,scenarios,sessions,tournament_agents,tournament_scenarios,tournaments,traces,winset_schema");
    }

    [Fact]
    public void Open_VersionOneStore_MigratesKeepingItsRows()
    {
        // Given a store at schema version 1 (as the first Winset wrote it) with a tournament in it
        string path = StoreFixtures.NewTempFile();
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = StoreSchema.Migrations[0] +
                $"INSERT INTO winset_schema VALUES (1, '2020-01-01T00:00:00Z'); PRAGMA application_id = {StoreSchema.ApplicationId}; PRAGMA user_version = 1;" +
                "INSERT INTO tournaments (name, seed, rounds, repetitions, self_play, negotiations, created_at) VALUES ('old', 1, 10, 1, 0, 0, '2020-01-01T00:00:00Z');";
            cmd.ExecuteNonQuery();
        }

        // When it is opened
        using RunStore store = RunStore.Open(path);

        // Then it is at the current version, with its tournament and the new traces table
        store.SchemaVersion.ShouldBe(StoreSchema.CurrentVersion);
        store.List().Single().Name.ShouldBe("old");
        StoreFixtures.Count(path, "traces").ShouldBe(0);
    }

    [Fact]
    public void Open_NewerVersion_RefusedAndFileUnchanged()
    {
        string path = StoreFixtures.TempFile();
        RunStore.Open(path).Dispose();
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=DELETE; PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        byte[] before = File.ReadAllBytes(path);
        var e = Should.Throw<InputException>(() => RunStore.Open(path));
        e.Detail.ShouldBe(StoreErrorMessages.NewerSchema(99, StoreSchema.CurrentVersion));
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void Open_TextFile_RefusedAndFileUnchanged()
    {
        string path = StoreFixtures.NewTempFile(".db");
        File.WriteAllText(path, "these are my notes, not a database\n");
        byte[] before = File.ReadAllBytes(path);

        var e = Should.Throw<InputException>(() => RunStore.Open(path));

        e.Detail.ShouldBe(StoreErrorMessages.NotAStore(StoreErrorMessages.NotSqlite));
        e.Message.ShouldContain(path);
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void Open_AnotherProgramsDatabase_RefusedAndFileUnchanged()
    {
        string path = StoreFixtures.NewTempFile();
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');";
            cmd.ExecuteNonQuery();
        }

        byte[] before = File.ReadAllBytes(path);
        var e = Should.Throw<InputException>(() => RunStore.Open(path));
        e.Detail.ShouldBe(StoreErrorMessages.NotAStore(StoreErrorMessages.OtherDatabase));
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void Open_MissingFileWhenItMustExist_Refused()
    {
        string path = StoreFixtures.TempFile();
        Should.Throw<InputException>(() => RunStore.Open(path, mustExist: true)).Detail.ShouldBe(StoreErrorMessages.NoSuchStore);
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void Tournament_SameSeed_SameTables()
    {
        string a = StoreFixtures.TempFile(), b = StoreFixtures.TempFile();
        using (RunStore store = RunStore.Open(a))
        {
            StoreFixtures.RunInto(store, "t", StoreFixtures.Plan(jobs: 1));
        }

        using (RunStore store = RunStore.Open(b))
        {
            StoreFixtures.RunInto(store, "t", StoreFixtures.Plan(jobs: 2, batch: 5));
        }

        StoreFixtures.Count(a, "sessions").ShouldBe(StoreFixtures.Plan().Sessions.Length);
        StoreFixtures.Dump(b).ShouldBe(StoreFixtures.Dump(a));
    }

    [Fact]
    public void Tournament_InterruptedThenResumed_SameTablesAsUninterrupted()
    {
        TournamentPlan plan = StoreFixtures.Plan(reps: 4, batch: 8);
        string whole = StoreFixtures.TempFile(), broken = StoreFixtures.TempFile();
        using (RunStore store = RunStore.Open(whole))
        {
            StoreFixtures.RunInto(store, "t", plan);
        }

        // When a run is cancelled after three batches
        using (RunStore store = RunStore.Open(broken))
        {
            using var cts = new CancellationTokenSource();
            int batches = 0;
            Should.Throw<OperationCanceledException>(() => StoreFixtures.RunInto(store, "t", plan, cts.Token, () =>
            {
                if (++batches == 3)
                {
                    cts.Cancel();
                }
            }));
        }

        long partial = StoreFixtures.Count(broken, "sessions");
        partial.ShouldBeGreaterThanOrEqualTo(24);
        partial.ShouldBeLessThan(plan.Sessions.Length);

        // And resumed under the same name
        using (RunStore store = RunStore.Open(broken))
        {
            StoredTournament t = store.Begin("t", plan);
            t.Resumed.ShouldBeTrue();
            t.Done.Count.ShouldBe((int)partial);
            StoreFixtures.RunInto(store, "t", plan);
        }

        // Then the tables equal the uninterrupted run's
        StoreFixtures.Dump(broken).ShouldBe(StoreFixtures.Dump(whole));
    }

    [Fact]
    public void Begin_SameNameOtherSettings_RefusedNamingTheDifference()
    {
        string path = StoreFixtures.TempFile();
        using RunStore store = RunStore.Open(path);
        StoreFixtures.RunInto(store, "t", StoreFixtures.Plan(reps: 1));
        string before = StoreFixtures.Dump(path);

        Should.Throw<InputException>(() => store.Begin("t", StoreFixtures.Plan(reps: 1, seed: 6))).Message.ShouldContain("seed 5, not 6");
        Should.Throw<InputException>(() => store.Begin("t", StoreFixtures.Plan(reps: 1, agents: ["boulware", "micro"]))).Message.ShouldContain("agents boulware,conceder,linear");
        StoreFixtures.Dump(path).ShouldBe(before);
    }

    [Fact]
    public void Load_ThrowingAgent_ErrorsRecordedWithMessages_StandingsMatchTheRun()
    {
        // Given a tournament with an agent that throws, and traces kept
        var agents = new[] { Winset.Negotiation.Agents.AgentPresets.Create("boulware"), Winset.Negotiation.Agents.AgentPresets.Create("conceder"), ThrowingAgent.Create() };
        var plan = TournamentPlan.Create(StoreFixtures.Scenarios, agents, new TournamentOptions { Rounds = 100, Jobs = 2, BatchSize = 7, KeepTraces = true });
        string path = StoreFixtures.TempFile();
        using RunStore store = RunStore.Open(path);
        StoreFixtures.RunInto(store, "faulty", plan);

        // When it is loaded back
        TournamentData data = store.Load("faulty");

        // Then every session is there; the errors carry the agent's message; standings equal those of a run in memory
        data.Records.Count.ShouldBe(plan.Sessions.Length);
        data.Records.Where(r => r.Ended == SessionEnd.Error).ShouldNotBeEmpty();
        data.Records.Where(r => r.Ended == SessionEnd.Error).ShouldAllBe(r => r.ErrorMessage == "thrower: deliberate failure");
        data.Records.ShouldAllBe(r => r.Trace != null && r.Trace.StartsWith("{\"round\":1"));
        data.Summary.FinishedAt.ShouldNotBeNull();
        TournamentStandings fromStore = data.Standings();
        TournamentStandings inMemory = TournamentStandings.Compute(plan.AgentNames, plan.ScenarioNames, plan.Sessions.Length, TournamentRunner.RunAll(plan));
        fromStore.Ranking.ShouldBe(inMemory.Ranking);
        fromStore.Errors.ShouldBe(inMemory.Errors);
    }
}
