using Xunit;

namespace Winset.Testing;

/// <summary>
/// Finds the public GENIUS/GeniusWeb files in <c>../shared/data</c> (never copied into the repository).
/// Tests that need them call <see cref="RequireGenius"/>: it skips the test with a reason when the folder is
/// absent, unless <c>WINSET_REQUIRE_SHARED_DATA=1</c> (set by <c>.ci/run</c>), which turns the skip into a failure.
/// </summary>
public static class SharedData
{
    /// <summary>The environment variable that makes missing shared data a failure.</summary>
    public const string RequireVariable = "WINSET_REQUIRE_SHARED_DATA";

    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The <c>shared/data/genius</c> folder, or null when it cannot be found.</summary>
    public static string? GeniusDirectory => Root.Value is { } r ? Path.Combine(r, "genius") : null;

    /// <summary>The folder of the GENIUS/GeniusWeb domains.</summary>
    public static string DomainsDirectory => Path.Combine(RequireGenius(), "domains");

    /// <summary>The path of <c>reference.json</c>.</summary>
    public static string ReferenceJson => Path.Combine(RequireGenius(), "reference.json");

    /// <summary>The genius folder; skips (or fails under CI) when it is absent.</summary>
    public static string RequireGenius()
    {
        string? dir = GeniusDirectory;
        if (dir is not null && Directory.Exists(dir))
        {
            return dir;
        }

        string reason = "shared GENIUS data not found (looked for ../shared/data/genius above the repository, or WINSET_SHARED_DATA)";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            throw new InvalidOperationException(reason + $"; {RequireVariable}=1 requires it.");
        }

        Skip.If(true, reason);
        return string.Empty; // unreachable
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("WINSET_SHARED_DATA") is { Length: > 0 } env && Directory.Exists(env))
        {
            return env;
        }

        string start;
        try
        {
            start = RepositoryPaths.Root;
        }
        catch (InvalidOperationException)
        {
            start = AppContext.BaseDirectory;
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "genius")))
            {
                return candidate;
            }
        }

        return null;
    }
}
