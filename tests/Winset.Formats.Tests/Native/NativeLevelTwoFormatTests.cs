using Winset.Analysis.TwoLevel;
using Winset.Diagnostics;
using Winset.Formats.Native;
using Winset.Model;
using Winset.Testing;

namespace Winset.Formats.Tests.Native;

/// <summary>Constituencies, ratification rules and the timeline in the native format.</summary>
public sealed class NativeLevelTwoFormatTests
{
    private static Scenario Flagship() => NativeScenarioFormat.Read(Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml"));

    [Fact]
    public void Read_Flagship_HasBothHomeFrontsAndTheTimeline()
    {
        Scenario s = Flagship();

        s.Parties.Select(p => p.Name).ShouldBe(["United States", "China"]);
        s.Parties[0].Constituencies.Length.ShouldBe(8);
        s.Parties[1].Constituencies.Select(c => c.Name).ShouldBe(["Reformers", "State-owned industries", "Party conservatives", "Jiang Zemin"]);
        s.Parties[0].Constituencies.Single(c => c.Name == "Business & farm lobby").Mobilisation.ShouldBe(0.3);

        // The US needs its cabinet (with Treasury's veto) and Congress; China a vote under Jiang's veto.
        var us = s.Parties[0].Ratification.ShouldBeOfType<AllOfRule>();
        us.Children.Length.ShouldBe(2);
        us.Children[0].ShouldBeOfType<VetoRule>().Holder.ShouldBe(s.Parties[0].IndexOfConstituency("Treasury"));
        var congress = us.Children[1].ShouldBeOfType<WeightedVoteRule>();
        congress.Quota.ShouldBe(268);
        congress.TotalWeight.ShouldBe(535);
        s.Parties[1].Ratification.ShouldBeOfType<VetoRule>().Holder.ShouldBe(3);

        // 1 April + 7-day rounds to 30 November: 35 rounds; 8 April falls in round 2, 7 May in round 6, 11 September in round 24.
        Timeline t = s.Timeline.ShouldNotBeNull();
        t.Rounds.ShouldBe(35);
        t.Start.ShouldBe(new DateOnly(1999, 4, 1));
        t.Deadline.ShouldBe(new DateOnly(1999, 12, 1)); // the last day of round 35 (25 November - 1 December)
        t.Events.Select(e => e.Round).ShouldBe([2, 2, 6, 24, 32]);
        var disclosure = t.Events[0].Disclosure.ShouldNotBeNull();
        disclosure.Party.ShouldBe(1);
        s.Space.Describe(disclosure.Offer!)[0].Value.ShouldBe(Value.Of("49%"));
        t.Events[2].Changes.ShouldContain(new StateChange(1, null, ChangeTarget.Reservation, 0.8));
        t.Events[0].Changes.ShouldContain(new StateChange(1, null, ChangeTarget.Reservation, 0.1, Relative: true));
    }

    [Fact]
    public void Read_Flagship_HasTheAprilExchangeAndCommunicationProfiles()
    {
        Scenario s = Flagship();
        s.Moves.Length.ShouldBe(6);
        s.Moves[0].Act.ShouldBe(SpeechAct.Offer); // the US position going into the visit
        ScriptedMove clinton = s.Moves[1];
        clinton.Act.ShouldBe(SpeechAct.ConditionalOffer);
        clinton.Sender.ShouldBe(0);
        clinton.Round.ShouldBe(1); // 7 April falls in the week of 1-7 April
        clinton.Public.ShouldBeFalse();
        clinton.Quote.ShouldNotBeNull().ShouldStartWith("If you really need this now");
        s.Moves[2].Act.ShouldBe(SpeechAct.Reject);
        s.Moves[2].Offer.ShouldBe(clinton.Offer); // a YAML alias: the same terms
        s.Moves[3].Public.ShouldBeTrue();        // a public disclosure is public
        s.Parties[0].Communication.ShouldBe(new CommunicationProfile(0.85, 0.25, 0.6));
        s.Parties[1].Communication.Directness.ShouldBe(0.3);
    }

    [Theory]
    [InlineData("moves:\n  - {label: x, sender: A, act: threaten}\n", "ok.yaml:11:32", "unknown speech act 'threaten'; expected one of: offer, conditionalOffer, request, ultimatum, publicDisclosure, privateAssurance, accept, reject")]
    [InlineData("moves:\n  - {label: x, sender: A, act: offer}\n", "ok.yaml:11:5", "needs the 'offer' it makes")]
    [InlineData("moves:\n  - {label: x, sender: A, act: request, offer: {x: 11}}\n", "ok.yaml:11:52", "issue 'x' has no value '11'")]
    [InlineData("    communication: {directness: 2}\n", "ok.yaml:10:33", "expected directness between 0 and 1")]
    public void Read_BadPerspectiveInput_ThrowsWithLocation(string tail, string location, string message)
    {
        var e = Should.Throw<InputException>(() => NativeScenarioFormat.Parse(Base + tail, "ok.yaml"));
        e.Message.ShouldStartWith(location + ": ");
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void WriteThenRead_Flagship_SameWinSetsTimelineAndConstituencies()
    {
        Scenario original = Flagship();
        string yaml = NativeScenarioWriter.ToYaml(original);
        Scenario back = NativeScenarioFormat.Parse(yaml, "again.yaml");

        back.Timeline.ShouldBe(original.Timeline);
        back.Moves.ShouldBe(original.Moves);
        back.Parties.Select(p => p.Communication).ShouldBe(original.Parties.Select(p => p.Communication));
        var m1 = LevelTwoMatrix.Compute(original);
        var m2 = LevelTwoMatrix.Compute(back);
        LevelTwoState s1 = LevelTwoState.Initial(original), s2 = LevelTwoState.Initial(back);
        foreach (TimelineEvent e in original.Timeline!.Events)
        {
            for (int p = 0; p < 2; p++)
            {
                WinSets.Compute(m2, s2, p).Members().ShouldBe(WinSets.Compute(m1, s1, p).Members());
                back.Parties[p].Constituencies.Select(c => (c.Name, c.Weight, c.Threshold, c.Mobilisation))
                    .ShouldBe(original.Parties[p].Constituencies.Select(c => (c.Name, c.Weight, c.Threshold, c.Mobilisation)));
            }

            s1 = s1.Apply(e, original);
            s2 = s2.Apply(e, back);
        }

        NativeScenarioWriter.ToYaml(back).ShouldBe(yaml);
    }

    private const string Base = """
        issues:
          - {name: x, type: integer, min: 0, max: 10}
        parties:
          - name: A
            weights: {x: 1}
            utilities: {x: {linear: {slope: 0.1, offset: 0}}}
            constituencies:
              - {name: Hawks, weight: 2, threshold: 0.6, weights: {x: 1}, utilities: {x: {linear: {slope: 0.1, offset: 0}}}}
              - {name: Doves, weight: 1, threshold: 0.2, weights: {x: 1}, utilities: {x: {linear: {slope: 0.1, offset: 0}}}}

        """;

    [Fact]
    public void Read_WeightedVoteAndNamedRules_DecideTheWinSet()
    {
        Scenario s = NativeScenarioFormat.Parse(Base + "    ratification: Both\n    rules:\n      Both: {vote: {quota: 3, members: [Hawks, Doves]}}\n", "ok.yaml");
        var m = LevelTwoMatrix.Compute(s);
        // Quota 3 of 3: both must approve; the hawks need x ≥ 6.
        WinSets.Compute(m, LevelTwoState.Initial(s), 0).Members().Select(o => o.Value).ShouldBe([6, 7, 8, 9, 10]);
    }

    [Theory]
    [InlineData("    ratification: {allOf: [Hawks, Owls]}\n", "ok.yaml:10:35", "neither a constituency nor a rule of party 'A'; constituencies: Hawks, Doves")]
    [InlineData("    ratification: {vote: {quota: 4, members: [Hawks, Doves]}}\n", "ok.yaml:10:34", "the quota 4 must be above 0 and at most the members' total weight 3")]
    [InlineData("    ratification: R1\n    rules:\n      R1: {anyOf: [Hawks, R2]}\n      R2: {allOf: [R1, Doves]}\n", "ok.yaml:13:20", "form a cycle: R1 → R2 → R1")]
    [InlineData("    ratification: {veto: {holder: Eagles, rule: Hawks}}\n", "ok.yaml:10:35", "has no constituency 'Eagles'")]
    [InlineData("timeline:\n  start: 1999-04-01\n  deadline: 1999-05-01\n  events:\n    - {date: 1999-03-01, label: early, changes: [{party: A, reservation: 0.5}]}\n", "ok.yaml:14:14", "before the timeline starts on 1999-04-01")]
    [InlineData("timeline:\n  start: 1999-04-01\n  deadline: 1999-05-01\n  events:\n    - {date: 1999-06-01, label: late, changes: [{party: A, reservation: 0.5}]}\n", "ok.yaml:14:14", "after the deadline 1999-05-01")]
    [InlineData("timeline:\n  rounds: 10\n  events:\n    - {round: 11, label: late, changes: [{party: A, reservation: 0.5}]}\n", "ok.yaml:13:15", "outside the timeline's rounds 1..10")]
    [InlineData("timeline:\n  rounds: 10\n  events:\n    - {round: 2, label: x, changes: [{party: A, mobilisation: 1}]}\n", "ok.yaml:13:38", "needs the 'constituency'")]
    [InlineData("timeline:\n  rounds: 10\n  events:\n    - {round: 2, label: x, changes: [{party: B, reservation: 1}]}\n", "ok.yaml:13:46", "there is no party 'B'; parties: A")]
    [InlineData("timeline:\n  start: 1999-4-1\n  rounds: 3\n", "ok.yaml:11:10", "as YYYY-MM-DD, found '1999-4-1'")]
    [InlineData("timeline:\n  rounds: 10\n  events:\n    - {round: 2, label: nothing}\n", "ok.yaml:13:7", "changes nothing")]
    public void Read_BadLevelTwoInput_ThrowsWithLocation(string tail, string location, string message)
    {
        var e = Should.Throw<InputException>(() => NativeScenarioFormat.Parse(Base + tail, "ok.yaml"));
        e.Message.ShouldStartWith(location + ": ");
        e.Message.ShouldContain(message);
    }
}
