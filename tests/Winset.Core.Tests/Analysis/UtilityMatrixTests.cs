using Winset.Analysis;
using Winset.Model;

namespace Winset.Core.Tests.Analysis;

public sealed class UtilityMatrixTests
{
    [Fact]
    public void Compute_Scenario_OneRowPerPartyAndReservations()
    {
        Scenario scenario = ScenarioGenerator.LinearAdditive(7, parties: 3, issues: 2, valuesPerIssue: 3, maxReservationValue: 0.5);

        var matrix = UtilityMatrix.Compute(scenario);

        matrix.PartyCount.ShouldBe(3);
        matrix.OutcomeCount.ShouldBe(9);
        matrix.PartyNames.ShouldBe(["party1", "party2", "party3"]);
        for (int p = 0; p < 3; p++)
        {
            Profile profile = scenario.Parties[p].Profile;
            matrix.ReservationValues[p].ShouldBe(profile.ReservationValue);
            for (int i = 0; i < 9; i++)
            {
                matrix.Utility(p, new OutcomeIndex(i)).ShouldBe(profile.Utility(scenario.Space.OutcomeAt(new OutcomeIndex(i))));
            }
        }

        matrix.UtilitiesOf(new OutcomeIndex(4)).ShouldBe([matrix.Utility(0, new OutcomeIndex(4)), matrix.Utility(1, new OutcomeIndex(4)), matrix.Utility(2, new OutcomeIndex(4))]);
    }

    [Fact]
    public void FromRows_CopiesRows()
    {
        double[] row = [0.1, 0.2];
        var matrix = UtilityMatrix.FromRows([row, [0.3, 0.4]]);

        row[0] = 9;

        matrix.Utility(0, new OutcomeIndex(0)).ShouldBe(0.1);
        matrix.ReservationValues.ShouldBe([0.0, 0.0]);
    }

    [Fact]
    public void FromRows_RaggedOrNotFinite_Throws()
    {
        Should.Throw<ArgumentException>(() => UtilityMatrix.FromRows([[0.1, 0.2], [0.3]])).Message.ShouldContain("Row 1 has 1 outcomes");
        Should.Throw<ArgumentException>(() => UtilityMatrix.FromRows([[0.1, double.NaN]])).Message.ShouldContain("not finite");
        Should.Throw<ArgumentException>(() => UtilityMatrix.FromRows([[0.1]], [0.1, 0.2])).Message.ShouldContain("2 reservation values for 1 parties");
    }

    [Fact]
    public void IndividuallyRational_ComparesOnTheGrid()
    {
        // 0.1 + 0.2 = 0.30000000000000004 and 0.3 are the same on the 1e-12 grid.
        var matrix = UtilityMatrix.FromRows([[0.3, 0.29, 0.5], [0.5, 0.5, 0.5]], [0.1 + 0.2, 0.5]);

        matrix.IndividuallyRationalMask().ShouldBe([true, false, true]);
        matrix.IndividuallyRationalMask(tieQuantum: 0).ShouldBe([false, false, true]);
        matrix.IsIndividuallyRational(new OutcomeIndex(0)).ShouldBeTrue();
        matrix.IsIndividuallyRational(new OutcomeIndex(0), tieQuantum: 0).ShouldBeFalse();
    }

    [Fact]
    public void Utilities_PartyOutOfRange_Throws()
    {
        var matrix = UtilityMatrix.FromRows([[0.1], [0.2]]);

        Should.Throw<ArgumentOutOfRangeException>(() => matrix.Utilities(2).Length);
    }
}
