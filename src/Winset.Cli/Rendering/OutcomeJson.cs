using System.Text.Json;
using Winset.Model;

namespace Winset.Cli.Rendering;

/// <summary>Writes outcomes as JSON: issue name → value (a string for discrete issues, a number otherwise).</summary>
internal static class OutcomeJson
{
    public static void WriteValues(Utf8JsonWriter w, OutcomeSpace space, OutcomeIndex index)
    {
        w.WriteStartObject();
        Outcome outcome = space.OutcomeAt(index);
        foreach (var (issue, value) in space.Describe(outcome))
        {
            if (value.IsText)
            {
                w.WriteString(issue, value.Text);
            }
            else
            {
                w.WriteNumber(issue, value.Number);
            }
        }

        w.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> strings)
    {
        w.WriteStartArray(name);
        foreach (string s in strings)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
    }

    /// <summary>A number, or null when there is none or it is not finite (JSON has no NaN or infinity).</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void WriteNumbers(Utf8JsonWriter w, IEnumerable<double> numbers)
    {
        w.WriteStartArray();
        foreach (double d in numbers)
        {
            w.WriteNumberValue(d);
        }

        w.WriteEndArray();
    }
}
