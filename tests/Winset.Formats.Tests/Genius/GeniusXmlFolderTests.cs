using Winset.Diagnostics;
using Winset.Formats.Genius;
using Winset.Model;
using static Winset.Formats.Tests.Genius.GeniusFixtures;

namespace Winset.Formats.Tests.Genius;

/// <summary>Reading a GENIUS folder as a whole: pairing profiles with domains, skipping what does not fit.</summary>
public sealed class GeniusXmlFolderTests
{
    [Fact]
    public void ReadFolder_OneDomain_FittingProfilesInFileNameOrder()
    {
        // Given Deal-domain.xml, two profiles, a profile that does not fit, a non-XML pareto.xml and another XML file,
        // When read as a folder,
        Scenario s = GeniusXml.ReadFolder(Fixture("folder-one"));

        // Then the two fitting profiles are the parties, sorted by file name, and the scenario is named "Deal".
        s.Name.ShouldBe("Deal");
        s.Parties.Select(p => p.Name).ShouldBe(["Deal-prof1", "Deal-prof2"]);
        ((LinearAdditiveProfile)s.Parties[1].Profile).Weights.ShouldBe([0.1, 0.4]);
    }

    [Fact]
    public void ReadFolder_ProfilesPairedByLongestPrefix_OtherDomainIgnored()
    {
        // Given A-domain with A-prof1/2 and a B-domain without profiles,
        Scenario s = GeniusXml.ReadFolder(Fixture("folder-paired"));

        // Then the scenario is A's.
        s.Name.ShouldBe("A");
        s.Space.Name.ShouldBe("Simple");
        s.Parties.Select(p => p.Name).ShouldBe(["A-prof1", "A-prof2"]);
    }

    [Fact]
    public void ReadFolder_SeveralDomainsWithProfiles_AmbiguousListsDomains()
    {
        // Given A-domain + A-prof1 and B-domain + B-prof1 (like ANAC2012_Laptop's A/B/C),
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadFolder(Fixture("folder-many")));

        // Then the error lists the domains and says to name the files.
        ex.Detail.ShouldContain("A-domain.xml, B-domain.xml");
        ex.Detail.ShouldContain("pass the domain file and its profiles explicitly");
        ex.Location!.Value.File.ShouldBe(Fixture("folder-many"));
    }

    [Fact]
    public void ReadFolder_NoDomain_Rejected()
    {
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadFolder(Fixture("geniusweb")));
        ex.Detail.ShouldBe("expected a GENIUS domain file (root <negotiation_template>) in this folder, but found none.");
    }

    [Fact]
    public void ReadFolder_MissingFolder_Rejected()
    {
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadFolder(Fixture("no-such-folder")));
        ex.Detail.ShouldBe("no such folder.");
    }

    [Fact]
    public void ReadFolder_DomainWithoutFittingProfiles_SaysWhy()
    {
        using var tmp = new TempFolder();
        File.Copy(Fixture("quirks", "simple-domain.xml"), tmp.File("x-domain.xml"));
        File.Copy(Fixture("bad", "negative-weight.xml"), tmp.File("x-prof1.xml"));
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadFolder(tmp.Directory));
        ex.Detail.ShouldContain("expected at least one profile of domain x-domain.xml");
        ex.Detail.ShouldContain("non-negative weight");
    }

    [SkippableFact]
    public void ReadFolder_AnacLaptop_AmbiguousButEachDomainReadsExplicitly()
    {
        string dir = System.IO.Path.Combine(Winset.Testing.SharedData.DomainsDirectory, "ANAC2012_Laptop");
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadFolder(dir));
        ex.Detail.ShouldContain("Laptop-A-domain.xml, Laptop-B-domain.xml, Laptop-C-domain.xml");

        Scenario s = GeniusXml.ReadScenario(
            System.IO.Path.Combine(dir, "Laptop-B-domain.xml"),
            [System.IO.Path.Combine(dir, "Laptop-B-prof1.xml"), System.IO.Path.Combine(dir, "Laptop-B-prof2.xml")]);
        s.Parties[0].Profile.DiscountFactor.ShouldBe(0.75);
    }

    [SkippableFact]
    public void ReadFolder_Anac2014_SkipsParetoFileAndReadsNonlinearProfiles()
    {
        string dir = System.IO.Path.Combine(Winset.Testing.SharedData.DomainsDirectory, "ANAC2014_10issues");
        Scenario s = GeniusXml.ReadFolder(dir);
        s.Parties.Select(p => p.Name).ShouldBe(["profile-1", "profile-2"]);
        s.Space.Size.ShouldBe(System.Numerics.BigInteger.Pow(10, 10));
        s.Parties.ShouldAllBe(p => p.Profile is HyperRectangleProfile);
    }
}
