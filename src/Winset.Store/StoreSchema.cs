namespace Winset.Store;

/// <summary>
/// The store's schema, as the list of migrations that build it: version k is reached by running migrations 1..k in
/// order, each in its own transaction, which also records the version in <c>winset_schema</c> and in
/// <c>PRAGMA user_version</c>. A new store runs them all; an older store runs the ones it lacks.
/// </summary>
/// <remarks>
/// <para><b>Tables</b> (version 2): <c>winset_schema</c>(version, applied_at); <c>scenarios</c>(id, fingerprint, name,
/// source, parties, outcomes, party_names); <c>tournaments</c>(id, name, seed, rounds, repetitions, self_play,
/// negotiations, created_at, finished_at, keep_traces); <c>tournament_agents</c>(tournament_id, idx, name,
/// description); <c>tournament_scenarios</c>(tournament_id, idx, scenario_id, name); <c>sessions</c>(tournament_id,
/// idx, scenario_idx, repetition, seed, ended, round, time, moves, agreement, welfare, distance_pareto, distance_nash,
/// erring_party, error); <c>results</c>(tournament_id, session_idx, party, agent_idx, utility, advantage), one row per
/// party of a session; <c>traces</c>(tournament_id, session_idx, format, body), JSON Lines, with --traces.</para>
/// <para>The file is marked with <c>PRAGMA application_id</c> = <see cref="ApplicationId"/>, so another program's
/// SQLite database is recognised and refused.</para>
/// </remarks>
public static class StoreSchema
{
    /// <summary>The schema version this Winset writes.</summary>
    public const int CurrentVersion = 2;

    /// <summary>The SQLite application id of a Winset store ("WSET").</summary>
    public const int ApplicationId = 0x57534554;

    /// <summary>The DDL of each version, from 1.</summary>
    internal static readonly string[] Migrations =
    [
        // 1: scenarios, tournaments, sessions and their per-party results.
        """
        CREATE TABLE winset_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
        CREATE TABLE scenarios (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            source TEXT NOT NULL,
            parties INTEGER NOT NULL,
            outcomes INTEGER NOT NULL,
            party_names TEXT NOT NULL);
        CREATE TABLE tournaments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            seed INTEGER NOT NULL,
            rounds INTEGER NOT NULL,
            repetitions INTEGER NOT NULL,
            self_play INTEGER NOT NULL,
            negotiations INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            finished_at TEXT);
        CREATE TABLE tournament_agents (
            tournament_id INTEGER NOT NULL REFERENCES tournaments(id),
            idx INTEGER NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            PRIMARY KEY (tournament_id, idx)) WITHOUT ROWID;
        CREATE TABLE tournament_scenarios (
            tournament_id INTEGER NOT NULL REFERENCES tournaments(id),
            idx INTEGER NOT NULL,
            scenario_id INTEGER NOT NULL REFERENCES scenarios(id),
            name TEXT NOT NULL,
            PRIMARY KEY (tournament_id, idx)) WITHOUT ROWID;
        CREATE TABLE sessions (
            tournament_id INTEGER NOT NULL REFERENCES tournaments(id),
            idx INTEGER NOT NULL,
            scenario_idx INTEGER NOT NULL,
            repetition INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            ended TEXT NOT NULL,
            round INTEGER NOT NULL,
            time REAL NOT NULL,
            moves INTEGER NOT NULL,
            agreement INTEGER,
            welfare REAL NOT NULL,
            distance_pareto REAL NOT NULL,
            distance_nash REAL,
            erring_party INTEGER,
            error TEXT,
            PRIMARY KEY (tournament_id, idx)) WITHOUT ROWID;
        CREATE TABLE results (
            tournament_id INTEGER NOT NULL,
            session_idx INTEGER NOT NULL,
            party INTEGER NOT NULL,
            agent_idx INTEGER NOT NULL,
            utility REAL NOT NULL,
            advantage REAL NOT NULL,
            PRIMARY KEY (tournament_id, session_idx, party)) WITHOUT ROWID;
        """,

        // 2: traces, kept on request.
        """
        ALTER TABLE tournaments ADD COLUMN keep_traces INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE traces (
            tournament_id INTEGER NOT NULL,
            session_idx INTEGER NOT NULL,
            format TEXT NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (tournament_id, session_idx)) WITHOUT ROWID;
        """,
    ];
}
