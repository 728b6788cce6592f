namespace Winset.Testing;

/// <summary>Paths inside this repository (scenarios, schema), found from the test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootDir = new(() =>
    {
        string? built = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WinsetRepositoryRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Winset.slnx")))
        {
            return built;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Winset.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Winset.slnx) above " + AppContext.BaseDirectory);
    });

    public static string Root => RootDir.Value;

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Schema => Path.Combine(Root, "schema");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");
}
