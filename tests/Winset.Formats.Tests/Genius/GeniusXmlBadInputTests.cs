using Winset.Diagnostics;
using Winset.Formats.Genius;
using Winset.Model;
using static Winset.Formats.Tests.Genius.GeniusFixtures;

namespace Winset.Formats.Tests.Genius;

/// <summary>Bad input always ends in an <see cref="InputException"/> naming the file, line and column and what was expected.</summary>
public sealed class GeniusXmlBadInputTests
{
    private static OutcomeSpace Simple() => GeniusXml.ReadDomain(Fixture("quirks", "simple-domain.xml"));

    private static InputException ProfileError(string file) =>
        Should.Throw<InputException>(() => GeniusXml.ReadProfile(Fixture("bad", file), Simple()));

    [Fact]
    public void ReadProfile_MalformedXml_ReportsFileLineAndColumn()
    {
        // Given an <item> left open, so </issue> on line 5 does not match,
        // When read,
        InputException ex = ProfileError("malformed.xml");

        // Then the message names the file, line and column, and what the parser expected.
        SourceLocation at = ex.Location.ShouldNotBeNull();
        at.Line.ShouldBe(5);
        at.Column.ShouldBeGreaterThan(0);
        ex.Message.ShouldStartWith($"{Fixture("bad", "malformed.xml")}:5:{at.Column}: expected well-formed XML");
        ex.Message.ShouldContain("malformed.xml");
        ex.InnerException.ShouldBeOfType<System.Xml.XmlException>();
    }

    [Fact]
    public void ReadProfile_ValueNotInDomain_NamesTheValueAndTheDomainValues()
    {
        InputException ex = ProfileError("value-not-in-domain.xml");
        ex.Detail.ShouldBe("issue 'Color' has value 'purple', which the domain does not list (domain values: 'red', 'green', 'blue').");
        ex.Location!.Value.Line.ShouldBe(6);
    }

    [Fact]
    public void ReadProfile_NegativeWeight_Rejected()
    {
        InputException ex = ProfileError("negative-weight.xml");
        ex.Detail.ShouldBe("expected a non-negative weight, but issue index 1 has weight -0.2.");
        ex.Location!.Value.Line.ShouldBe(12);
    }

    [Fact]
    public void ReadProfile_ItemWithoutEvaluation_RejectedLikeGeniusFails()
    {
        // Given an <item> without evaluation (building_construction util1–10, Domain1 util5/6, laptop_empty_utility),
        InputException ex = ProfileError("missing-evaluation.xml");

        // Then rejected at that item, saying GENIUS would fail there.
        ex.Detail.ShouldStartWith("expected an evaluation for value 'red' of issue 'Color', but its <item> has no evaluation attribute");
        ex.Detail.ShouldContain("NullPointerException");
        ex.Location!.Value.Line.ShouldBe(4);
    }

    [Fact]
    public void ReadProfile_LegacyPriceEvaluator_Rejected()
    {
        // Given type="price" (2nd_hand_car car_dealer.xml), Then rejected: GENIUS 10.4 cannot load it either.
        InputException ex = ProfileError("price-evaluator.xml");
        ex.Detail.ShouldBe("issue 'Color' has evaluator type 'price', which GENIUS 10.4 does not load; expected discrete, integer or real.");
    }

    [Fact]
    public void ReadProfile_DomainIssueWithoutWeight_Rejected()
    {
        InputException ex = ProfileError("missing-issue.xml");
        ex.Detail.ShouldBe("expected a <weight index=\"2\"> and an <issue index=\"2\"> for domain issue 'Size'; GENIUS cannot evaluate an issue without both.");
    }

    [Fact]
    public void ReadProfile_IssueIndexNotInDomain_Rejected()
    {
        InputException ex = ProfileError("unknown-index.xml");
        ex.Detail.ShouldContain("issue 'Color' has index 7, but the domain");
        ex.Detail.ShouldContain("its issue indices are 1, 2");
        ex.Location!.Value.Line.ShouldBe(3);
    }

    [Fact]
    public void ReadDomain_IntegerBoundsOnlyInRange_Rejected()
    {
        // Given an integer issue whose bounds sit only in <range> (GENIUS_web_service), Then rejected.
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadDomain(Fixture("bad", "range-only-domain.xml")));
        ex.Detail.ShouldStartWith("expected attributes lowerbound and upperbound on integer issue 'Revenue'");
        ex.Location!.Value.Line.ShouldBe(4);
    }

    [Fact]
    public void ReadDomain_ProfileGivenAsDomain_SaysWhatRootWasExpected()
    {
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadDomain(Fixture("quirks", "simple-profile.xml")));
        ex.Detail.ShouldBe("expected a GENIUS domain file with root <negotiation_template>, but the root element is <utility_space>.");
    }

    [Fact]
    public void ReadProfile_DomainGivenAsProfile_SaysWhatRootWasExpected()
    {
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadProfile(Fixture("quirks", "simple-domain.xml"), Simple()));
        ex.Detail.ShouldBe("expected a GENIUS profile with root <utility_space>, but the root element is <negotiation_template>.");
    }

    [Fact]
    public void ReadDomain_MissingFile_InputExceptionNamingIt()
    {
        string path = Fixture("bad", "no-such-domain.xml");
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadDomain(path));
        ex.Message.ShouldBe($"{path}: no such file.");
    }

    [Fact]
    public void ReadScenario_NoProfiles_Rejected()
    {
        var ex = Should.Throw<InputException>(() => GeniusXml.ReadScenario(Fixture("quirks", "simple-domain.xml"), []));
        ex.Detail.ShouldBe("expected at least one profile file after the domain file.");
    }

    [Fact]
    public void ReadProfile_EmptyAndGarbageFiles_InputExceptionNeverXmlException()
    {
        using var tmp = new TempFolder();
        string[] bodies = ["", "   ", "not xml at all", "<utility_space>", "<utility_space><objective/></utility_space><extra/>", "\u0000\u0001binary"];
        for (int i = 0; i < bodies.Length; i++)
        {
            string file = tmp.File($"garbage{i}.xml");
            File.WriteAllText(file, bodies[i]);
            var ex = Should.Throw<InputException>(() => GeniusXml.ReadProfile(file, Simple()));
            ex.Message.ShouldContain($"garbage{i}.xml");
        }
    }
}
