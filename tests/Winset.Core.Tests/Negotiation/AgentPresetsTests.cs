using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Agents.Bidding;

namespace Winset.Core.Tests.Negotiation;

public sealed class AgentPresetsTests
{
    [Fact]
    public void Names_HoldTheRequiredPresets_WithOneLineDescriptions()
    {
        AgentPresets.Names.ShouldBe(["aspiration", "boulware", "conceder", "hardliner", "linear", "micro", "nicetft", "random", "titfortat"]);
        foreach (AgentPreset p in AgentPresets.All)
        {
            p.Description.ShouldNotBeNullOrWhiteSpace();
            p.Description.ShouldNotContain('\n');
        }
    }

    [Fact]
    public void Create_UnknownName_ThrowsListingTheKnownNames()
    {
        var e = Should.Throw<InputException>(() => AgentPresets.Create("bolware"));
        e.Message.ShouldBe("Unknown agent 'bolware'. Known agents: aspiration, boulware, conceder, hardliner, linear, micro, nicetft, random, titfortat.");
    }

    [Fact]
    public void Create_WithParameters_BuildsThemAndNamesTheAgentCanonically()
    {
        Agent a = AgentPresets.Create(" Boulware( e = 0.10 , k=0.05 ) ");
        a.Name.ShouldBe("boulware(e=0.1, k=0.05)");
        var bidding = a.Bidding.ShouldBeOfType<TimeDependentBidding>();
        bidding.E.ShouldBe(0.1);
        bidding.K.ShouldBe(0.05);
        AgentPresets.Create("conceder").Bidding.ShouldBeOfType<TimeDependentBidding>().E.ShouldBe(2);
        AgentPresets.Create("linear").Bidding.ShouldBeOfType<TimeDependentBidding>().E.ShouldBe(1);
        AgentPresets.Create("boulware()").Name.ShouldBe("boulware");
        a.Describe().ShouldBe("boulware(e=0.1, k=0.05): bidding=TimeDependent(e=0.1, k=0.05), acceptance=AC_next");
        AgentPresets.Create("nicetft").Describe().ShouldBe("nicetft: bidding=NiceTitForTat, acceptance=AC_next, model=Frequency(learningRate=0.2), selector=BestForOpponents(window=20)");
    }

    [Theory]
    [InlineData("boulware(x=1)", "The agent 'boulware' has no parameter 'x'. Its parameters: e, k.")]
    [InlineData("micro(e=1)", "The agent 'micro' takes no parameters, but 'e' was given.")]
    [InlineData("boulware(e=-1)", "The agent 'boulware': parameter 'e' is '-1', but it must be concession exponent, > 0 (< 1 Boulware).")]
    [InlineData("linear(k=2)", "The agent 'linear': parameter 'k' is '2', but it must be initial concession, in [0, 1].")]
    [InlineData("boulware(e=0.1", "Cannot read the agent 'boulware(e=0.1': write a name, optionally with parameters, e.g. boulware or boulware(e=0.1).")]
    [InlineData("boulware(0.1)", "Cannot read the agent 'boulware(0.1)': write a name, optionally with parameters, e.g. boulware or boulware(e=0.1).")]
    public void Create_BadSpecification_ThrowsInputException(string spec, string message)
    {
        Should.Throw<InputException>(() => AgentPresets.Create(spec)).Message.ShouldBe(message);
    }

    [Fact]
    public void EveryPreset_PlaysEveryOtherPreset_WithoutError()
    {
        Scenario two = ScenarioGenerator.LinearAdditive(3, parties: 2, issues: 3, valuesPerIssue: 4, maxReservationValue: 0.5);
        Scenario three = ScenarioGenerator.LinearAdditive(3, parties: 3, issues: 2, valuesPerIssue: 5, maxReservationValue: 0.5);
        var p2 = PreparedScenario.Create(two);
        var p3 = PreparedScenario.Create(three);
        foreach (string a in AgentPresets.Names)
        {
            foreach (string b in AgentPresets.Names)
            {
                SessionOutcome o = Session.Run(p2, [AgentPresets.Create(a), AgentPresets.Create(b)], NegotiationFixtures.Rounds(50));
                o.Result.Ended.ShouldNotBe(SessionEnd.Error, $"{a} vs {b}: {o.Result.ErrorMessage}");
                SessionPropertyTests.CheckInvariants(two, o, 50);
                SessionOutcome o3 = Session.Run(p3, [AgentPresets.Create(a), AgentPresets.Create(b), AgentPresets.Create(a)], NegotiationFixtures.Rounds(30));
                o3.Result.Ended.ShouldNotBe(SessionEnd.Error, $"{a} vs {b} vs {a}: {o3.Result.ErrorMessage}");
            }
        }
    }
}
