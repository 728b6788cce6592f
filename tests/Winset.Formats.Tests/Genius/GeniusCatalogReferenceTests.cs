using System.Numerics;
using System.Text.Json;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Testing;
using static Winset.Formats.Tests.Genius.GeniusReference;

namespace Winset.Formats.Tests.Genius;

/// <summary>
/// Every GENIUS domain/profile pair of the corpus (<c>profile_catalog</c> in reference.json): it loads, or is
/// rejected when GENIUS itself cannot load it; weights, weighted evaluations wᵢ·eᵢ(v) and sampled utilities match
/// the exact reference to 1e-12.
/// </summary>
public sealed class GeniusCatalogReferenceTests
{
    public static TheoryData<string> GeniusEntries() => CatalogIds("genius");

    [SkippableTheory]
    [MemberData(nameof(GeniusEntries))]
    public void ReadProfile_CatalogEntry_MatchesReference(string id)
    {
        string domains = RequireDomains(id);
        CheckCatalogEntry(domains, id);
    }

    /// <summary>The checks shared by the GENIUS and GeniusWeb catalog theories.</summary>
    internal static void CheckCatalogEntry(string domains, string id)
    {
        JsonElement e = Catalog(id);
        string dir = Path.Combine(domains, Str(e, "dir")!);
        string format = Str(e, "format") ?? "genius";
        string domainPath = Path.Combine(dir, Str(e, "domain_file")!);

        // Given a domain GENIUS cannot load (integer bounds only in <range>), When read, Then an input error.
        if (Str(e, "error") is not null)
        {
            Should.Throw<InputException>(() => ReadDomain(format, domainPath)).Location.ShouldNotBeNull();
            return;
        }

        OutcomeSpace space = ReadDomain(format, domainPath);
        string profilePath = Path.Combine(dir, Str(e, "profile_file")!);

        // Given a profile GENIUS would fail on, When read, Then an input error with a line.
        if (Str(e, "genius_would_fail") is not null)
        {
            var ex = Should.Throw<InputException>(() => ReadProfile(format, profilePath, space));
            ex.Location.ShouldNotBeNull().Line.ShouldBeGreaterThan(0);
            ex.Message.ShouldContain(Path.GetFileName(profilePath));
            return;
        }

        Profile profile = ReadProfile(format, profilePath, space);
        var la = profile.ShouldBeOfType<LinearAdditiveProfile>();
        var failures = new List<string>();
        BigInteger.Parse(e.GetProperty("n_outcomes").GetRawText(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(space.Size);

        foreach (JsonProperty w in e.GetProperty("weights").EnumerateObject())
        {
            int pos = space.IndexOfIssue(w.Name);
            if (pos < 0)
            {
                failures.Add($"issue {w.Name} missing from the space");
                continue;
            }

            Close(la.Weights[pos], w.Value.GetDouble(), 1e-12, failures, $"weight of {w.Name}");
        }

        foreach (JsonProperty we in e.GetProperty("weighted_evaluations").EnumerateObject())
        {
            int pos = space.IndexOfIssue(we.Name);
            ReadOnlySpan<double> table = la.WeightedTable(pos);
            int k = 0;
            foreach (JsonElement v in we.Value.EnumerateArray())
            {
                Close(table[k], v.GetDouble(), 1e-12, failures, $"w·e of {we.Name}[{k}]");
                k++;
            }

            if (k != table.Length)
            {
                failures.Add($"{we.Name}: {table.Length} values, reference {k}");
            }
        }

        foreach (JsonElement s in e.GetProperty("utility_samples").EnumerateArray())
        {
            var index = BigInteger.Parse(s.GetProperty("index").GetRawText(), System.Globalization.CultureInfo.InvariantCulture);
            int[] values = Decode(space, index);
            CheckValues(space, values, s.GetProperty("values"), failures, $"sample {index}");
            Close(profile.Utility(values), s.GetProperty("utility").GetDouble(), 1e-12, failures, $"u(#{index})");
        }

        if (format == "genius")
        {
            JsonElement rv = e.GetProperty("reservation_value");
            Close(profile.ReservationValue, rv.ValueKind == JsonValueKind.Null ? 0.0 : rv.GetDouble(), 0, failures, "reservation");
            Close(profile.DiscountFactor, e.GetProperty("discount_factor").GetDouble(), 0, failures, "discount factor");
            la.CapAtOne.ShouldBeTrue();
        }
        else
        {
            la.CapAtOne.ShouldBeFalse();
            if (e.GetProperty("reservation_bid").ValueKind == JsonValueKind.Null)
            {
                profile.ReservationValue.ShouldBe(0.0);
            }
        }

        Report(failures, id);
    }
}
