using System.Globalization;

namespace Winset.Model;

/// <summary>
/// Seeded random linear-additive scenarios, for benchmarks, property tests and <c>winset bench</c>: the same seed and
/// arguments give the same scenario on every machine.
/// </summary>
/// <remarks>
/// Every party gets random positive weights normalised to sum to 1 and, per issue, a random evaluation in [0, 1] for
/// each value with the best value of each issue at exactly 1 (as GENIUS normalises). With <c>evaluationLevels</c> &gt; 0
/// evaluations are drawn from the grid {0, 1/L, …, 1}, which creates many equal utilities (ties) for tests.
/// Issues are named <c>issue1…</c>, values <c>v1…</c>, parties <c>party1…</c>.
/// </remarks>
public static class ScenarioGenerator
{
    /// <summary>A random scenario whose issues all have <paramref name="valuesPerIssue"/> values.</summary>
    public static Scenario LinearAdditive(
        int seed, int parties, int issues, int valuesPerIssue, double maxReservationValue = 0, int evaluationLevels = 0) =>
        LinearAdditive(new Random(seed), parties, Enumerable.Repeat(valuesPerIssue, issues).ToArray(), maxReservationValue, evaluationLevels);

    /// <summary>A random scenario with the given number of values for each issue.</summary>
    /// <param name="random">The seeded generator all choices come from.</param>
    /// <param name="parties">The number of parties, at least 1.</param>
    /// <param name="valuesPerIssue">Each issue's number of values (each at least 1; at least one issue).</param>
    /// <param name="maxReservationValue">Reservation values are drawn uniformly from [0, this]; 0 gives none.</param>
    /// <param name="evaluationLevels">0 for continuous evaluations, or L &gt; 0 for evaluations on the grid k/L.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static Scenario LinearAdditive(
        Random random, int parties, IReadOnlyList<int> valuesPerIssue, double maxReservationValue = 0, int evaluationLevels = 0)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(valuesPerIssue);
        ArgumentOutOfRangeException.ThrowIfLessThan(parties, 1);
        ArgumentOutOfRangeException.ThrowIfZero(valuesPerIssue.Count, nameof(valuesPerIssue));
        ArgumentOutOfRangeException.ThrowIfNegative(evaluationLevels);
        if (!(maxReservationValue >= 0 && maxReservationValue <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxReservationValue), maxReservationValue, "The largest reservation value must be in [0, 1].");
        }

        var issueList = new Issue[valuesPerIssue.Count];
        for (int i = 0; i < issueList.Length; i++)
        {
            int count = valuesPerIssue[i];
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(valuesPerIssue));
            var names = new string[count];
            for (int v = 0; v < count; v++)
            {
                names[v] = "v" + (v + 1).ToString(CultureInfo.InvariantCulture);
            }

            issueList[i] = new DiscreteIssue("issue" + (i + 1).ToString(CultureInfo.InvariantCulture), names);
        }

        var space = new OutcomeSpace("random", issueList);
        var partyList = new Party[parties];
        for (int p = 0; p < parties; p++)
        {
            var weights = new double[issueList.Length];
            double total = 0;
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] = 0.05 + random.NextDouble();
                total += weights[i];
            }

            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] /= total;
            }

            var evaluators = new IssueEvaluator[issueList.Length];
            for (int i = 0; i < evaluators.Length; i++)
            {
                int count = issueList[i].Count;
                var eval = new double[count];
                for (int v = 0; v < count; v++)
                {
                    eval[v] = evaluationLevels > 0 ? random.Next(evaluationLevels + 1) / (double)evaluationLevels : random.NextDouble();
                }

                eval[random.Next(count)] = 1.0;
                evaluators[i] = new DiscreteEvaluator([.. eval]);
            }

            double reservation = maxReservationValue > 0 ? random.NextDouble() * maxReservationValue : 0;
            if (evaluationLevels > 0)
            {
                reservation = Math.Round(reservation * evaluationLevels) / evaluationLevels;
            }

            string name = "party" + (p + 1).ToString(CultureInfo.InvariantCulture);
            partyList[p] = new Party(name, new LinearAdditiveProfile(name, space, weights, evaluators, reservation));
        }

        return new Scenario("random", space, partyList);
    }
}
