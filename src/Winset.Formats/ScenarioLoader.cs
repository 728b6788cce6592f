using System.Text;
using Winset.Diagnostics;
using Winset.Formats.Genius;
using Winset.Formats.GeniusWeb;
using Winset.Formats.Native;
using Winset.Model;

namespace Winset.Formats;

/// <summary>
/// Loads a scenario from what a user names on the command line: a native scenario file (YAML or JSON), a GENIUS
/// domain file followed by its profile files, a GeniusWeb domain followed by its profiles, or a GENIUS or
/// GeniusWeb folder as a whole.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads the scenario the paths describe.</summary>
    /// <exception cref="InputException">A path is missing, or the files do not form a scenario.</exception>
    public static Scenario Load(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new InputException("expected a scenario file, a GENIUS domain file and its profiles, or a folder.");
        }

        foreach (string p in paths)
        {
            if (!File.Exists(p) && !Directory.Exists(p))
            {
                throw new InputException("no such file or folder.", SourceLocation.InFile(p));
            }
        }

        string first = paths[0];
        if (Directory.Exists(first))
        {
            if (paths.Count > 1)
            {
                throw new InputException($"a folder is loaded as a whole; do not name files after it (found {paths.Count - 1} more paths).", SourceLocation.InFile(first));
            }

            return LoadFolder(first);
        }

        var kind = Detect(first);
        if (paths.Count == 1)
        {
            return kind switch
            {
                FileKind.Native => NativeScenarioFormat.Read(first),
                FileKind.GeniusDomain => throw new InputException("this is a GENIUS domain file; name its profile files after it (winset analyze domain.xml profile1.xml profile2.xml), or give the folder.", SourceLocation.InFile(first)),
                FileKind.GeniusWebDomain => throw new InputException("this is a GeniusWeb domain file; name its profile files after it, or give the folder.", SourceLocation.InFile(first)),
                _ => throw new InputException("this is a profile, not a scenario; name the domain file first, then the profiles.", SourceLocation.InFile(first)),
            };
        }

        return kind switch
        {
            FileKind.GeniusDomain => GeniusXml.ReadScenario(first, paths.Skip(1).ToArray()),
            FileKind.GeniusWebDomain => GeniusWebJson.ReadScenario(first, paths.Skip(1).ToArray()),
            FileKind.Native => throw new InputException("a native scenario file holds everything; give it alone.", SourceLocation.InFile(first)),
            _ => throw NotADomain(first, kind),
        };
    }

    /// <summary>
    /// The error for a first file that is not a domain: the parser's own message when the file does not parse
    /// (so a malformed file gets its line and column), otherwise a plain "domain first" message.
    /// </summary>
    private static InputException NotADomain(string path, FileKind kind)
    {
        try
        {
            if (kind == FileKind.GeniusProfile)
            {
                GeniusXml.ReadDomain(path);
            }
        }
        catch (InputException e)
        {
            return e;
        }

        return new InputException("expected the domain file first, then its profiles.", SourceLocation.InFile(path));
    }

    private static Scenario LoadFolder(string dir)
    {
        bool hasXml = Directory.EnumerateFiles(dir, "*.xml").Any();
        bool hasJson = Directory.EnumerateFiles(dir, "*.json").Any();
        if (hasXml)
        {
            return GeniusXml.ReadFolder(dir);
        }

        if (hasJson)
        {
            return GeniusWebJson.ReadFolder(dir);
        }

        throw new InputException("this folder holds no GENIUS (.xml) or GeniusWeb (.json) files.", SourceLocation.InFile(dir));
    }

    private enum FileKind
    {
        Native,
        GeniusDomain,
        GeniusProfile,
        GeniusWebDomain,
        GeniusWebProfile,
    }

    private static FileKind Detect(string path)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".yaml" or ".yml")
        {
            return FileKind.Native;
        }

        if (ext == ".xml")
        {
            return GeniusXml.LooksLikeDomain(path) ? FileKind.GeniusDomain : FileKind.GeniusProfile;
        }

        if (ext == ".json")
        {
            string head = ReadHead(path);
            if (head.Contains("\"LinearAdditiveUtilitySpace\"", StringComparison.Ordinal))
            {
                return FileKind.GeniusWebProfile;
            }

            if (head.Contains("\"issuesValues\"", StringComparison.Ordinal))
            {
                return FileKind.GeniusWebDomain;
            }

            return FileKind.Native;
        }

        throw new InputException($"unknown file type '{ext}'; expected .yaml/.yml or .json (Winset scenario), .xml (GENIUS) or .json (GeniusWeb).", SourceLocation.InFile(path));
    }

    private static string ReadHead(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var buffer = new char[4096];
        int n = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, n);
    }
}
