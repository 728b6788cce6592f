using System.Text.Json;
using Winset.Diagnostics;
using Winset.Formats.Native;
using Winset.Model;

namespace Winset.Cli.Rendering;

/// <summary>
/// Reads a trace written by <c>winset run --trace FILE.jsonl</c> as moves to explain: one JSON object per line with
/// <c>round</c>, <c>party</c>, <c>action</c> and <c>outcome</c> (the other fields of the export are checked when present).
/// </summary>
/// <remarks>
/// <para><b>Actions.</b> <c>offer</c> → an offer of <c>outcome</c>; <c>accept</c> → an acceptance of <c>outcome</c>;
/// <c>walkaway</c> and <c>hold</c> → a refusal of the standing offer. A line may carry an optional <c>"act"</c> (a speech act
/// name, as in scenario files: <c>conditionalOffer</c>, <c>ultimatum</c>...) and <c>"public": true</c>, to annotate a trace by
/// hand.</para>
/// <para><b>Checks.</b> <c>party</c> must be a party of the scenario, <c>name</c> (when present) its name, <c>outcome</c> an
/// index of its space, and <c>utilities</c> (when present) the scenario's utilities of the outcome: a trace from another
/// scenario is an input error. Rounds past the scenario's timeline count as its last round.</para>
/// </remarks>
internal static class PerspectiveTrace
{
    private const double UtilityTolerance = 1e-9;

    public static bool IsTrace(string path) => Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase);

    public static List<ScriptedMove> Read(string path, Scenario scenario)
    {
        if (!File.Exists(path))
        {
            throw new InputException("no such file.", SourceLocation.InFile(path));
        }

        var moves = new List<ScriptedMove>();
        int lineNumber = 0;
        int maxRound = scenario.Timeline?.Rounds ?? int.MaxValue;
        int count = scenario.Space.Count;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var at = new SourceLocation(path, lineNumber);
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new InputException($"expected one JSON object per line (a trace written by 'winset run --trace'): {e.Message}", at);
            }

            using (doc)
            {
                JsonElement o = doc.RootElement;
                if (o.ValueKind != JsonValueKind.Object)
                {
                    throw new InputException($"expected a JSON object, found {o.ValueKind.ToString().ToLowerInvariant()}.", at);
                }

                int party = Int(o, "party", at);
                if (party < 0 || party >= scenario.Parties.Length)
                {
                    throw new InputException($"party {party} does not exist in scenario '{scenario.Name}' (parties 0..{scenario.Parties.Length - 1}).", at);
                }

                string partyName = scenario.Parties[party].Name;
                if (o.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String && name.GetString() != partyName)
                {
                    throw new InputException($"party {party} is '{name.GetString()}' in the trace but '{partyName}' in scenario '{scenario.Name}'; is this the scenario the run used?", at);
                }

                int round = Math.Min(Int(o, "round", at), maxRound);
                if (round < 1)
                {
                    throw new InputException($"expected a round of 1 or more, found {round}.", at);
                }

                string action = Str(o, "action", at);
                Outcome? offer = null;
                if (o.TryGetProperty("outcome", out JsonElement oe) && oe.ValueKind != JsonValueKind.Null)
                {
                    if (oe.ValueKind != JsonValueKind.Number || !oe.TryGetInt32(out int index) || index < 0 || index >= count)
                    {
                        throw new InputException($"expected an outcome index in 0..{count - 1}, found {oe.GetRawText()}.", at);
                    }

                    offer = scenario.Space.OutcomeAt(new OutcomeIndex(index));
                    CheckUtilities(o, scenario, offer, at);
                }

                SpeechAct act = action switch
                {
                    "offer" => SpeechAct.Offer,
                    "accept" => SpeechAct.Accept,
                    "walkaway" or "hold" => SpeechAct.Reject,
                    _ => throw new InputException($"unknown action '{action}'; expected one of: offer, accept, walkaway, hold.", at),
                };
                if (o.TryGetProperty("act", out JsonElement ae))
                {
                    act = NativeScenarioFormat.ParseSpeechAct(ae.ValueKind == JsonValueKind.String ? ae.GetString()! : ae.GetRawText(), at);
                }

                if (offer is null && act is not (SpeechAct.Accept or SpeechAct.Reject or SpeechAct.PrivateAssurance or SpeechAct.Request))
                {
                    throw new InputException($"a move with act '{NativeScenarioFormat.SpeechActName(act)}' needs an outcome.", at);
                }

                bool isPublic = o.TryGetProperty("public", out JsonElement pe) && pe.ValueKind == JsonValueKind.True;
                string label = action switch
                {
                    "walkaway" => $"{partyName} walks away",
                    "hold" => $"{partyName} holds",
                    _ => offer is null ? $"{partyName}: {action}" : $"{partyName}: {action} {scenario.Space.IndexOf(offer).Value}",
                };
                moves.Add(new ScriptedMove(label, party, act, offer, round, null, isPublic || act == SpeechAct.PublicDisclosure));
            }
        }

        return moves;
    }

    private static void CheckUtilities(JsonElement o, Scenario scenario, Outcome offer, SourceLocation at)
    {
        if (!o.TryGetProperty("utilities", out JsonElement ue) || ue.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        int p = 0;
        foreach (JsonElement x in ue.EnumerateArray())
        {
            if (p >= scenario.Parties.Length || x.ValueKind != JsonValueKind.Number
                || Math.Abs(x.GetDouble() - scenario.Parties[p].Profile.Utility(offer)) > UtilityTolerance)
            {
                throw new InputException($"the trace's utilities do not match scenario '{scenario.Name}'; is this the scenario the run used?", at);
            }

            p++;
        }
    }

    private static int Int(JsonElement o, string key, SourceLocation at) =>
        o.TryGetProperty(key, out JsonElement e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v)
            ? v
            : throw new InputException($"expected an integer '{key}'.", at);

    private static string Str(JsonElement o, string key, SourceLocation at) =>
        o.TryGetProperty(key, out JsonElement e) && e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw new InputException($"expected a string '{key}'.", at);
}
