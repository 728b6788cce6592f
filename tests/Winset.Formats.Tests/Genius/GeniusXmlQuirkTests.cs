using Winset.Formats.Genius;
using Winset.Model;
using static Winset.Formats.Tests.Genius.GeniusFixtures;

namespace Winset.Formats.Tests.Genius;

/// <summary>
/// Each tolerance rule of FORMAT.md §1, on a small hand-written file with utilities computed by hand.
/// These run without the shared data.
/// </summary>
public sealed class GeniusXmlQuirkTests
{
    private static OutcomeSpace Simple() => GeniusXml.ReadDomain(Fixture("quirks", "simple-domain.xml"));

    [Fact]
    public void ReadProfile_SimpleProfile_DividesByMaxAndKeepsRawWeights()
    {
        // Given Color red/green/blue = 2/4/8 and Size S/M = 1/3, weights 0.6 and 0.4,
        OutcomeSpace space = Simple();

        // When read,
        var p = GeniusXml.ReadProfile(Fixture("quirks", "simple-profile.xml"), space).ShouldBeOfType<LinearAdditiveProfile>();

        // Then e = evaluation / max, the weights as written, capped at 1, with discount and reservation.
        space.Name.ShouldBe("Simple");
        p.Utility(Outcome(space, "red", "S")).ShouldBe((0.6 * 0.25) + (0.4 / 3), 1e-15);
        p.Utility(Outcome(space, "blue", "M")).ShouldBe(1.0);
        p.Utility(Outcome(space, "green", "M")).ShouldBe(0.7, 1e-15);
        p.Weights.ShouldBe([0.6, 0.4]);
        p.CapAtOne.ShouldBeTrue();
        p.DiscountFactor.ShouldBe(0.5);
        p.ReservationValue.ShouldBe(0.25);
        p.Name.ShouldBe("simple-profile");
    }

    [Fact]
    public void ReadProfile_BareAmpersand_EscapedAndMatchedByString()
    {
        // Given "AT & T" and "Coffee & Thee" with bare ampersands (ANAC2013 SmartPhone, ANAC2015 movie),
        OutcomeSpace space = GeniusXml.ReadDomain(Fixture("quirks", "ampersand-domain.xml"));

        // When read,
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "ampersand-profile.xml"), space);

        // Then the values keep their text and match the profile's items (1, 2, 4 → 0.25, 0.5, 1).
        space.Name.ShouldBe("Phones & more");
        ((DiscreteIssue)space.Issues[0]).Options.ShouldBe(["AT & T", "Coffee & Thee", "Plain & simple"]);
        p.Utility(Outcome(space, "AT & T")).ShouldBe(0.25);
        p.Utility(Outcome(space, "Coffee & Thee")).ShouldBe(0.5);
        p.Utility(Outcome(space, "Plain & simple")).ShouldBe(1.0);
    }

    [Fact]
    public void ReadProfile_CommentBeforeXmlDeclaration_Accepted()
    {
        // Given a blank line and <!-- profile 1 --> before <?xml ...?> (all ANAC2014 profiles),
        OutcomeSpace space = Simple();

        // When read, Then it is the ordinary profile.
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "prolog-profile.xml"), space);
        p.Utility(Outcome(space, "red", "S")).ShouldBe((0.6 * 0.25) + (0.4 / 3), 1e-15);
    }

    [Fact]
    public void ReadProfile_GluedAttributes_Accepted()
    {
        // Given type="discrete"vtype="discrete"etype="discrete" without spaces (ANAC2011 Car adg_deal.xml),
        OutcomeSpace space = Simple();

        // When read, Then the attributes are separated and the profile reads as usual.
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "glued-profile.xml"), space);
        p.Utility(Outcome(space, "green", "M")).ShouldBe(0.7, 1e-15);
    }

    [Fact]
    public void ReadProfile_Windows1252Bytes_DecodedAlikeInDomainAndProfile()
    {
        // Given "€10,000" written as the cp1252 byte 0x80 in both files (ANAC2015 new_sporthal),
        File.ReadAllBytes(Fixture("quirks", "cp1252-domain.xml")).ShouldContain((byte)0x80);
        OutcomeSpace space = GeniusXml.ReadDomain(Fixture("quirks", "cp1252-domain.xml"));

        // When read,
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "cp1252-profile.xml"), space);

        // Then the euro sign survives and the values match (3, 1 → 1, 1/3).
        ((DiscreteIssue)space.Issues[0]).Options.ShouldBe(["€10,000", "€20,000"]);
        p.Utility(Outcome(space, "€10,000")).ShouldBe(1.0);
        p.Utility(Outcome(space, "€20,000")).ShouldBe(1.0 / 3, 1e-15);
    }

    [Fact]
    public void ReadProfile_DuplicateValues_KeptInDomainAndMatchedByString()
    {
        // Given a domain listing Sep4 twice (ANAC2012 FlightBooking) and a profile in another order that lists
        // Sep5 twice (8, then 2: the later one wins, as in GENIUS's map) and Sep4 once (4),
        OutcomeSpace space = GeniusXml.ReadDomain(Fixture("quirks", "duplicates-domain.xml"));

        // When read,
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "duplicates-profile.xml"), space);

        // Then GENIUS's count of 3 outcomes, both Sep4 positions rate 4/4, Sep5 rates 2/4.
        space.Size.ShouldBe(3);
        p.ComputeUtilities().ShouldBe([1.0, 0.5, 1.0]);
    }

    [Fact]
    public void ReadProfile_RootIndexOne_IssuesMatchedByIndexNotNameOrOrder()
    {
        // Given a domain with root objective index 1 and issues 2 (Alpha) and 3 (Beta) (ANAC2012 Fitness, SON),
        // and a profile naming them differently, listing issue 3 first and its weights in another order,
        OutcomeSpace space = GeniusXml.ReadDomain(Fixture("quirks", "index-domain.xml"));

        // When read,
        var p = GeniusXml.ReadProfile(Fixture("quirks", "index-profile.xml"), space).ShouldBeOfType<LinearAdditiveProfile>();

        // Then weights and evaluations land on the issue with the same index: Alpha 0.75 (a1 .5, a2 1),
        // Beta 0.25 (b1 .5, b2 0, b3 1).
        p.Weights.ShouldBe([0.75, 0.25]);
        p.Utility(Outcome(space, "a1", "b1")).ShouldBe(0.5);
        p.Utility(Outcome(space, "a1", "b2")).ShouldBe(0.375);
        p.Utility(Outcome(space, "a2", "b3")).ShouldBe(1.0);
    }

    [Theory]
    [InlineData("discount-zero.xml")]
    [InlineData("discount-two.xml")]
    [InlineData("discount-text.xml")]
    public void ReadProfile_InvalidDiscountFactor_TreatedAsOne(string file)
    {
        // Given discount_factor 0.0 (DogChoosing), 2 (SON_with_discount) or "s" (IS_BT_Acquisition_IS_20),
        // When read, Then the discount factor is 1 (validateDiscount), and an unparseable reservation is 0.
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", file), Simple());
        p.DiscountFactor.ShouldBe(1.0);
        p.ReservationValue.ShouldBe(0.0);
    }

    [Fact]
    public void ReadProfile_LegacyFlatProfile_WeightsAndIssuesUnderRoot()
    {
        // Given weights and issues directly under <utility_space>, weights written ".7" (GENIUS_inheritancedomain),
        OutcomeSpace space = Simple();

        // When read,
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "legacy-flat-profile.xml"), space);

        // Then red/green/blue = 1/2/4 → .25/.5/1 and S = M = 5 → 1.
        p.Utility(Outcome(space, "green", "S")).ShouldBe(0.65, 1e-15);
        p.Utility(Outcome(space, "red", "M")).ShouldBe(0.475, 1e-15);
        p.ReservationValue.ShouldBe(0.0);
        p.DiscountFactor.ShouldBe(1.0);
    }

    [Fact]
    public void ReadProfile_UncertainType_ReadAsLinear()
    {
        // Given type="UNCERTAIN" with comparisons/errors (ANAC 2019), When read, Then the true linear utility.
        Profile p = GeniusXml.ReadProfile(Fixture("quirks", "uncertain-profile.xml"), Simple());
        p.ShouldBeOfType<LinearAdditiveProfile>().Weights.ShouldBe([0.6, 0.4]);
        p.Utility(Outcome(Simple(), "blue", "M")).ShouldBe(1.0);
    }

    [Fact]
    public void ReadProfile_IntegerAndRealIssues_GeniusEvaluators()
    {
        // Given Guns 1..10 with the PROFILE's lowerbound 0 (testIntDomain util4), slope −0.05 offset 1;
        // Price real 0..100 on the 21-point grid with linear −0.02·x + 1.5 (x not shifted; the profile's range
        // 20..80 is not used); Quality triangular 0 → 0.5 → 1; weights 0.5, 0.3, 0.2,
        OutcomeSpace space = GeniusXml.ReadDomain(Fixture("quirks", "numeric-domain.xml"));

        // When read,
        var p = GeniusXml.ReadProfile(Fixture("quirks", "numeric-profile.xml"), space).ShouldBeOfType<LinearAdditiveProfile>();

        // Then e(Guns) = 1 − 0.05·x, e(Price) = clamp(1.5 − 0.02·x), e(Quality) triangular.
        space.Size.ShouldBe(10 * 21 * 21);
        p.Evaluators[0].ShouldBe(new LinearEvaluator(-0.05, 1, 0));
        p.Utility(Outcome(space, 1, 50, 0.5)).ShouldBe((0.5 * 0.95) + (0.3 * 0.5) + 0.2, 1e-12);
        p.Utility(Outcome(space, 10, 100, 0)).ShouldBe(0.25, 1e-12);
        p.Utility(Outcome(space, 10, 0, 0.25)).ShouldBe(0.25 + 0.3 + 0.1, 1e-12);
        p.Utility(Outcome(space, 10, 0, 0.75)).ShouldBe(0.25 + 0.3 + 0.1, 1e-12);
    }

    [Fact]
    public void ReadProfile_Nonlinear_HyperRectangles()
    {
        // Given maxutility 10 and three rectangles: 6 when x ∈ [1,2] and y = 0; 4 when y ∉ [0,1] (EXCLUDES);
        // 2·0.5 when x = 0, after a comment before the XML declaration,
        OutcomeSpace space = GeniusXml.ReadDomain(Fixture("quirks", "nonlinear-domain.xml"));

        // When read,
        var p = GeniusXml.ReadProfile(Fixture("quirks", "nonlinear-profile.xml"), space).ShouldBeOfType<HyperRectangleProfile>();

        // Then u = Σ contributions / 10, with the discount and reservation.
        p.ComputeUtilities().ShouldBe(
            [
                0.1, 0.1, 0.5, // x = 0: y = 0, 1, 2
                0.6, 0.0, 0.4, // x = 1
                0.6, 0.0, 0.4, // x = 2
            ],
            tolerance: 1e-15);
        p.DiscountFactor.ShouldBe(0.9);
        p.ReservationValue.ShouldBe(0.3);
    }

    [Fact]
    public void ReadProfile_ConstraintType_RejectedAsUnsupported()
    {
        // Given type="constraint" (GENIUS_Railway), When read, Then an input error saying it is not supported.
        var ex = Should.Throw<Winset.Diagnostics.InputException>(() => GeniusXml.ReadProfile(Fixture("quirks", "constraint-profile.xml"), Simple()));
        ex.Message.ShouldContain("type=\"constraint\"");
        ex.Message.ShouldContain("not supported");
        ex.Location!.Value.Line.ShouldBe(1);
    }

    [Fact]
    public void LooksLikeDomain_DomainAndProfile_TellsThemApart()
    {
        GeniusXml.LooksLikeDomain(Fixture("quirks", "ampersand-domain.xml")).ShouldBeTrue();
        GeniusXml.LooksLikeDomain(Fixture("quirks", "cp1252-domain.xml")).ShouldBeTrue();
        GeniusXml.LooksLikeDomain(Fixture("quirks", "prolog-profile.xml")).ShouldBeFalse();
        GeniusXml.LooksLikeDomain(Fixture("bad", "malformed.xml")).ShouldBeFalse();
        GeniusXml.LooksLikeDomain(Fixture("quirks", "no-such-file.xml")).ShouldBeFalse();
    }
}
