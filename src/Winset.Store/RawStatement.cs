using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Winset.Store;

/// <summary>
/// A prepared SQLite statement on a <see cref="SqliteConnection"/>'s own handle, bound by position and run again and
/// again: the store's hot path for recording sessions.
/// </summary>
/// <remarks>Not thread-safe; lives as long as its connection.</remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    private RawStatement(sqlite3 db, sqlite3_stmt statement)
    {
        _db = db;
        _statement = statement;
    }

    public static RawStatement Prepare(SqliteConnection connection, string sql)
    {
        sqlite3 db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out sqlite3_stmt statement));
        return new RawStatement(db, statement);
    }

    public void Bind(int index, long value) => Check(_db, raw.sqlite3_bind_int64(_statement, index, value));

    public void BindNullable(int index, int? value) =>
        Check(_db, value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, double value) => Check(_db, raw.sqlite3_bind_double(_statement, index, value));

    public void BindNullable(int index, double? value) =>
        Check(_db, value is { } v ? raw.sqlite3_bind_double(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, string? value) =>
        Check(_db, value is not null ? raw.sqlite3_bind_text(_statement, index, value) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement and resets it; returns the number of rows changed.</summary>
    public int Execute()
    {
        int rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }

        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }
}
