using Winset.Analysis;
using Winset.Analysis.Perspective;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Core.Tests.Perspective;

public class PerspectiveAnalyzerTests
{
    [Fact]
    public void Explain_Script_NumbersAgreeWithTheAnalysisLayer()
    {
        // Given the fixture and its script, when every move is explained, then utilities, individual rationality,
        // win-sets, approvals and distances are the analysis layer's, in the level-II state of the move's round.
        Scenario scenario = PerspectiveFixtures.TwoLevel();
        var matrix = LevelTwoMatrix.Compute(scenario);
        ScenarioAnalysis analysis = ScenarioAnalyzer.Analyze(matrix.Parties);
        IReadOnlyList<MovePerspective> all = PerspectiveAnalyzer.ExplainScript(scenario);
        all.Count.ShouldBe(5);
        foreach (MovePerspective p in all)
        {
            LevelTwoState state = StateAt(scenario, p.Round);
            OutcomeIndex o = p.Offer!.Value;
            p.Sender.Utility.ShouldBe(matrix.Parties.Utility(p.Sender.Party, o));
            p.Sender.InWinSet.ShouldBe(WinSets.Compute(matrix, state, p.Sender.Party).Contains(o));
            foreach (ReceiverView r in p.Receivers)
            {
                r.Utility.ShouldBe(matrix.Parties.Utility(r.Party, o));
                r.InWinSet.ShouldBe(WinSets.Compute(matrix, state, r.Party).Contains(o));
                r.IndividuallyRational.ShouldBe(WinSets.IndividuallyRational(matrix, state, r.Party).Contains(o));
                r.Reservation.ShouldBe(state.Reservations[r.Party]);
            }

            foreach (ConstituencyView c in p.HomeFront)
            {
                c.Utility.ShouldBe(matrix.ConstituencyUtilities(c.Party, c.Constituency)[o.Value]);
                c.Threshold.ShouldBe(state.Thresholds[c.Party][c.Constituency]);
                c.Mobilisation.ShouldBe(state.Mobilisations[c.Party][c.Constituency]);
                c.Approves.ShouldBe(scenario.Parties[c.Party].Constituencies[c.Constituency].WithThreshold(c.Threshold).Approves(c.Utility));
            }

            var u = matrix.Parties.UtilitiesOf(o);
            p.DistanceToParetoFrontier.ShouldBe(SolutionDistances.ToParetoFrontier(matrix.Parties, analysis, u.AsSpan()));
            p.DistanceToNash.ShouldBe(SolutionDistances.ToNash(analysis, u.AsSpan()));
        }
    }

    [Fact]
    public void Explain_Concessions_AreMeasuredAgainstTheReference()
    {
        Scenario scenario = PerspectiveFixtures.TwoLevel();
        var u = UtilityMatrix.Compute(scenario);
        IReadOnlyList<MovePerspective> all = PerspectiveAnalyzer.ExplainScript(scenario);
        OutcomeIndex package = scenario.Space.IndexOf(PerspectiveFixtures.Offer(1, 1));
        OutcomeIndex counter = scenario.Space.IndexOf(PerspectiveFixtures.Offer(1, 0));

        all[0].ReferenceKind.ShouldBe(ReferenceKind.None);
        all[0].Sender.Concession.ShouldBeNull();
        all[2].ReferenceKind.ShouldBe(ReferenceKind.OwnPreviousOffer);
        all[2].Sender.Concession.ShouldBe(0);

        // South had made no offer: its counter-offer is measured against the terms on the table.
        all[3].ReferenceKind.ShouldBe(ReferenceKind.StandingTerms);
        all[3].Sender.Concession.ShouldBe(u.Utility(1, package) - u.Utility(1, counter));
        all[3].Receiver(0)!.PerceivedConcession.ShouldBe(u.Utility(0, counter) - u.Utility(0, package));

        // Responses answer the last offer of the other side and carry no concession.
        all[1].Sender.RespondsTo.ShouldBe(0);
        all[1].Offer.ShouldBe(package);
        all[1].Sender.Concession.ShouldBeNull();
        all[4].Sender.RespondsTo.ShouldBe(3);
    }

    [Fact]
    public void Explain_ConditionalOfferToHighContextReceiver_RationalRefusalFromFaceCost()
    {
        // Given a low-context sender and a high-context, face-sensitive receiver, when the conditional offer is
        // explained, then the receiver's face cost takes the package below its reservation value: it says no.
        MovePerspective p = PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel())[0];
        ReceiverView south = p.Receiver(1)!;
        south.IndividuallyRational.ShouldBe(true);
        south.InWinSet.ShouldBe(true);
        south.FaceCost.ShouldBe(0.9 * south.Perceived.FaceThreat * south.Utility!.Value, 1e-12);
        south.NetUtility!.Value.ShouldBeLessThan(south.Reservation);
        south.WouldAccept.ShouldBe(false);
        south.Mismatch.IsFlagged.ShouldBeTrue();
        p.Text.ShouldContain("North means a generous offer; South hears a request to become a supplicant");
        p.Text.ShouldContain("Accepting now would mean asking in public, a face cost of");
        p.Text.ShouldContain("A rational South says no");

        MovePerspective refusal = PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel())[1];
        refusal.Sender.Reception!.WouldAccept.ShouldBe(false);
        refusal.Text.ShouldContain("South heard the offer as a request to become a supplicant.");
    }

    [Fact]
    public void Explain_PublicDisclosure_AppliesTheTimelineAndTheHomeFrontTurns()
    {
        MovePerspective p = PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel())[2];
        ReceiverView south = p.Receiver(1)!;
        south.InWinSetBefore.ShouldBe(true);
        south.InWinSet.ShouldBe(false);
        south.Reservation.ShouldBe(0.35, 1e-12);
        south.AudienceCost.ShouldBeGreaterThan(0);
        ConstituencyView industry = p.HomeFront.Single(c => c.Name == "Industry");
        industry.ApprovedBefore.ShouldBe(true);
        industry.Approves.ShouldBeFalse();
        industry.MobilisationBefore.ShouldBe(0.5);
        industry.Mobilisation.ShouldBe(1);
        industry.Pivotal.ShouldBeTrue();
        p.Text.ShouldContain("The terms have left South's win-set: Industry (0.45 < 0.50) holds the key.");
        p.Text.ShouldContain("the approval of Industry drops below its threshold (0.45 < 0.50)");
        p.Text.ShouldContain("the mobilisation of Industry rises from 0.50 to 1.00");
    }

    [Fact]
    public void Explain_IdenticalProfiles_NoMismatchAnywhere()
    {
        var same = new CommunicationProfile(0.4, 0.7, 0.3);
        foreach (MovePerspective p in PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel(same, same)))
        {
            foreach (ReceiverView r in p.Receivers)
            {
                r.Mismatch.Size.ShouldBe(0);
            }

            p.Text.ShouldNotContain("mismatch of");
            p.Text.ShouldContain("hears it as meant");
        }
    }

    [Fact]
    public void Explain_ReceiverProfileDivergesStepByStep_MismatchGrows()
    {
        var sender = PerspectiveFixtures.LowContext;
        double previous = -1;
        for (int step = 0; step <= 5; step++)
        {
            double t = step / 5.0;
            var receiver = new CommunicationProfile(
                sender.Directness + (t * (0.2 - sender.Directness)), sender.FaceSensitivity + (t * (0.9 - sender.FaceSensitivity)), sender.AudienceCost);
            double m = PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel(sender, receiver))[0].Receiver(1)!.Mismatch.Size;
            (step == 0 ? m == 0 : m > previous).ShouldBeTrue($"step {step}: {m} after {previous}");
            previous = m;
        }
    }

    [Fact]
    public void Text_WhenTheNumbersChange_TheSentencesChange()
    {
        MovePerspective baseline = PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel())[0];

        // A less face-sensitive receiver: a smaller face cost, and now the package pays.
        MovePerspective calmer = PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel(south: PerspectiveFixtures.HighContext with { FaceSensitivity = 0.1 }))[0];
        calmer.Text.ShouldNotBe(baseline.Text);
        calmer.Receiver(1)!.FaceCost.ShouldBeLessThan(baseline.Receiver(1)!.FaceCost);
        calmer.Text.ShouldContain($"a face cost of {calmer.Receiver(1)!.FaceCost:0.00} for South");
        calmer.Text.ShouldContain("A rational South would accept.");

        // Another utility for the receiver: another number in the sentence.
        MovePerspective richer = PerspectiveAnalyzer.ExplainScript(PerspectiveFixtures.TwoLevel(southAccessMid: 0.8))[0];
        richer.Receiver(1)!.Utility!.Value.ShouldBe(0.7, 1e-12);
        richer.Text.ShouldContain("the terms are worth 0.70 to it");
        baseline.Text.ShouldContain("the terms are worth 0.60 to it");
    }

    [Fact]
    public void ExplainOffer_HypotheticalAfterTheScript_UsesHistoryForReferenceAndState()
    {
        Scenario scenario = PerspectiveFixtures.TwoLevel();
        var analyzer = new PerspectiveAnalyzer(scenario);
        var hypothetical = new ScriptedMove("North drops the safeguard", 0, SpeechAct.Offer, PerspectiveFixtures.Offer(1, 0), 2);
        MovePerspective p = analyzer.ExplainOffer(hypothetical, scenario.Moves.Take(3).ToList());
        p.Index.ShouldBe(3);
        p.ReferenceKind.ShouldBe(ReferenceKind.OwnPreviousOffer);
        p.Sender.Concession!.Value.ShouldBeGreaterThan(0);
        p.Receiver(1)!.PerceivedConcession!.Value.ShouldBeGreaterThan(0);
        p.Receiver(1)!.Reservation.ShouldBe(0.35, 1e-12);
        p.Text.ShouldContain($"South hears a concession worth {p.Receiver(1)!.PerceivedConcession:0.00} where North gave up {p.Sender.Concession:0.00}.");
    }

    [Fact]
    public void Explain_OfferOutsideTheSpace_Throws()
    {
        var analyzer = new PerspectiveAnalyzer(PerspectiveFixtures.TwoLevel());
        Should.Throw<ArgumentException>(() => analyzer.Explain([new ScriptedMove("x", 0, SpeechAct.Offer, new Outcome([5, 0]))]))
            .Message.ShouldContain("has value 5 for issue 0");
    }

    private static LevelTwoState StateAt(Scenario scenario, int round)
    {
        LevelTwoState s = LevelTwoState.Initial(scenario);
        foreach (TimelineEvent e in scenario.Timeline!.Events.Where(e => e.Round <= round))
        {
            s = s.Apply(e, scenario);
        }

        return s;
    }
}
