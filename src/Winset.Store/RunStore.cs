using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Winset.Diagnostics;
using Winset.Negotiation;
using Winset.Negotiation.Tournaments;

namespace Winset.Store;

/// <summary>
/// The run store: tournaments, their scenarios and agents, every session's result and, on request, its trace, in one
/// SQLite file (see <see cref="StoreSchema"/> for the tables).
/// </summary>
/// <remarks>
/// <para><b>Opening.</b> <see cref="Open"/> refuses, before writing anything, a file that is not an SQLite database,
/// another program's database, and a store of a newer schema version (an <see cref="InputException"/>; the file is left
/// as it was). It then sets WAL mode and brings an older store up to <see cref="StoreSchema.CurrentVersion"/>.</para>
/// <para><b>Crash safety.</b> The journal is a write-ahead log with <c>synchronous=NORMAL</c>: a committed transaction
/// survives the death of the process (even <c>kill -9</c>), an uncommitted one vanishes, and the file is never left
/// half-written. Each batch of sessions is one transaction (<see cref="Commit"/>), so a crash loses at most the batch in
/// flight.</para>
/// <para>Not thread-safe: one connection, used from one thread.</para>
/// </remarks>
public sealed class RunStore : IDisposable
{
    /// <summary>The store file used when none is named.</summary>
    public const string DefaultFileName = "winset-runs.db";

    private static readonly byte[] SqliteMagic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private SqliteTransaction? _transaction;
    private RawStatement? _insertSession;
    private RawStatement? _insertResult;
    private RawStatement? _insertTrace;

    private RunStore(SqliteConnection connection, string path, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        Path = path;
    }

    /// <summary>The store file's full path.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open store (after migration, <see cref="StoreSchema.CurrentVersion"/>).</summary>
    public long SchemaVersion => Scalar<long>("PRAGMA user_version");

    /// <summary>Opens a store, creating it if the file does not exist (or is empty), and migrates it.</summary>
    /// <param name="path">The store file.</param>
    /// <param name="mustExist">Refuse a file that does not exist (for reading commands).</param>
    /// <param name="clock">The clock for the tournaments' timestamps; null for the system clock.</param>
    /// <exception cref="InputException">The file is not a Winset store, is of a newer version, or cannot be opened.</exception>
    public static RunStore Open(string path, bool mustExist = false, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = System.IO.Path.GetFullPath(path);
        var location = SourceLocation.InFile(path);
        if (Directory.Exists(full))
        {
            throw new InputException(StoreErrorMessages.IsFolder, location);
        }

        bool exists = File.Exists(full);
        if (!exists && mustExist)
        {
            throw new InputException(StoreErrorMessages.NoSuchStore, location);
        }

        bool hasContent = exists && new FileInfo(full).Length > 0;
        if (hasContent && !HasSqliteHeader(full))
        {
            throw new InputException(StoreErrorMessages.NotAStore(StoreErrorMessages.NotSqlite), location);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new RunStore(connection, full, clock ?? TimeProvider.System);
            if (hasContent)
            {
                store.CheckIdentity(location);
            }

            store.Execute("PRAGMA busy_timeout=30000;");
            store.EnterWalMode();
            store.Execute("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
            store.Migrate();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InputException(
                e.SqliteErrorCode is 26 or 11 ? StoreErrorMessages.NotAStore(StoreErrorMessages.NotSqlite) : StoreErrorMessages.CannotOpen(e.Message),
                location);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Finds the tournament with this name, checking that it has the plan's settings, agents and scenarios, or
    /// records a new one; returns it with the sessions already done.
    /// </summary>
    /// <exception cref="InputException">A tournament of that name exists with other settings.</exception>
    public StoredTournament Begin(string name, TournamentPlan plan)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(plan);
        long? existing = ScalarOrNull<long>("SELECT id FROM tournaments WHERE name = $name", ("$name", name));
        if (existing is { } id)
        {
            string? mismatch = Compare(id, plan);
            if (mismatch is not null)
            {
                throw new InputException(StoreErrorMessages.TournamentMismatch(name, mismatch));
            }

            var done = new HashSet<int>();
            using var cmd = Command("SELECT idx FROM sessions WHERE tournament_id = $t", ("$t", id));
            using (SqliteDataReader r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    done.Add(r.GetInt32(0));
                }
            }

            return new StoredTournament(id, name, done, Resumed: true);
        }

        using Transaction tx = BeginTransaction();
        long newId = Scalar<long>(
            """
            INSERT INTO tournaments (name, seed, rounds, repetitions, self_play, negotiations, created_at, finished_at, keep_traces)
            VALUES ($name, $seed, $rounds, $reps, $self, $n, $created, NULL, $traces) RETURNING id
            """,
            ("$name", name),
            ("$seed", plan.Seed),
            ("$rounds", plan.Rounds),
            ("$reps", plan.Repetitions),
            ("$self", plan.SelfPlay ? 1 : 0),
            ("$n", plan.Sessions.Length),
            ("$created", Now()),
            ("$traces", plan.KeepTraces ? 1 : 0));
        for (int a = 0; a < plan.Agents.Length; a++)
        {
            Execute(
                "INSERT INTO tournament_agents (tournament_id, idx, name, description) VALUES ($t, $i, $name, $d)",
                ("$t", newId), ("$i", a), ("$name", plan.Agents[a].Name), ("$d", plan.Agents[a].Describe()));
        }

        for (int s = 0; s < plan.Scenarios.Length; s++)
        {
            TournamentScenario sc = plan.Scenarios[s];
            Execute(
                """
                INSERT INTO scenarios (fingerprint, name, source, parties, outcomes, party_names)
                VALUES ($f, $name, $source, $parties, $outcomes, $names) ON CONFLICT (fingerprint) DO NOTHING
                """,
                ("$f", sc.Fingerprint),
                ("$name", sc.Prepared.Scenario.Name),
                ("$source", sc.Source),
                ("$parties", sc.PartyCount),
                ("$outcomes", sc.Prepared.OutcomeCount),
                ("$names", string.Join("\n", sc.Prepared.PartyNames)));
            long scenarioId = Scalar<long>("SELECT id FROM scenarios WHERE fingerprint = $f", ("$f", sc.Fingerprint));
            Execute(
                "INSERT INTO tournament_scenarios (tournament_id, idx, scenario_id, name) VALUES ($t, $i, $s, $name)",
                ("$t", newId), ("$i", s), ("$s", scenarioId), ("$name", sc.Name));
        }

        tx.Commit();
        return new StoredTournament(newId, name, new HashSet<int>(), Resumed: false);
    }

    /// <summary>Records a batch of sessions in one transaction (a session already recorded is left as it is).</summary>
    /// <remarks>
    /// The rows go through SQLite's own prepared statements (<see cref="SqliteConnection.Handle"/>), bound by position:
    /// an ADO.NET command per row costs several microseconds more, which at tens of thousands of sessions per second
    /// would be most of the store's cost.
    /// </remarks>
    public void Commit(StoredTournament tournament, IReadOnlyList<SessionRecord> batch)
    {
        ArgumentNullException.ThrowIfNull(tournament);
        ArgumentNullException.ThrowIfNull(batch);
        using Transaction tx = BeginTransaction();
        _insertSession ??= RawStatement.Prepare(_connection,
            "INSERT OR IGNORE INTO sessions (tournament_id, idx, scenario_idx, repetition, seed, ended, round, time, moves, agreement, " +
            "welfare, distance_pareto, distance_nash, erring_party, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        _insertResult ??= RawStatement.Prepare(_connection,
            "INSERT OR IGNORE INTO results (tournament_id, session_idx, party, agent_idx, utility, advantage) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        _insertTrace ??= RawStatement.Prepare(_connection,
            "INSERT OR IGNORE INTO traces (tournament_id, session_idx, format, body) VALUES (?1, ?2, 'jsonl', ?3)");
        RawStatement session = _insertSession, result = _insertResult, trace = _insertTrace;
        foreach (SessionRecord r in batch)
        {
            session.Bind(1, tournament.Id);
            session.Bind(2, r.Session.Index);
            session.Bind(3, r.Session.Scenario);
            session.Bind(4, r.Session.Repetition);
            session.Bind(5, r.Session.Seed);
            session.Bind(6, EndedName(r.Ended));
            session.Bind(7, r.Round);
            session.Bind(8, r.Time);
            session.Bind(9, r.MoveCount);
            session.BindNullable(10, r.Agreement);
            session.Bind(11, r.Welfare);
            session.Bind(12, r.DistanceToPareto);
            session.BindNullable(13, r.DistanceToNash);
            session.BindNullable(14, r.ErringParty);
            session.Bind(15, r.ErrorMessage);
            if (session.Execute() == 0)
            {
                continue;
            }

            for (int party = 0; party < r.Session.Agents.Length; party++)
            {
                result.Bind(1, tournament.Id);
                result.Bind(2, r.Session.Index);
                result.Bind(3, party);
                result.Bind(4, r.Session.Agents[party]);
                result.Bind(5, r.Utilities[party]);
                result.Bind(6, r.Advantages[party]);
                result.Execute();
            }

            if (r.Trace is { } text)
            {
                trace.Bind(1, tournament.Id);
                trace.Bind(2, r.Session.Index);
                trace.Bind(3, text);
                trace.Execute();
            }
        }

        tx.Commit();
    }

    /// <summary>Marks the tournament finished (every planned session recorded).</summary>
    public void MarkFinished(StoredTournament tournament)
    {
        ArgumentNullException.ThrowIfNull(tournament);
        Execute("UPDATE tournaments SET finished_at = $now WHERE id = $t AND finished_at IS NULL", ("$now", Now()), ("$t", tournament.Id));
    }

    /// <summary>Every tournament in the store, oldest first.</summary>
    public IReadOnlyList<TournamentSummary> List()
    {
        var list = new List<TournamentSummary>();
        using SqliteCommand cmd = Command(
            """
            SELECT t.name, t.created_at, t.finished_at, t.negotiations,
                   (SELECT count(*) FROM sessions s WHERE s.tournament_id = t.id),
                   (SELECT count(*) FROM sessions s WHERE s.tournament_id = t.id AND s.ended = 'error'),
                   (SELECT count(*) FROM tournament_agents a WHERE a.tournament_id = t.id),
                   (SELECT count(*) FROM tournament_scenarios c WHERE c.tournament_id = t.id),
                   t.rounds, t.repetitions, t.seed
            FROM tournaments t ORDER BY t.id
            """);
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(ReadSummary(r));
        }

        return list;
    }

    /// <summary>Loads one tournament and its session records.</summary>
    /// <exception cref="InputException">No tournament has that name.</exception>
    public TournamentData Load(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        long id = ScalarOrNull<long>("SELECT id FROM tournaments WHERE name = $name", ("$name", name))
            ?? throw new InputException(StoreErrorMessages.NoSuchTournament(name, Known()));
        TournamentSummary summary = List().First(s => s.Name == name);
        ImmutableArray<string> agents = Strings("SELECT name FROM tournament_agents WHERE tournament_id = $t ORDER BY idx", id);
        ImmutableArray<string> scenarios = Strings("SELECT name FROM tournament_scenarios WHERE tournament_id = $t ORDER BY idx", id);
        var parties = new Dictionary<int, List<(int Agent, double Utility, double Advantage)>>();
        using (SqliteCommand cmd = Command(
            "SELECT session_idx, agent_idx, utility, advantage FROM results WHERE tournament_id = $t ORDER BY session_idx, party", ("$t", id)))
        using (SqliteDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                int idx = r.GetInt32(0);
                if (!parties.TryGetValue(idx, out var list))
                {
                    list = [];
                    parties[idx] = list;
                }

                list.Add((r.GetInt32(1), r.GetDouble(2), r.GetDouble(3)));
            }
        }

        var traces = new Dictionary<int, string>();
        using (SqliteCommand cmd = Command("SELECT session_idx, body FROM traces WHERE tournament_id = $t", ("$t", id)))
        using (SqliteDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                traces[r.GetInt32(0)] = r.GetString(1);
            }
        }

        var records = new List<SessionRecord>();
        using (SqliteCommand cmd = Command(
            """
            SELECT idx, scenario_idx, repetition, seed, ended, round, time, moves, agreement, distance_pareto, distance_nash, erring_party, error
            FROM sessions WHERE tournament_id = $t ORDER BY idx
            """,
            ("$t", id)))
        using (SqliteDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                int idx = r.GetInt32(0);
                List<(int Agent, double Utility, double Advantage)> ps = parties.GetValueOrDefault(idx) ?? [];
                var planned = new PlannedSession(idx, r.GetInt32(1), [.. ps.Select(x => x.Agent)], r.GetInt32(2), r.GetInt32(3));
                records.Add(new SessionRecord(
                    planned,
                    ParseEnded(r.GetString(4)),
                    r.GetInt32(5),
                    r.GetDouble(6),
                    r.GetInt32(7),
                    r.IsDBNull(8) ? null : r.GetInt32(8),
                    [.. ps.Select(x => x.Utility)],
                    [.. ps.Select(x => x.Advantage)],
                    r.GetDouble(9),
                    r.IsDBNull(10) ? null : r.GetDouble(10),
                    r.IsDBNull(11) ? null : r.GetInt32(11),
                    r.IsDBNull(12) ? null : r.GetString(12),
                    traces.GetValueOrDefault(idx)));
            }
        }

        return new TournamentData(summary, agents, scenarios, records);
    }

    /// <summary>The lower-case name of a way to end, as stored: agreement, deadline, walkaway, error.</summary>
    public static string EndedName(SessionEnd ended) => ended switch
    {
        SessionEnd.Agreement => "agreement",
        SessionEnd.Deadline => "deadline",
        SessionEnd.WalkAway => "walkaway",
        _ => "error",
    };

    /// <inheritdoc/>
    public void Dispose()
    {
        _insertSession?.Dispose();
        _insertResult?.Dispose();
        _insertTrace?.Dispose();
        _connection.Dispose();
    }

    private Transaction BeginTransaction()
    {
        _transaction = _connection.BeginTransaction();
        return new Transaction(this);
    }

    /// <summary>The store's one open transaction: commands made while it is open join it; disposing rolls back if not committed.</summary>
    private readonly struct Transaction(RunStore store) : IDisposable
    {
        public void Commit() => store._transaction!.Commit();

        public void Dispose()
        {
            store._transaction?.Dispose();
            store._transaction = null;
        }
    }

    private static SessionEnd ParseEnded(string text) => text switch
    {
        "agreement" => SessionEnd.Agreement,
        "deadline" => SessionEnd.Deadline,
        "walkaway" => SessionEnd.WalkAway,
        _ => SessionEnd.Error,
    };

    private static bool HasSqliteHeader(string path)
    {
        var head = new byte[SqliteMagic.Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return n == head.Length && head.AsSpan().SequenceEqual(SqliteMagic);
    }

    private void CheckIdentity(SourceLocation location)
    {
        long app = Scalar<long>("PRAGMA application_id");
        long version = Scalar<long>("PRAGMA user_version");
        long objects = Scalar<long>("SELECT count(*) FROM sqlite_schema");
        if (app != StoreSchema.ApplicationId && (app != 0 || objects > 0))
        {
            throw new InputException(StoreErrorMessages.NotAStore(StoreErrorMessages.OtherDatabase), location);
        }

        if (version > StoreSchema.CurrentVersion)
        {
            throw new InputException(StoreErrorMessages.NewerSchema(version, StoreSchema.CurrentVersion), location);
        }
    }

    /// <summary>
    /// Switches to the write-ahead log. The switch needs the file to itself: while another connection reads it (say a
    /// second process watching the store) SQLite keeps the old journal and says so, so this retries for up to 30 s
    /// rather than run on in a mode where readers would block the writer.
    /// </summary>
    private void EnterWalMode()
    {
        for (int attempt = 0; ; attempt++)
        {
            string mode = Scalar<string>("PRAGMA journal_mode=WAL");
            if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (attempt >= 1500)
            {
                throw new InputException(StoreErrorMessages.CannotOpen($"another program keeps the store busy, so it cannot use a write-ahead log (journal mode is '{mode}')"));
            }

            Thread.Sleep(20);
        }
    }

    private void Migrate()
    {
        long version = Scalar<long>("PRAGMA user_version");
        for (long v = version + 1; v <= StoreSchema.CurrentVersion; v++)
        {
            using Transaction tx = BeginTransaction();
            Execute(StoreSchema.Migrations[v - 1]);
            Execute("INSERT INTO winset_schema (version, applied_at) VALUES ($v, $now)", ("$v", v), ("$now", Now()));
            Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {StoreSchema.ApplicationId}; PRAGMA user_version = {v};"));
            tx.Commit();
        }
    }

    private string? Compare(long id, TournamentPlan plan)
    {
        using (SqliteCommand cmd = Command("SELECT seed, rounds, repetitions, self_play FROM tournaments WHERE id = $t", ("$t", id)))
        using (SqliteDataReader r = cmd.ExecuteReader())
        {
            r.Read();
            if (r.GetInt32(0) != plan.Seed)
            {
                return $"seed {r.GetInt32(0)}, not {plan.Seed}";
            }

            if (r.GetInt32(1) != plan.Rounds)
            {
                return $"{r.GetInt32(1)} rounds, not {plan.Rounds}";
            }

            if (r.GetInt32(2) != plan.Repetitions)
            {
                return $"{r.GetInt32(2)} repetitions, not {plan.Repetitions}";
            }

            if ((r.GetInt32(3) != 0) != plan.SelfPlay)
            {
                return r.GetInt32(3) != 0 ? "with self-play" : "without self-play";
            }
        }

        ImmutableArray<string> agents = Strings("SELECT name FROM tournament_agents WHERE tournament_id = $t ORDER BY idx", id);
        if (!agents.SequenceEqual(plan.AgentNames))
        {
            return $"agents {string.Join(",", agents)}";
        }

        ImmutableArray<string> fingerprints = Strings(
            "SELECT s.fingerprint FROM tournament_scenarios t JOIN scenarios s ON s.id = t.scenario_id WHERE t.tournament_id = $t ORDER BY t.idx", id);
        if (!fingerprints.SequenceEqual(plan.Scenarios.Select(s => s.Fingerprint)))
        {
            ImmutableArray<string> names = Strings("SELECT name FROM tournament_scenarios WHERE tournament_id = $t ORDER BY idx", id);
            return $"scenarios {string.Join(", ", names)}, or their content has changed";
        }

        return null;
    }

    private string Known()
    {
        ImmutableArray<string> names = [.. List().Select(s => s.Name)];
        return names.Length == 0 ? "no tournaments" : string.Join(", ", names);
    }

    private static TournamentSummary ReadSummary(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.IsDBNull(2) ? null : r.GetString(2),
        r.GetInt32(3),
        r.GetInt32(4),
        r.GetInt32(5),
        r.GetInt32(6),
        r.GetInt32(7),
        r.GetInt32(8),
        r.GetInt32(9),
        r.GetInt32(10));

    private string Now() => _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private ImmutableArray<string> Strings(string sql, long id)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        using SqliteCommand cmd = Command(sql, ("$t", id));
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list.ToImmutable();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _transaction;
        foreach ((string n, object? v) in parameters)
        {
            cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        }

        return cmd;
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using SqliteCommand cmd = Command(sql, parameters);
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using SqliteCommand cmd = Command(sql, parameters);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private T? ScalarOrNull<T>(string sql, params (string Name, object? Value)[] parameters)
        where T : struct
    {
        using SqliteCommand cmd = Command(sql, parameters);
        object? o = cmd.ExecuteScalar();
        return o is null or DBNull ? null : (T)Convert.ChangeType(o, typeof(T), CultureInfo.InvariantCulture);
    }
}
