using System.Globalization;
using Winset.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Winset.Formats.Native;

/// <summary>
/// Typed access to a YAML (or JSON) document tree that turns every mismatch into an <see cref="InputException"/>
/// naming the file, line and column, and what was expected there.
/// </summary>
internal sealed class YamlNodeReader
{
    public YamlNodeReader(string file)
    {
        File = file;
    }

    public string File { get; }

    /// <summary>Parses the text into its root node; a syntax error becomes an InputException at its position.</summary>
    public YamlNode Parse(string text)
    {
        // JSON is YAML, except that YAML forbids tabs as indentation; in valid JSON a tab can only be whitespace
        // between tokens (tabs inside strings must be escaped), so replacing them keeps the meaning.
        if (text.TrimStart().StartsWith('{'))
        {
            text = text.Replace('\t', ' ');
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InputException($"this is not valid YAML or JSON: {Clean(e)}", At(e.Start), e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some truncated documents this way, without a position: point at the end.
            string[] lines = text.Split('\n');
            var end = new SourceLocation(File, lines.Length, lines[^1].Length + 1);
            throw new InputException("this is not valid YAML or JSON: the text ends inside an unclosed '[', '{' or quote.", end, e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new InputException("the file is empty; expected a scenario mapping with 'issues' and 'parties'.", SourceLocation.InFile(File));
        }

        if (stream.Documents.Count > 1)
        {
            throw new InputException("expected one YAML document, found several (separated by '---').", At(stream.Documents[1].RootNode.Start));
        }

        return stream.Documents[0].RootNode;
    }

    public SourceLocation At(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public InputException Error(YamlNode node, string message) => new(message, At(node));

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"expected {what} (a mapping of keys to values), found {Describe(node)}.");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"expected {what} (a list), found {Describe(node)}.");

    public string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(node, $"expected {what} (a single value), found {Describe(node)}.");

    public double Number(YamlNode node, string what)
    {
        string text = Scalar(node, what);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d))
        {
            return d;
        }

        throw Error(node, $"expected {what} (a number), found '{text}'.");
    }

    public long Integer(YamlNode node, string what)
    {
        string text = Scalar(node, what);
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l))
        {
            return l;
        }

        throw Error(node, $"expected {what} (a whole number), found '{text}'.");
    }

    public bool Boolean(YamlNode node, string what)
    {
        string text = Scalar(node, what);
        return text switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => throw Error(node, $"expected {what} (true or false), found '{text}'."),
        };
    }

    /// <summary>The mapping's entries, rejecting keys outside <paramref name="allowed"/> (a typo is an error, not ignored).</summary>
    public Dictionary<string, (YamlNode Key, YamlNode Value)> Entries(YamlMappingNode map, string what, params string[] allowed)
    {
        var result = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            string key = Scalar(k, $"a key of {what}");
            if (allowed.Length > 0 && Array.IndexOf(allowed, key) < 0)
            {
                throw Error(k, $"unknown key '{key}' in {what}; expected one of: {string.Join(", ", allowed)}.");
            }

            if (!result.TryAdd(key, (k, v)))
            {
                throw Error(k, $"the key '{key}' appears twice in {what}.");
            }
        }

        return result;
    }

    public YamlNode Required(Dictionary<string, (YamlNode Key, YamlNode Value)> entries, YamlNode owner, string key, string what) =>
        entries.TryGetValue(key, out var e) ? e.Value : throw Error(owner, $"{what} needs '{key}'.");

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "something else",
    };

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line...): "; we give the location ourselves.
        string m = e.Message;
        int i = m.LastIndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && m.StartsWith("(Line", StringComparison.Ordinal) ? m[(i + 3)..] : m;
    }
}
