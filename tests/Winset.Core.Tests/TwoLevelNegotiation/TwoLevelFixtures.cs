using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Core.Tests.TwoLevelNegotiation;

/// <summary>Hand-made two-level scenarios: the closed-form oracle of the two-level brief, with options.</summary>
internal static class TwoLevelFixtures
{
    /// <summary>
    /// One issue x ∈ {0, …, 100}; party 0 ("US") has utility x/100, party 1 ("China") (100 − x)/100. The US home has one
    /// constituency ("Congress") with utility x/100 and threshold cA/100, so it ratifies iff x ≥ cA; China's
    /// ("Conservatives") has utility (100 − x)/100 and threshold 1 − cB/100, so it ratifies iff x ≤ cB.
    /// </summary>
    public static Scenario Oracle(
        int cA, int cB, double discount = 1, Timeline? timeline = null, double usReservation = 0, double chinaReservation = 0, int extraConstituencies = 0)
    {
        var space = new OutcomeSpace("oracle", [new IntegerIssue("x", 0, 100)]);
        double[] up = Enumerable.Range(0, 101).Select(x => x / 100.0).ToArray();
        double[] down = Enumerable.Range(0, 101).Select(x => (100 - x) / 100.0).ToArray();
        Profile Profile(string name, double[] e, double reservation = 0, double d = 1) =>
            new LinearAdditiveProfile(name, space, [1.0], [new DiscreteEvaluator([.. e])], reservation, d);

        var usHome = new List<Constituency> { new("Congress", Profile("Congress", up), 1, cA / 100.0) };
        var chinaHome = new List<Constituency> { new("Conservatives", Profile("Conservatives", down), 1, 1 - (cB / 100.0)) };
        for (int i = 0; i < extraConstituencies; i++)
        {
            // Groups that approve everything: they do not change the win-sets, only the vote's arithmetic.
            usHome.Add(new Constituency("US" + i, Profile("US" + i, up), 1, 0));
            chinaHome.Add(new Constituency("CN" + i, Profile("CN" + i, down), 1, 0));
        }

        return new Scenario(
            "oracle",
            space,
            [
                new Party("US", Profile("US", up, usReservation, discount), usHome),
                new Party("China", Profile("China", down, chinaReservation, discount), chinaHome),
            ],
            timeline: timeline);
    }

    /// <summary>The value of x of an outcome of <see cref="Oracle"/>.</summary>
    public static int X(OutcomeIndex outcome) => outcome.Value;

    public static ImmutableArray<T> Array<T>(params T[] items) => [.. items];
}
