using Winset.Diagnostics;
using Winset.Formats.GeniusWeb;
using Winset.Model;
using static Winset.Formats.Tests.Genius.GeniusFixtures;

namespace Winset.Formats.Tests.GeniusWeb;

/// <summary>GeniusWeb domains and profiles on hand-written files (no shared data needed).</summary>
public sealed class GeniusWebJsonTests
{
    private static string Gw(string file) => Fixture("geniusweb", file);

    private static OutcomeSpace Trip() => GeniusWebJson.ReadDomain(Gw("trip.json"));

    [Fact]
    public void ReadDomain_ValuesAndRanges_IssuesInJsonOrder()
    {
        // Given Destination (values), Days (range 1..5 step 1) and Budget (range 0.5..1.6 step 0.5),
        OutcomeSpace space = Trip();

        // Then three issues in file order: discrete, integer 1..5, real 0.5/1.0/1.5.
        space.Name.ShouldBe("trip");
        space.Issues.Select(i => i.Name).ShouldBe(["Destination", "Days", "Budget"]);
        space.Issues[1].ShouldBe(new IntegerIssue("Days", 1, 5));
        space.Issues[2].Values.Select(v => v.Number).ShouldBe([0.5, 1.0, 1.5]);
        space.Size.ShouldBe(45);
    }

    [Fact]
    public void ReadProfile_NewSpelling_NoNormalisationNoCapReservationFromBid()
    {
        // Given Beach/City/Mountains 0.75/0.5/0.25 (best value below 1), Days 1 → 0.2 … 5 → 1.0,
        // Budget 0.5 → 1 … 1.5 → 0, weights 0.5/0.3/0.2, reservationBid {City, Days 3} without Budget,
        OutcomeSpace space = Trip();

        // When read,
        var p = GeniusWebJson.ReadProfile(Gw("tripA.json"), space).ShouldBeOfType<LinearAdditiveProfile>();

        // Then value utilities are used as given, no cap, and the reservation is u(bid) with Budget contributing 0.
        p.Name.ShouldBe("tripA");
        p.CapAtOne.ShouldBeFalse();
        p.Utility(Outcome(space, "Beach", 5, 0.5)).ShouldBe(0.875, 1e-15);
        p.Utility(Outcome(space, "City", 3, 1.0)).ShouldBe(0.25 + 0.18 + 0.1, 1e-15);
        p.ReservationValue.ShouldBe(0.43, 1e-15);
        p.DiscountFactor.ShouldBe(1.0);
    }

    [Fact]
    public void ReadProfile_OldSpelling_SameUtilities()
    {
        // Given discreteutils/numberutils and the weights listed in another order, When read,
        OutcomeSpace space = Trip();
        Profile a = GeniusWebJson.ReadProfile(Gw("tripA.json"), space);
        Profile b = GeniusWebJson.ReadProfile(Gw("tripB.json"), space);

        // Then the same utilities, and no reservation bid means 0.
        b.ComputeUtilities().ShouldBe(a.ComputeUtilities());
        b.ReservationValue.ShouldBe(0.0);
    }

    [Fact]
    public void ReadProfile_WeightsNotSummingToOne_Rejected()
    {
        var ex = Should.Throw<InputException>(() => GeniusWebJson.ReadProfile(Gw("bad-sum.json"), Trip()));
        ex.Detail.ShouldBe("expected the issue weights to sum to 1 (GeniusWeb requires it), but they sum to 1.1.");
        ex.Location!.Value.Line.ShouldBe(9);
    }

    [Fact]
    public void ReadProfile_UtilityAboveOne_Rejected()
    {
        var ex = Should.Throw<InputException>(() => GeniusWebJson.ReadProfile(Gw("bad-utility.json"), Trip()));
        ex.Detail.ShouldBe("expected a utility in [0, 1] for value \"Beach\" of issue \"Destination\", but found 1.5.");
        ex.Location!.Value.Line.ShouldBe(5);
        ex.Location!.Value.Column.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void ReadProfile_ValueNotInDomain_Rejected()
    {
        var ex = Should.Throw<InputException>(() => GeniusWebJson.ReadProfile(Gw("value-not-in-domain.json"), Trip()));
        ex.Detail.ShouldBe("issue \"Destination\" has value \"Jungle\", which the domain does not list (domain values: \"Beach\", \"City\", \"Mountains\").");
    }

    [Fact]
    public void ReadDomain_MalformedJson_ReportsFileLineAndColumn()
    {
        var ex = Should.Throw<InputException>(() => GeniusWebJson.ReadDomain(Gw("malformed.json")));
        SourceLocation at = ex.Location.ShouldNotBeNull();
        at.Line.ShouldBe(4);
        at.Column.ShouldBeGreaterThan(1);
        ex.Message.ShouldStartWith($"{Gw("malformed.json")}:4:{at.Column}: expected valid JSON");
    }

    [Fact]
    public void ReadProfile_DomainGivenAsProfile_SaysWhatWasExpected()
    {
        var ex = Should.Throw<InputException>(() => GeniusWebJson.ReadProfile(Gw("trip.json"), Trip()));
        ex.Detail.ShouldBe("expected a GeniusWeb profile: an object with \"LinearAdditiveUtilitySpace\", but found properties \"name\", \"issuesValues\".");
    }

    [Fact]
    public void ReadFolder_DomainAndProfiles_SkipsSpecialsAndBrokenProfiles()
    {
        // Given trip.json, two profiles, three broken profiles, a malformed file and ANL's specials.json,
        Scenario s = GeniusWebJson.ReadFolder(Fixture("geniusweb"));

        // Then the two valid profiles, in file-name order.
        s.Name.ShouldBe("trip");
        s.Parties.Select(p => p.Name).ShouldBe(["tripA", "tripB"]);
    }

    [Fact]
    public void ReadScenario_ExplicitFiles_PartiesNamedAfterFiles()
    {
        Scenario s = GeniusWebJson.ReadScenario(Gw("trip.json"), [Gw("tripB.json"), Gw("tripA.json")]);
        s.Parties.Select(p => p.Name).ShouldBe(["tripB", "tripA"]);
    }

    [Fact]
    public void ReadProfile_EmptyAndGarbageFiles_InputExceptionNeverJsonException()
    {
        using var tmp = new TempFolder();
        string[] bodies = ["", "[]", "{", "{\"LinearAdditiveUtilitySpace\": 3}", "{\"LinearAdditiveUtilitySpace\": {}}", "{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {}, \"issueWeights\": {}}}", "null"];
        for (int i = 0; i < bodies.Length; i++)
        {
            string file = tmp.File($"garbage{i}.json");
            File.WriteAllText(file, bodies[i]);
            var ex = Should.Throw<InputException>(() => GeniusWebJson.ReadProfile(file, Trip()));
            ex.Message.ShouldContain($"garbage{i}.json");
        }
    }
}
