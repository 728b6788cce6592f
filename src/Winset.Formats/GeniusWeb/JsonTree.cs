using System.Globalization;
using System.Text;
using System.Text.Json;
using Winset.Diagnostics;
using Winset.Formats.Text;
using static Winset.Formats.Text.XmlSource;

namespace Winset.Formats.GeniusWeb;

/// <summary>The kind of a <see cref="JsonTree"/> node.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value that keeps the order of object properties (GeniusWeb's issue order is the domain's property
/// order) and the line and column of every value, so errors point at the user's text.
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(JsonKind kind, SourceLocation location)
    {
        Kind = kind;
        Location = location;
    }

    public JsonKind Kind { get; }

    public SourceLocation Location { get; }

    /// <summary>The string, or the number's text as written.</summary>
    public string? Text { get; private init; }

    public IReadOnlyList<KeyValuePair<string, JsonTree>> Properties { get; private init; } = [];

    public IReadOnlyList<JsonTree> Items { get; private init; } = [];

    /// <summary>Parses a file.</summary>
    /// <exception cref="InputException">The file is missing or not valid JSON.</exception>
    public static JsonTree Load(string path)
    {
        byte[] bytes = TextDecoding.ReadAllBytes(path);
        int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var lines = new LineMap(bytes, start);
        var reader = new Utf8JsonReader(
            bytes.AsSpan(start),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        try
        {
            if (!reader.Read())
            {
                throw new InputException(Fmt(FormatErrorMessages.MalformedJson, "the file is empty"), SourceLocation.InFile(path));
            }

            JsonTree tree = ReadValue(ref reader, path, lines);
            if (reader.Read())
            {
                throw new InputException(Fmt(FormatErrorMessages.MalformedJson, "text after the end of the JSON value"), lines.At(path, reader.TokenStartIndex));
            }

            return tree;
        }
        catch (JsonException ex)
        {
            throw new InputException(
                Fmt(FormatErrorMessages.MalformedJson, ex.Message),
                new SourceLocation(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                ex);
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, string path, LineMap lines)
    {
        SourceLocation at = lines.At(path, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var props = new List<KeyValuePair<string, JsonTree>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string key = reader.GetString()!;
                    reader.Read();
                    props.Add(new(key, ReadValue(ref reader, path, lines)));
                }

                return new JsonTree(JsonKind.Object, at) { Properties = props };
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, path, lines));
                }

                return new JsonTree(JsonKind.Array, at) { Items = items };
            case JsonTokenType.String:
                return new JsonTree(JsonKind.String, at) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonTree(JsonKind.Number, at) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonTree(JsonKind.True, at);
            case JsonTokenType.False:
                return new JsonTree(JsonKind.False, at);
            default:
                return new JsonTree(JsonKind.Null, at);
        }
    }

    /// <summary>What this value is, for messages.</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "a list",
        JsonKind.String => $"the string \"{Text}\"",
        JsonKind.Number => $"the number {Text}",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };

    /// <summary>The value of a property (the last, if repeated), or null.</summary>
    public JsonTree? Get(string key)
    {
        for (int i = Properties.Count - 1; i >= 0; i--)
        {
            if (Properties[i].Key == key)
            {
                return Properties[i].Value;
            }
        }

        return null;
    }

    /// <summary>The value of a property, or an error naming it.</summary>
    public JsonTree Require(string key) =>
        Get(key) ?? throw new InputException(Fmt(FormatErrorMessages.JsonMissing, key), Location);

    /// <summary>This node as an object whose keys are unique, or an error.</summary>
    public JsonTree ExpectObject(string what)
    {
        if (Kind != JsonKind.Object)
        {
            throw new InputException(Fmt(FormatErrorMessages.JsonExpected, "an object", what, Describe()), Location);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Properties)
        {
            if (!seen.Add(p.Key))
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonDuplicateKey, p.Key), p.Value.Location);
            }
        }

        return this;
    }

    /// <summary>This node's string, or an error.</summary>
    public string ExpectString(string what) =>
        Kind == JsonKind.String ? Text! : throw new InputException(Fmt(FormatErrorMessages.JsonExpected, "a string", what, Describe()), Location);

    /// <summary>This node's number as a finite double, or an error.</summary>
    public double ExpectNumber(string what) =>
        Kind == JsonKind.Number && double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw new InputException(Fmt(FormatErrorMessages.JsonExpected, "a number", what, Describe()), Location);

    /// <summary>This node's number as an exact decimal (null when out of decimal's range), after <see cref="ExpectNumber"/>.</summary>
    public decimal? ExactDecimal() =>
        Kind == JsonKind.Number && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) ? d : null;

    /// <summary>Maps byte offsets to 1-based lines and columns.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [];
        private readonly int _offset;

        public LineMap(byte[] bytes, int offset)
        {
            _offset = offset;
            _starts.Add(offset);
            for (int i = offset; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public SourceLocation At(string path, long tokenStart)
        {
            int pos = (int)tokenStart + _offset;
            int line = _starts.BinarySearch(pos);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new SourceLocation(path, line + 1, pos - _starts[line] + 1);
        }
    }
}
