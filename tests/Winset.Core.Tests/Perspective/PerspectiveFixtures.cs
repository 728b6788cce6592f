using Winset.Model;

namespace Winset.Core.Tests.Perspective;

/// <summary>A small two-level scenario (the twin of tests/fixtures/perspective/two-level.yaml) built in code.</summary>
internal static class PerspectiveFixtures
{
    public static readonly CommunicationProfile LowContext = new(0.9, 0.2, 0.6);
    public static readonly CommunicationProfile HighContext = new(0.2, 0.9, 0.5);

    /// <summary>Access × Safeguard (3 × 3); North (exporters) and South (industry, reformers; a weighted vote).</summary>
    public static Scenario TwoLevel(CommunicationProfile? north = null, CommunicationProfile? south = null, double southAccessMid = 0.6, IEnumerable<ScriptedMove>? moves = null)
    {
        var space = new OutcomeSpace("fixture", [new DiscreteIssue("Access", ["low", "mid", "high"]), new DiscreteIssue("Safeguard", ["none", "short", "long"])]);
        Profile Linear(string name, double wa, double[] a, double ws, double[] s, double reservation = 0) =>
            new LinearAdditiveProfile(name, space, [wa, ws], [new DiscreteEvaluator([.. a]), new DiscreteEvaluator([.. s])], reservation);

        var northParty = new Party(
            "North",
            Linear("North", 0.6, [0, 0.6, 1], 0.4, [0, 0.5, 1], 0.2),
            [new Constituency("Exporters", Linear("Exporters", 1, [0, 0.6, 1], 0, [0, 0, 0]), threshold: 0.4)],
            communication: north ?? LowContext);
        var southParty = new Party(
            "South",
            Linear("South", 0.5, [1, southAccessMid, 0], 0.5, [1, 0.6, 0], 0.25),
            [
                new Constituency("Industry", Linear("Industry", 1, [1, 0.45, 0], 0, [0, 0, 0]), threshold: 0.4, mobilisation: 0.5),
                new Constituency("Reformers", Linear("Reformers", 0.5, [0.5, 1, 0.5], 0.5, [1, 0.8, 0.2]), threshold: 0.3),
            ],
            communication: south ?? HighContext);
        Outcome package = Offer(1, 1);
        var timeline = new Timeline(4, [new TimelineEvent(
            2,
            "North publishes the terms",
            [new StateChange(1, null, ChangeTarget.Reservation, 0.1, Relative: true), new StateChange(1, 0, ChangeTarget.Threshold, 0.5)],
            new Disclosure(1, package, 1))]);
        return new Scenario("fixture", space, [northParty, southParty], null, timeline, moves ?? Script());
    }

    public static Outcome Offer(int access, int safeguard) => new([access, safeguard]);

    /// <summary>Conditional offer, refusal, public disclosure (round 2), counter-offer and acceptance (round 3).</summary>
    public static IReadOnlyList<ScriptedMove> Script() =>
    [
        new("North's conditional offer", 0, SpeechAct.ConditionalOffer, Offer(1, 1), 1),
        new("South declines", 1, SpeechAct.Reject, null, 1),
        new("North publishes the terms", 0, SpeechAct.PublicDisclosure, Offer(1, 1), 2, Public: true),
        new("South's offer", 1, SpeechAct.Offer, Offer(1, 0), 3),
        new("North accepts", 0, SpeechAct.Accept, Offer(1, 0), 3),
    ];
}
