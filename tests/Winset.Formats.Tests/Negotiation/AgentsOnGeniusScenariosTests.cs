using System.Text.Json;
using Winset.Formats.Genius;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Testing;

namespace Winset.Formats.Tests.Negotiation;

/// <summary>Every agent preset on every shared GENIUS scenario with linear profiles (up to 400,000 outcomes).</summary>
public sealed class AgentsOnGeniusScenariosTests
{
    private const int Rounds = 100;

    [SkippableFact]
    public void EveryPreset_OnEverySharedGeniusScenario_RunsWithoutError()
    {
        string domains = SharedData.DomainsDirectory;
        using JsonDocument reference = JsonDocument.Parse(File.ReadAllText(SharedData.ReferenceJson));
        string[] presets = [.. AgentPresets.Names];
        var failures = new List<string>();
        int scenarios = 0;
        foreach (JsonElement s in reference.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            // Every scenario Winset can enumerate (up to GENIUS 7issues, 10^7 outcomes); the non-linear ANAC 2014
            // spaces of 10^10 and more outcomes are beyond enumeration, and GENIUS_Railway's constraint profiles are
            // not supported.
            string format = s.GetProperty("format").GetString()!;
            if (s.GetProperty("n_outcomes").GetDouble() > OutcomeSpace.MaxEnumerableSize
                || s.GetProperty("profiles").EnumerateArray().Any(p => p.GetProperty("kind").GetString() is not ("linear" or "geniusweb")))
            {
                continue;
            }

            string dir = Path.Combine(domains, s.GetProperty("dir").GetString()!);
            string domain = Path.Combine(dir, s.GetProperty("domain_file").GetString()!);
            string[] profiles = [.. s.GetProperty("profile_files").EnumerateArray().Select(f => Path.Combine(dir, f.GetString()!))];
            Scenario scenario = format == "geniusweb"
                ? Winset.Formats.GeniusWeb.GeniusWebJson.ReadScenario(domain, profiles)
                : GeniusXml.ReadScenario(domain, profiles);
            var prepared = PreparedScenario.Create(scenario);
            scenarios++;

            // Each preset opens once; the other seats rotate through the list, so every preset meets several others.
            int n = prepared.PartyCount;
            for (int i = 0; i < presets.Length; i++)
            {
                var agents = new Agent[n];
                for (int p = 0; p < n; p++)
                {
                    agents[p] = AgentPresets.Create(presets[(i + p) % presets.Length]);
                }

                SessionResult r = Session.Run(prepared, agents, new SessionOptions { Rounds = Rounds, Seed = i }).Result;
                if (r.Ended == SessionEnd.Error)
                {
                    failures.Add($"{s.GetProperty("id").GetString()}: {r.ErringAgent} failed: {r.ErrorMessage}");
                }
            }
        }

        scenarios.ShouldBe(140); // 159 in the reference, less 18 non-linear spaces beyond enumeration and 1 constraint profile
        failures.ShouldBeEmpty();
    }
}
