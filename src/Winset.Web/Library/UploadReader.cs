using System.Text;
using System.Text.RegularExpressions;
using Winset.Diagnostics;
using Winset.Formats;
using Winset.Formats.Genius;
using Winset.Model;

namespace Winset.Web.Library;

/// <summary>
/// Turns uploaded files into a scenario: one native scenario file (YAML or JSON), a GENIUS domain with its profiles, or
/// the files of a GeniusWeb folder.
/// </summary>
/// <remarks>
/// <para><b>Files.</b> The files are written to a new folder with a random name under <c>DATA/uploads/</c>, with names
/// reduced to letters, digits, dot, dash, underscore and space (any directory part is dropped, so <c>../x.xml</c> becomes
/// <c>x.xml</c>); each resolved path is checked to lie inside that folder. The folder is deleted once the files are
/// parsed, whatever the outcome.</para>
/// <para><b>Which reader.</b> One file is read as <c>winset analyze FILE</c> reads it. Several files: when exactly one
/// is a domain (a GENIUS <c>negotiation_template</c>, or a GeniusWeb domain with <c>issuesValues</c>), it is read with
/// the others as its profiles, in name order, as <c>winset analyze DOMAIN PROFILE…</c>, so a malformed profile is an
/// error rather than skipped; otherwise the folder is read as a whole, which reports what is missing.</para>
/// <para><b>Messages.</b> Parser messages name the uploaded file, line and column (<c>laptop-prof1.xml:12:5: …</c>);
/// the server's folder is removed from them.</para>
/// </remarks>
internal static partial class UploadReader
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json", ".xml"];

    /// <summary>Reads the scenario the files form.</summary>
    /// <exception cref="InputException">No file, a file of another type, or the files do not form a scenario.</exception>
    public static Scenario Read(IReadOnlyList<UploadedFile> files, string dataFolder, out IReadOnlyList<string> names)
    {
        if (files.Count == 0)
        {
            throw new InputException("no file was uploaded; send one or more files in the multipart field 'files'.");
        }

        names = SafeNames(files);
        string uploads = Path.GetFullPath(Path.Combine(dataFolder, "uploads"));
        string folder = Path.Combine(uploads, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var paths = new List<string>();
            for (int i = 0; i < files.Count; i++)
            {
                string path = Path.GetFullPath(Path.Combine(folder, names[i]));
                if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InputException($"the file name '{names[i]}' is not allowed.");
                }

                File.WriteAllBytes(path, files[i].Content);
                paths.Add(path);
            }

            try
            {
                return Load(paths, folder);
            }
            catch (InputException e)
            {
                throw new InputException(Clean(e.Message, folder), null, e);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the folder is under the data folder, which the server removes when it stops.
            }
        }
    }

    private static Scenario Load(List<string> paths, string folder)
    {
        if (paths.Count == 1)
        {
            return ScenarioLoader.Load(paths);
        }

        var domains = paths.Where(IsDomain).ToList();
        if (domains.Count == 1)
        {
            string domain = domains[0];
            return ScenarioLoader.Load([domain, .. paths.Where(p => p != domain).Order(StringComparer.Ordinal)]);
        }

        if (paths.Any(p => Path.GetExtension(p).ToLowerInvariant() is ".yaml" or ".yml"))
        {
            throw new InputException("a Winset scenario file holds everything; upload it alone (several files are read as a GENIUS or GeniusWeb domain with its profiles).");
        }

        if (domains.Count == 0)
        {
            // No readable domain: read the likely domain first, so that a malformed one gets the parser's message.
            string first = paths.OrderBy(p => Path.GetFileName(p).Contains("domain", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(p => p, StringComparer.Ordinal).First();
            return ScenarioLoader.Load([first, .. paths.Where(p => p != first).Order(StringComparer.Ordinal)]);
        }

        return ScenarioLoader.Load([folder]);
    }

    private static bool IsDomain(string path)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".xml")
        {
            return GeniusXml.LooksLikeDomain(path);
        }

        if (ext == ".json")
        {
            string head = Head(path);
            return head.Contains("\"issuesValues\"", StringComparison.Ordinal) && !head.Contains("\"LinearAdditiveUtilitySpace\"", StringComparison.Ordinal);
        }

        return false;
    }

    private static string Head(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var buffer = new char[4096];
        int n = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, n);
    }

    /// <summary>Removes the server's folder from a message: files are named as uploaded.</summary>
    private static string Clean(string message, string folder) =>
        message.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(folder, "the upload", StringComparison.Ordinal);

    /// <summary>
    /// Safe, distinct file names: the last part of the given name, reduced to safe characters, with a known extension.
    /// </summary>
    internal static IReadOnlyList<string> SafeNames(IReadOnlyList<UploadedFile> files)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        for (int i = 0; i < files.Count; i++)
        {
            string given = files[i].Name ?? string.Empty;
            int slash = Math.Max(given.LastIndexOf('/'), given.LastIndexOf('\\'));
            string last = slash >= 0 ? given[(slash + 1)..] : given;
            string name = UnsafeCharacters().Replace(last, "_").TrimStart('.', ' ').Trim();
            if (name.Length > 100)
            {
                name = name[..(100 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
            }

            string ext = Path.GetExtension(name).ToLowerInvariant();
            if (!Extensions.Contains(ext))
            {
                throw new InputException($"'{Printable(last)}' is not a scenario file; expected .yaml/.yml or .json (Winset scenario), .xml (GENIUS) or .json (GeniusWeb).");
            }

            if (Path.GetFileNameWithoutExtension(name).Length == 0 || !used.Add(name))
            {
                name = $"file-{i + 1}{ext}";
                used.Add(name);
            }

            result.Add(name);
        }

        return result;
    }

    private static string Printable(string s)
    {
        string clean = new([.. s.Where(c => !char.IsControl(c))]);
        return clean.Length <= 100 ? clean : clean[..100] + "…";
    }

    [GeneratedRegex(@"[^A-Za-z0-9._\- ]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeCharacters();
}
