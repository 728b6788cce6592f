using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Winset.Diagnostics;
using Winset.Formats.Native;
using Winset.Model;
using Winset.Web.Hosting;

namespace Winset.Web.Library;

/// <summary>
/// The scenarios the web app knows: the shipped ones (embedded in this assembly from the repository's
/// <c>scenarios/</c> folder) and the uploads of this process, by id.
/// </summary>
/// <remarks>
/// Ids are looked up in a dictionary and never turned into paths. Thread-safe.
/// </remarks>
internal sealed partial class ScenarioLibrary
{
    private const string ResourcePrefix = "scenarios/";

    private readonly ConcurrentDictionary<string, LibraryEntry> _entries = new(StringComparer.Ordinal);
    private readonly ImmutableArray<string> _shippedOrder;
    private readonly ConcurrentQueue<string> _uploadOrder = new();
    private readonly WinsetWebOptions _options;
    private readonly object _uploadLock = new();

    public ScenarioLibrary(WinsetWebOptions options)
    {
        _options = options;
        var order = ImmutableArray.CreateBuilder<string>();
        Assembly assembly = typeof(ScenarioLibrary).Assembly;
        foreach (string resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            string file = resource[ResourcePrefix.Length..];
            string id = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
            if (!IdPattern().IsMatch(id))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            Scenario scenario = NativeScenarioFormat.Parse(reader.ReadToEnd(), file);
            _entries[id] = new LibraryEntry(id, "shipped", [file], new ScenarioWorkspace(scenario));
            order.Add(id);
        }

        _shippedOrder = order.ToImmutable();
    }

    /// <summary>Every scenario: the shipped ones by name, then the uploads, oldest first.</summary>
    public IReadOnlyList<LibraryEntry> All()
    {
        var list = new List<LibraryEntry>();
        foreach (string id in _shippedOrder)
        {
            list.Add(_entries[id]);
        }

        foreach (string id in _uploadOrder)
        {
            if (_entries.TryGetValue(id, out LibraryEntry? e))
            {
                list.Add(e);
            }
        }

        return list;
    }

    /// <summary>The scenario with this id, or null (an id that is not a plain name is never found).</summary>
    public LibraryEntry? Find(string? id) =>
        id is not null && IdPattern().IsMatch(id) && _entries.TryGetValue(id, out LibraryEntry? e) ? e : null;

    /// <summary>The scenario with this id.</summary>
    /// <exception cref="NotFoundException">No scenario has that id.</exception>
    public LibraryEntry Get(string? id) =>
        Find(id) ?? throw new NotFoundException($"no scenario has the id '{Shorten(id)}'; GET /api/scenarios lists them.");

    /// <summary>Adds an uploaded scenario under a new id, dropping the oldest upload beyond the limit.</summary>
    /// <exception cref="InputException">The scenario cannot be analysed here (too few parties, too many outcomes).</exception>
    public LibraryEntry AddUpload(Scenario scenario, IEnumerable<string> files)
    {
        CheckAnalysable(scenario, _options.MaxOutcomes);
        string id = "upload-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var entry = new LibraryEntry(id, "upload", [.. files], new ScenarioWorkspace(scenario));
        lock (_uploadLock)
        {
            _entries[id] = entry;
            _uploadOrder.Enqueue(id);
            while (_uploadOrder.Count > _options.MaxUploads && _uploadOrder.TryDequeue(out string? old))
            {
                _entries.TryRemove(old, out _);
            }
        }

        return entry;
    }

    /// <summary>Refuses scenarios the web app cannot analyse, with a message for the user.</summary>
    public static void CheckAnalysable(Scenario scenario, int maxOutcomes)
    {
        if (scenario.Parties.Length < 2)
        {
            throw new InputException($"scenario '{scenario.Name}' has {scenario.Parties.Length} party; the web app needs at least 2 (for GENIUS, upload the domain with at least two profiles).");
        }

        if (scenario.Space.Size > maxOutcomes)
        {
            throw new InputException($"scenario '{scenario.Name}' has {scenario.Space.Size:N0} outcomes, more than the {maxOutcomes:N0} the web app analyses; use the command line (winset analyze) for it.");
        }
    }

    private static string Shorten(string? id) => id is null ? string.Empty : id.Length <= 80 ? id : id[..80] + "…";

    /// <summary>Ids are lower-case names: letters, digits and dashes, at most 64 characters.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
