namespace Winset.Store;

/// <summary>The messages of the store's input errors (tests assert them).</summary>
public static class StoreErrorMessages
{
    public static string NotAStore(string detail) =>
        $"this file is not a Winset run store ({detail}); name a new file or an existing Winset store with --store.";

    public const string NotSqlite = "it is not an SQLite database";

    public const string OtherDatabase = "it is an SQLite database of another program";

    public const string IsFolder = "this is a folder, not a store file; name a .db file with --store.";

    public const string NoSuchStore = "no such store; run a tournament first (winset tournament ... --store FILE), or name an existing store with --store.";

    public static string NewerSchema(long found, int supported) =>
        $"this store was written by a newer Winset (schema version {found}; this Winset reads up to version {supported}); upgrade Winset to use it.";

    public static string CannotOpen(string detail) => $"cannot open the store: {detail}";

    public static string NoSuchTournament(string name, string known) =>
        $"no tournament named '{name}' in this store (it holds: {known}).";

    public static string TournamentMismatch(string name, string what) =>
        $"a tournament named '{name}' is already in this store with other settings ({what}); run it with the same settings to resume it, or choose another --name.";
}
