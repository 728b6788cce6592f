using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Winset.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Winset.Formats.Tests.Native;

/// <summary>
/// The JSON Schema that editors use (schema/winset-scenario.schema.json) accepts every shipped scenario and
/// rejects the mistakes the reader rejects, so the two cannot drift apart unnoticed.
/// </summary>
public sealed class ScenarioSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "winset-scenario.schema.json"))));

    [Theory]
    [MemberData(nameof(NativeScenarioFormatTests.ShippedScenarios), MemberType = typeof(NativeScenarioFormatTests))]
    public void Schema_AcceptsShippedScenario(string file)
    {
        var results = Validate(File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, file)));
        results.IsValid.ShouldBeTrue(Describe(results));
    }

    [Theory]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    wieghts: {x: 1}\n    utilities: {x: {a: 1}}\n")]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    weights: {x: -1}\n    utilities: {x: {a: 1}}\n")]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    weights: {x: 1}\n    utilities: {x: {a: 1.5}}\n")]
    [InlineData("issues:\n  - name: x\n    type: integer\n    values: [a]\nparties: [{name: A, weights: {x: 1}, utilities: {x: {constant: 1}}}]\n")]
    [InlineData("issues:\n  - name: x\n    type: real\nparties: [{name: A, weights: {x: 1}, utilities: {x: {constant: 1}}}]\n")]
    [InlineData("winset: 2\nissues: [{name: x, values: [a]}]\nparties: [{name: A, weights: {x: 1}, utilities: {x: {a: 1}}}]\n")]
    [InlineData("issues: [{name: x, values: [a]}]\nparties: [{name: A, weights: {x: 1}, utilities: {x: {a: 1}}, rectangles: {maxUtility: 1, groups: []}}]\n")]
    [InlineData("issues: [{name: x, values: [a]}]\nparties: [{name: A, discount: 0, weights: {x: 1}, utilities: {x: {a: 1}}}]\n")]
    public void Schema_RejectsWhatTheReaderRejects(string yaml)
    {
        Validate(yaml).IsValid.ShouldBeFalse();
        Should.Throw<Diagnostics.InputException>(() => Formats.Native.NativeScenarioFormat.Parse(yaml, "bad.yaml"));
    }

    private static EvaluationResults Validate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        JsonNode? node = ToJson(stream.Documents[0].RootNode);
        using var doc = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    /// <summary>YAML tree → JSON, typing plain scalars as YAML 1.2's core schema does.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } => Plain(v ?? string.Empty),
        YamlScalarNode sc => JsonValue.Create(sc.Value),
        _ => null,
    };

    private static JsonNode? Plain(string v)
    {
        if (v is "true" or "false")
        {
            return JsonValue.Create(v == "true");
        }

        if (v is "null" or "~" or "")
        {
            return null;
        }

        if (long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l))
        {
            return JsonValue.Create(l);
        }

        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? JsonValue.Create(d) : JsonValue.Create(v);
    }
}
