using Winset.Analysis;
using Winset.Model;

namespace Winset.Core.Tests.Model;

public sealed class ScenarioGeneratorTests
{
    [Fact]
    public void LinearAdditive_SameSeed_SameUtilities()
    {
        var a = UtilityMatrix.Compute(ScenarioGenerator.LinearAdditive(42, parties: 2, issues: 3, valuesPerIssue: 4, maxReservationValue: 0.5));
        var b = UtilityMatrix.Compute(ScenarioGenerator.LinearAdditive(42, parties: 2, issues: 3, valuesPerIssue: 4, maxReservationValue: 0.5));
        var c = UtilityMatrix.Compute(ScenarioGenerator.LinearAdditive(43, parties: 2, issues: 3, valuesPerIssue: 4, maxReservationValue: 0.5));

        a.Utilities(0).ToArray().ShouldBe(b.Utilities(0).ToArray());
        a.ReservationValues.ShouldBe(b.ReservationValues);
        a.Utilities(0).ToArray().ShouldNotBe(c.Utilities(0).ToArray());
    }

    [Fact]
    public void LinearAdditive_Shape_WeightsAndEvaluations()
    {
        Scenario s = ScenarioGenerator.LinearAdditive(new Random(1), 3, [2, 5, 3], maxReservationValue: 0.4, evaluationLevels: 4);

        s.Space.Count.ShouldBe(30);
        s.Parties.Length.ShouldBe(3);
        foreach (Party p in s.Parties)
        {
            var profile = (LinearAdditiveProfile)p.Profile;
            profile.Weights.Sum().ShouldBe(1.0, 1e-12);
            profile.ReservationValue.ShouldBeInRange(0, 0.4);
            (profile.ReservationValue * 4).ShouldBe(Math.Round(profile.ReservationValue * 4), 1e-12);
            foreach (DiscreteEvaluator e in profile.Evaluators.Cast<DiscreteEvaluator>())
            {
                e.Evaluations.Max().ShouldBe(1.0);
                e.Evaluations.ShouldAllBe(v => v >= 0 && v <= 1 && Math.Abs((v * 4) - Math.Round(v * 4)) < 1e-12);
            }
        }
    }

    [Fact]
    public void LinearAdditive_BadArguments_Throw()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ScenarioGenerator.LinearAdditive(1, parties: 0, issues: 1, valuesPerIssue: 2));
        Should.Throw<ArgumentOutOfRangeException>(() => ScenarioGenerator.LinearAdditive(1, parties: 2, issues: 1, valuesPerIssue: 0));
        Should.Throw<ArgumentOutOfRangeException>(() => ScenarioGenerator.LinearAdditive(1, parties: 2, issues: 1, valuesPerIssue: 2, maxReservationValue: 2));
    }
}
