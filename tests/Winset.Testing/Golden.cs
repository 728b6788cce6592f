using Xunit.Sdk;

namespace Winset.Testing;

/// <summary>
/// Golden-file checks (Spectre's Expectations pattern): the actual text must equal a checked-in file. On a mismatch
/// the actual text is written beside it as <c>.received.txt</c> for review; with <c>WINSET_ACCEPT_GOLDEN=1</c> the
/// expected file is (re)written instead, to accept a deliberate change.
/// </summary>
public static class Golden
{
    public const string AcceptVariable = "WINSET_ACCEPT_GOLDEN";

    /// <summary>Compares <paramref name="actual"/> with <c>tests/&lt;relativePath&gt;</c>, line endings normalised.</summary>
    public static void Match(string actual, string relativePath)
    {
        string expectedPath = Path.Combine(RepositoryPaths.Root, "tests", relativePath);
        string receivedPath = Path.ChangeExtension(expectedPath, ".received.txt");
        string normalised = Normalise(actual);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, normalised);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(receivedPath, normalised);
            throw new XunitException($"No golden file {expectedPath}; the output is in {receivedPath}. Review it, then run with {AcceptVariable}=1 to accept.");
        }

        string expected = Normalise(File.ReadAllText(expectedPath));
        if (expected != normalised)
        {
            File.WriteAllText(receivedPath, normalised);
            string[] e = expected.Split('\n'), a = normalised.Split('\n');
            int line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            throw new XunitException(
                $"Output differs from {expectedPath} at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "<end>")}\n  actual:   {(line < a.Length ? a[line] : "<end>")}\n" +
                $"The whole output is in {receivedPath}; run with {AcceptVariable}=1 to accept a deliberate change.");
        }

        File.Delete(receivedPath);
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";
}
