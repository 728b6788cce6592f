using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Winset.Testing;

/// <summary>
/// The rows of a SQLite file as text, query by query, so that two stores can be compared for equality
/// (doubles in round-trip form; the file is opened read-only).
/// </summary>
public static class SqliteDump
{
    public static string Rows(string path, params string[] queries)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        var sb = new StringBuilder();
        foreach (string sql in queries)
        {
            sb.Append("## ").Append(sql).Append('\n');
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = sql;
            using SqliteDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (int i = 0; i < r.FieldCount; i++)
                {
                    object v = r.GetValue(i);
                    sb.Append(v is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(v, CultureInfo.InvariantCulture)).Append('|');
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
