using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Winset.Formats.GeniusWeb;
using Winset.Model;
using Winset.Testing;
using Xunit.Sdk;

namespace Winset.Formats.Tests.Genius;

/// <summary>
/// The shared <c>reference.json</c> (18 MB, read in place, parsed once per test run) and helpers to compare a
/// loaded profile with it.
/// </summary>
internal static class GeniusReference
{
    /// <summary>The theory row used when the shared data is absent: the test then skips (or fails under CI).</summary>
    public const string Absent = "(shared GENIUS data absent)";

    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(SharedData.ReferenceJson), new JsonDocumentOptions { MaxDepth = 256 }));

    private static readonly Lazy<Dictionary<string, JsonElement>> CatalogById = new(() =>
        Root.GetProperty("profile_catalog").EnumerateArray().ToDictionary(CatalogId, e => e, StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, JsonElement>> ScenarioById = new(() =>
        Root.GetProperty("scenarios").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e, StringComparer.Ordinal));

    public static JsonElement Root => Document.Value.RootElement;

    /// <summary>True when the reference file exists (checked at theory discovery, without skipping).</summary>
    public static bool Available =>
        SharedData.GeniusDirectory is { } dir && File.Exists(Path.Combine(dir, "reference.json"));

    public static string CatalogId(JsonElement e) =>
        $"{Str(e, "dir")}/{Str(e, "domain_file")}/{Str(e, "profile_file")}";

    public static JsonElement Catalog(string id) => CatalogById.Value[id];

    public static JsonElement Scenario(string id) => ScenarioById.Value[id];

    /// <summary>Theory rows: the catalog ids of one format ("genius" or "geniusweb"), or every entry.</summary>
    public static TheoryData<string> CatalogIds(string format)
    {
        var data = new TheoryData<string>();
        if (!Available)
        {
            data.Add(Absent);
            return data;
        }

        foreach (JsonElement e in Root.GetProperty("profile_catalog").EnumerateArray())
        {
            string f = Str(e, "format") ?? (Str(e, "domain_file")!.EndsWith(".json", StringComparison.Ordinal) ? "geniusweb" : "genius");
            if (f == format)
            {
                data.Add(CatalogId(e));
            }
        }

        return data;
    }

    /// <summary>Theory rows: scenario ids, optionally only those matching a filter.</summary>
    public static TheoryData<string> ScenarioIds(Func<JsonElement, bool>? filter = null)
    {
        var data = new TheoryData<string>();
        if (!Available)
        {
            data.Add(Absent);
            return data;
        }

        foreach (JsonElement e in Root.GetProperty("scenarios").EnumerateArray())
        {
            if (filter is null || filter(e))
            {
                data.Add(e.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    /// <summary>Skips (or fails under CI) when the shared data is absent; otherwise returns the domains folder.</summary>
    public static string RequireDomains(string id)
    {
        string domains = SharedData.DomainsDirectory;
        if (id == Absent)
        {
            throw new XunitException("The shared GENIUS data appeared after test discovery; run the tests again.");
        }

        return domains;
    }

    public static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool IsLinearKind(string? kind) => kind is "linear" or "uncertain-linear" or "geniusweb";

    /// <summary>Reads a domain of either format.</summary>
    public static OutcomeSpace ReadDomain(string format, string path) =>
        format == "geniusweb" ? GeniusWebJson.ReadDomain(path) : Winset.Formats.Genius.GeniusXml.ReadDomain(path);

    /// <summary>Reads a profile of either format.</summary>
    public static Profile ReadProfile(string format, string path, OutcomeSpace space) =>
        format == "geniusweb" ? GeniusWebJson.ReadProfile(path, space) : Winset.Formats.Genius.GeniusXml.ReadProfile(path, space);

    /// <summary>The value indices of the outcome at a mixed-radix index (first issue slowest).</summary>
    public static int[] Decode(OutcomeSpace space, BigInteger index)
    {
        var values = new int[space.Issues.Length];
        for (int i = values.Length - 1; i >= 0; i--)
        {
            int r = space.Issues[i].Count;
            values[i] = (int)(index % r);
            index /= r;
        }

        return values;
    }

    /// <summary>The double nearest a fraction "p/q" (or an integer "p").</summary>
    public static double Fraction(string text)
    {
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return (double)BigInteger.Parse(text, CultureInfo.InvariantCulture);
        }

        var p = BigInteger.Parse(text.AsSpan(0, slash), CultureInfo.InvariantCulture);
        var q = BigInteger.Parse(text.AsSpan(slash + 1), CultureInfo.InvariantCulture);
        // Scale so that the quotient keeps 60 significant bits before converting.
        int shift = Math.Max(0, 64 - (int)(p.GetBitLength() - q.GetBitLength()));
        return Math.ScaleB((double)((p << shift) / q), -shift);
    }

    /// <summary>Checks that the outcome's value names at these indices are the listed ones.</summary>
    public static void CheckValues(OutcomeSpace space, int[] indices, JsonElement values, List<string> failures, string what)
    {
        int i = 0;
        foreach (JsonElement v in values.EnumerateArray())
        {
            Value actual = space.Issues[i].ValueAt(indices[i]);
            bool ok = v.ValueKind == JsonValueKind.String
                ? actual.Text == v.GetString()
                : Math.Abs(actual.Number - v.GetDouble()) <= 1e-9 * Math.Max(1, Math.Abs(v.GetDouble()));
            if (!ok)
            {
                failures.Add($"{what}: issue {space.Issues[i].Name} value {actual} but reference has {v}");
            }

            i++;
        }
    }

    public static void Close(double actual, double expected, double tolerance, List<string> failures, string what)
    {
        if (!(Math.Abs(actual - expected) <= tolerance))
        {
            failures.Add($"{what}: got {actual:R}, reference {expected:R} (diff {actual - expected:E3})");
        }
    }

    public static void Report(List<string> failures, string id)
    {
        if (failures.Count > 0)
        {
            throw new XunitException($"{id}: {failures.Count} mismatches:\n  " + string.Join("\n  ", failures.Take(25)));
        }
    }
}
