using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Winset.Diagnostics;
using Winset.Formats.Genius;
using Winset.Formats.GeniusWeb;
using Winset.Model;
using static Winset.Formats.Tests.Genius.GeniusReference;

namespace Winset.Formats.Tests.Genius;

/// <summary>
/// Every scenario of reference.json (GENIUS and GeniusWeb): the outcome count, and for linear scenarios every
/// sampled utility (1e-12), the sum of all utilities (1e-9·n), reservation values and discount factors; non-linear
/// ones load as <see cref="HyperRectangleProfile"/> over their (huge) spaces; constraint ones are rejected.
/// </summary>
public sealed class GeniusScenarioReferenceTests
{
    public static TheoryData<string> Scenarios() => ScenarioIds();

    [SkippableTheory]
    [MemberData(nameof(Scenarios))]
    public void ReadScenario_ReferenceScenario_MatchesReference(string id)
    {
        string domains = RequireDomains(id);
        JsonElement e = Scenario(id);
        string format = Str(e, "format")!;
        string dir = Path.Combine(domains, Str(e, "dir")!);
        string domainPath = Path.Combine(dir, Str(e, "domain_file")!);
        string[] profilePaths = [.. e.GetProperty("profile_files").EnumerateArray().Select(p => Path.Combine(dir, p.GetString()!))];
        string[] kinds = [.. e.GetProperty("profiles").EnumerateArray().Select(p => Str(p, "kind")!)];
        var expectedSize = BigInteger.Parse(e.GetProperty("n_outcomes").GetRawText(), CultureInfo.InvariantCulture);

        if (kinds.Contains("constraint"))
        {
            // Given a constraint utility space (GENIUS_Railway), When read, Then it is rejected as unsupported.
            ReadDomain(format, domainPath).Size.ShouldBe(expectedSize);
            var ex = Should.Throw<InputException>(() => GeniusXml.ReadScenario(domainPath, profilePaths));
            ex.Message.ShouldContain("constraint");
            return;
        }

        Scenario s = format == "geniusweb" ? GeniusWebJson.ReadScenario(domainPath, profilePaths) : GeniusXml.ReadScenario(domainPath, profilePaths);
        s.Space.Size.ShouldBe(expectedSize);
        s.Parties.Select(p => p.Name).ShouldBe(profilePaths.Select(Path.GetFileNameWithoutExtension));

        if (kinds.Contains("nonlinear"))
        {
            foreach (Party p in s.Parties)
            {
                p.Profile.ShouldBeOfType<HyperRectangleProfile>();
                double u = p.Profile.Utility(new int[s.Space.Issues.Length]);
                u.ShouldBeInRange(0.0, 1.0);
            }

            return;
        }

        var failures = new List<string>();
        JsonElement[] refProfiles = [.. e.GetProperty("profiles").EnumerateArray()];
        for (int k = 0; k < s.Parties.Length; k++)
        {
            Profile profile = s.Parties[k].Profile;
            JsonElement rp = refProfiles[k];
            Close(profile.ReservationValue, rp.GetProperty("reservation_effective").GetDouble(), 1e-12, failures, $"{s.Parties[k].Name} reservation");
            if (format == "genius")
            {
                Close(profile.DiscountFactor, rp.GetProperty("discount_factor").GetDouble(), 0, failures, $"{s.Parties[k].Name} discount");
            }
        }

        if (!s.Space.IsEnumerable)
        {
            Report(failures, id);
            return;
        }

        double[][] utilities = [.. s.Parties.Select(p => p.Profile.ComputeUtilities())];
        int n = utilities[0].Length;
        for (int k = 0; k < s.Parties.Length; k++)
        {
            double sum = 0;
            foreach (double u in utilities[k])
            {
                sum += u;
            }

            double exact = Fraction(Str(refProfiles[k], "sum_of_utilities_exact")!);
            Close(sum, exact, 1e-9 * n, failures, $"{s.Parties[k].Name} sum of utilities");
        }

        if (e.TryGetProperty("utilities_sample", out JsonElement samples))
        {
            foreach (JsonElement sample in samples.EnumerateArray())
            {
                int index = sample.GetProperty("index").GetInt32();
                CheckValues(s.Space, Decode(s.Space, index), sample.GetProperty("values"), failures, $"sample {index}");
                int k = 0;
                foreach (JsonElement u in sample.GetProperty("utilities").EnumerateArray())
                {
                    Close(utilities[k][index], u.GetDouble(), 1e-12, failures, $"{s.Parties[k].Name} u(#{index})");
                    k++;
                }
            }
        }

        Report(failures, id);
    }
}
