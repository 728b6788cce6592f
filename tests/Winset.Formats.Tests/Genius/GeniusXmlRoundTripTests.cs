using System.Collections.Immutable;
using System.Text.Json;
using CsCheck;
using Winset.Formats.Genius;
using Winset.Formats.GeniusWeb;
using Winset.Model;
using static Winset.Formats.Tests.Genius.GeniusFixtures;
using static Winset.Formats.Tests.Genius.GeniusReference;

namespace Winset.Formats.Tests.Genius;

/// <summary>Import → <see cref="GeniusXml.Write"/> → import gives the same utilities (to 1e-12).</summary>
public sealed class GeniusXmlRoundTripTests
{
    public static TheoryData<string> LinearScenarios() => ScenarioIds(e =>
        e.GetProperty("profiles").EnumerateArray().All(p => IsLinearKind(Str(p, "kind")))
        && ulong.TryParse(e.GetProperty("n_outcomes").GetRawText(), out ulong n) && n <= 1_000_000);

    [SkippableTheory]
    [MemberData(nameof(LinearScenarios))]
    public void Write_SharedLinearScenario_ReimportsSameUtilities(string id)
    {
        string domains = RequireDomains(id);
        JsonElement e = Scenario(id);
        string dir = Path.Combine(domains, Str(e, "dir")!);
        string domainPath = Path.Combine(dir, Str(e, "domain_file")!);
        string[] profiles = [.. e.GetProperty("profile_files").EnumerateArray().Select(p => Path.Combine(dir, p.GetString()!))];
        Scenario original = Str(e, "format") == "geniusweb"
            ? GeniusWebJson.ReadScenario(domainPath, profiles)
            : GeniusXml.ReadScenario(domainPath, profiles);

        AssertRoundTrip(original);
    }

    [Fact]
    public void Write_GeniusWebProfileWithBestValueBelowOne_WeightScaledSoGeniusDivisionGivesSameValues()
    {
        // Given a GeniusWeb profile whose Destination utilities top out at 0.75 and a Days interpolation,
        Scenario original = GeniusWebJson.ReadScenario(Fixture("geniusweb", "trip.json"), [Fixture("geniusweb", "tripA.json"), Fixture("geniusweb", "tripB.json")]);

        // When written as GENIUS and read back, Then the same utilities, reservation 0.43, and the cap now on.
        Scenario back = AssertRoundTrip(original);
        var p = (LinearAdditiveProfile)back.Parties[0].Profile;
        p.CapAtOne.ShouldBeTrue();
        p.ReservationValue.ShouldBe(0.43, 1e-15);
        p.Weights[0].ShouldBe(0.5 * 0.75, 1e-15);
    }

    [Fact]
    public void Write_NonlinearProfile_ReimportsSameUtilities()
    {
        OutcomeSpace space = GeniusXml.ReadDomain(Fixture("quirks", "nonlinear-domain.xml"));
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "nonlinear-profile.xml"), space);
        Scenario back = AssertRoundTrip(new Scenario("nonlinear", space, [new Party("one", p)]));
        back.Parties[0].Profile.ShouldBeOfType<HyperRectangleProfile>();
    }

    [Fact]
    public void Write_QuirkFixtures_ReimportSameUtilities()
    {
        foreach ((string domain, string profile) in new[]
        {
            ("ampersand-domain.xml", "ampersand-profile.xml"),
            ("cp1252-domain.xml", "cp1252-profile.xml"),
            ("duplicates-domain.xml", "duplicates-profile.xml"),
            ("index-domain.xml", "index-profile.xml"),
            ("numeric-domain.xml", "numeric-profile.xml"),
        })
        {
            AssertRoundTrip(GeniusXml.ReadScenario(Fixture("quirks", domain), [Fixture("quirks", profile)]));
        }
    }

    [Fact]
    public void Write_ExistingFiles_OverwrittenAndNoTemporaryFilesLeft()
    {
        Scenario s = GeniusXml.ReadScenario(Fixture("quirks", "simple-domain.xml"), [Fixture("quirks", "simple-profile.xml")]);
        using var tmp = new TempFolder();
        File.WriteAllText(tmp.File("simple-domain.xml"), "old");
        GeniusXml.Write(s, tmp.Directory);
        GeniusXml.Write(s, tmp.Directory);
        Directory.GetFiles(tmp.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["simple-domain.xml", "simple-profile.xml"]);
        GeniusXml.LooksLikeDomain(tmp.File("simple-domain.xml")).ShouldBeTrue();
    }

    // ---- property: generated linear-additive scenarios ----

    private static readonly string[] Names = ["a", "a & b", "€10,000", "it's", "\"q\"", "<x>", " lead", "1.0", "日本"];

    private static readonly Gen<Scenario> ScenarioGen =
        Winset.Testing.ScenarioGens.LinearAdditive(Names, k => $"Issue {k} & co", "generated", [3, RealIssue.DefaultGridPoints]);

    [Fact]
    public void Write_GeneratedLinearScenarios_ReimportSameUtilities()
    {
        ScenarioGen.Sample(s => { AssertRoundTrip(s); }, iter: 150);
    }

    /// <summary>Writes, reads back from the written files, and compares; returns the scenario read back.</summary>
    private static Scenario AssertRoundTrip(Scenario original)
    {
        using var tmp = new TempFolder();
        GeniusXml.Write(original, tmp.Directory);
        string[] written = Directory.GetFiles(tmp.Directory);
        written.Length.ShouldBe(original.Parties.Length + 1);
        string domain = written.Single(f => f.EndsWith("-domain.xml", StringComparison.Ordinal));
        string[] profiles = [.. original.Parties.Select(p => tmp.File(p.Name.Replace('/', '_') + ".xml"))];
        Scenario back = GeniusXml.ReadScenario(domain, profiles);

        back.Space.Size.ShouldBe(original.Space.Size);
        back.Space.Issues.Select(i => i.Name).ShouldBe(original.Space.Issues.Select(i => i.Name));
        for (int k = 0; k < original.Parties.Length; k++)
        {
            Profile a = original.Parties[k].Profile;
            Profile b = back.Parties[k].Profile;
            b.ReservationValue.ShouldBe(a.ReservationValue);
            b.DiscountFactor.ShouldBe(a.DiscountFactor);
            double[] ua = a.ComputeUtilities();
            double[] ub = b.ComputeUtilities();
            for (int i = 0; i < ua.Length; i++)
            {
                // GENIUS caps every linear-additive utility at 1; an uncapped (GeniusWeb-style) profile above 1 is capped.
                double expected = Math.Min(ua[i], 1.0);
                if (!(Math.Abs(ub[i] - expected) <= 1e-12))
                {
                    throw new Xunit.Sdk.XunitException(
                        $"{original.Name}/{original.Parties[k].Name}: outcome {i} {string.Join(", ", original.Space.OutcomeAt(new OutcomeIndex(i)).ValueIndices)}: " +
                        $"written and read back {ub[i]:R}, original {ua[i]:R}\n{File.ReadAllText(profiles[k])}\n{File.ReadAllText(domain)}");
                }
            }
        }

        return back;
    }
}
