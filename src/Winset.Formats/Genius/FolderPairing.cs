using Winset.Diagnostics;
using Winset.Formats.Text;
using Winset.Model;
using static Winset.Formats.Text.XmlSource;

namespace Winset.Formats.Genius;

/// <summary>
/// Turns a folder of domain and profile files into one scenario (GENIUS and GeniusWeb alike). With one domain,
/// every profile that fits it is a party, in ordinal file-name order. With several, each profile goes with the
/// domain whose file name shares the longest prefix with its own (Laptop-A-prof1 ↔ Laptop-A-domain); when more
/// than one domain ends up with parties, the folder is ambiguous and the user must name the files.
/// </summary>
internal static class FolderPairing
{
    public enum FileRole
    {
        Other,
        Domain,
        Profile,
    }

    public static Scenario Read(
        string directory,
        string pattern,
        Func<string, FileRole> classify,
        Func<string, OutcomeSpace> readDomain,
        Func<string, OutcomeSpace, Profile> readProfile,
        string noDomainMessage)
    {
        if (!Directory.Exists(directory))
        {
            throw new InputException(FormatErrorMessages.FolderNotFound, SourceLocation.InFile(directory));
        }

        string[] files = [.. Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal)];
        var domains = new List<string>();
        var profiles = new List<string>();
        foreach (string f in files)
        {
            switch (classify(f))
            {
                case FileRole.Domain:
                    domains.Add(f);
                    break;
                case FileRole.Profile:
                    profiles.Add(f);
                    break;
            }
        }

        if (domains.Count == 0)
        {
            throw new InputException(noDomainMessage, SourceLocation.InFile(directory));
        }

        var assigned = domains.ToDictionary(d => d, _ => new List<string>(), StringComparer.Ordinal);
        foreach (string p in profiles)
        {
            foreach (string d in BestDomains(p, domains))
            {
                assigned[d].Add(p);
            }
        }

        var found = new List<(string Domain, OutcomeSpace Space, List<Party> Parties)>();
        var rejected = new List<string>();
        foreach (string d in domains)
        {
            if (assigned[d].Count == 0)
            {
                continue;
            }

            OutcomeSpace space;
            try
            {
                space = readDomain(d);
            }
            catch (InputException ex)
            {
                rejected.Add(ex.Message);
                continue;
            }

            var parties = new List<Party>();
            foreach (string p in assigned[d])
            {
                try
                {
                    parties.Add(new Party(Path.GetFileNameWithoutExtension(p), readProfile(p, space)));
                }
                catch (InputException ex)
                {
                    rejected.Add(ex.Message);
                }
            }

            if (parties.Count > 0)
            {
                found.Add((d, space, parties));
            }
        }

        if (found.Count == 1)
        {
            (string domain, OutcomeSpace s, List<Party> ps) = found[0];
            return new Scenario(ScenarioName(domain), s, ps);
        }

        if (found.Count > 1)
        {
            throw new InputException(
                Fmt(FormatErrorMessages.AmbiguousFolder, string.Join(", ", found.Select(f => Path.GetFileName(f.Domain))), found[0].Domain),
                SourceLocation.InFile(directory));
        }

        string why = rejected.Count == 0
            ? "found no profile files."
            : $"none could be read: {string.Join(" | ", rejected.Take(5))}{(rejected.Count > 5 ? $" (and {rejected.Count - 5} more)" : string.Empty)}";
        throw new InputException(
            Fmt(FormatErrorMessages.NoProfilesInFolder, string.Join(", ", domains.Select(Path.GetFileName)), why),
            SourceLocation.InFile(directory));
    }

    /// <summary>The scenario name of a domain file: its name without extension and without a trailing "-domain".</summary>
    public static string ScenarioName(string domainPath)
    {
        string stem = Path.GetFileNameWithoutExtension(domainPath);
        foreach (string suffix in new[] { "-domain", "_domain", " domain" })
        {
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return stem[..^suffix.Length];
            }
        }

        return stem;
    }

    /// <summary>Reads the named profiles as parties named after their files.</summary>
    public static Scenario ReadExplicit(
        string domainPath,
        IReadOnlyList<string> profilePaths,
        Func<string, OutcomeSpace> readDomain,
        Func<string, OutcomeSpace, Profile> readProfile)
    {
        ArgumentNullException.ThrowIfNull(profilePaths);
        OutcomeSpace space = readDomain(domainPath);
        if (profilePaths.Count == 0)
        {
            throw new InputException(FormatErrorMessages.NoProfiles, SourceLocation.InFile(domainPath));
        }

        var parties = new List<Party>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string p in profilePaths)
        {
            string name = Path.GetFileNameWithoutExtension(p);
            if (!names.Add(name))
            {
                throw new InputException(Fmt(FormatErrorMessages.DuplicatePartyName, name), SourceLocation.InFile(p));
            }

            parties.Add(new Party(name, readProfile(p, space)));
        }

        return new Scenario(ScenarioName(domainPath), space, parties);
    }

    private static IEnumerable<string> BestDomains(string profile, List<string> domains)
    {
        if (domains.Count == 1)
        {
            return domains;
        }

        string name = Path.GetFileName(profile);
        int best = -1;
        var result = new List<string>();
        foreach (string d in domains)
        {
            int len = CommonPrefix(name, Path.GetFileName(d));
            if (len > best)
            {
                best = len;
                result.Clear();
            }

            if (len == best)
            {
                result.Add(d);
            }
        }

        return result;
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = 0;
        while (i < n && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i]))
        {
            i++;
        }

        return i;
    }
}
