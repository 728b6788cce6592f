using BenchmarkDotNet.Attributes;
using Winset.Analysis;
using Winset.Formats.Genius;
using Winset.Model;

namespace Winset.Benchmarks.Analysis;

/// <summary>
/// The whole analysis (utilities included) of large GENIUS domains read from <c>shared/data/genius/domains</c>:
/// <c>GENIUS_7issues</c> has 10^7 outcomes (target: ≤ 1.5 s). When the shared data is absent the parameter list is
/// empty and BenchmarkDotNet runs nothing for this class.
/// </summary>
[MemoryDiagnoser]
public class GeniusAnalysisBenchmarks
{
    private Scenario _scenario = null!;

    /// <summary>The domain folder and file stem, e.g. <c>GENIUS_7issues/7issues</c>.</summary>
    [ParamsSource(nameof(Domains))]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The benchmarked domains that exist on this machine.</summary>
    public static IEnumerable<string> Domains()
    {
        string? domains = SharedDomains.Find();
        if (domains is null)
        {
            yield break;
        }

        foreach (string d in new[] { "GENIUS_7issues/7issues" })
        {
            if (File.Exists(Path.Combine(domains, d + ".xml")))
            {
                yield return d;
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        string stem = Path.Combine(SharedDomains.Find()!, Domain);
        _scenario = GeniusXml.ReadScenario(stem + ".xml", [stem + "_util1.xml", stem + "_util2.xml"]);
    }

    /// <summary>Utilities of both parties, frontier and every solution concept.</summary>
    [Benchmark]
    public ScenarioAnalysis FullPipeline() => ScenarioAnalyzer.Analyze(_scenario);
}

/// <summary>Finds <c>shared/data/genius/domains</c>: WINSET_SHARED_DATA, or above the repository or the current folder.</summary>
internal static class SharedDomains
{
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("WINSET_SHARED_DATA") is { Length: > 0 } env && Directory.Exists(Path.Combine(env, "genius", "domains")))
        {
            return Path.Combine(env, "genius", "domains");
        }

        string? root = typeof(SharedDomains).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WinsetRepositoryRoot")?.Value;
        foreach (string? start in new[] { root, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "genius", "domains");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
