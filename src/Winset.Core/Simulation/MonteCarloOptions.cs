using Winset.Diagnostics;
using Winset.Negotiation;
using Winset.Negotiation.TwoLevel;

namespace Winset.Simulation;

/// <summary>The settings of a Monte Carlo simulation (<see cref="MonteCarlo.Run(Model.Scenario, IReadOnlyList{Negotiation.Agents.Agent}, MonteCarloOptions)"/>).</summary>
/// <remarks>Mutable configuration, validated when the simulation starts; every violation is reported at once.</remarks>
public sealed class MonteCarloOptions
{
    /// <summary>The default σ of the threshold noise: 0.05 (five points of utility).</summary>
    public const double DefaultNoise = 0.05;

    /// <summary>The number of sessions.</summary>
    /// <value>The default is 1000. Must be in [1, 10,000,000].</value>
    public int Runs { get; set; } = 1000;

    /// <summary>The simulation's seed; run i uses the session seed <see cref="MonteCarlo.RunSeed"/>(Seed, i).</summary>
    /// <value>The default is 0.</value>
    public int Seed { get; set; }

    /// <summary>
    /// σ of the noise on constituency thresholds: in each run, every constituency's true threshold is the scenario's
    /// plus a draw of Normal(0, σ) (see <see cref="SessionOptions.Noise"/>).
    /// </summary>
    /// <value>The default is <see cref="DefaultNoise"/>. Must be in [0, 1].</value>
    public double Noise { get; set; } = DefaultNoise;

    /// <summary>σ of each negotiator's own error in estimating thresholds (see <see cref="SessionOptions.BeliefNoise"/>).</summary>
    /// <value>The default is 0. Must be in [0, 1].</value>
    public double BeliefNoise { get; set; }

    /// <summary>The bias negotiators add to the thresholds they believe (see <see cref="SessionOptions.BeliefBias"/>).</summary>
    /// <value>The default is 0. Must be in [−1, 1].</value>
    public double BeliefBias { get; set; }

    /// <summary>What ratification-aware negotiators know of the win-sets.</summary>
    /// <value>The default is <see cref="Information.Estimated"/>: they do not know the run's noise.</value>
    public Information Information { get; set; } = Information.Estimated;

    /// <summary>How many runs execute at once; 0 means one per processor.</summary>
    /// <value>The default is 0. The result does not depend on it.</value>
    public int Parallelism { get; set; }

    /// <summary>The deadline in rounds for a scenario without a timeline (with one, the timeline's rounds count).</summary>
    /// <value>The default is 100. Must be positive.</value>
    public int Rounds { get; set; } = 100;

    /// <summary>The most deal clusters reported; the rarer deals are pooled as "other deals".</summary>
    /// <value>The default is 3. Must be positive.</value>
    public int MaxDealClusters { get; set; } = 3;

    /// <summary>
    /// Deals whose parties' utilities are within this Euclidean distance of a cluster's terms join that cluster (0:
    /// only identical outcomes).
    /// </summary>
    /// <value>The default is 0.05. Must be in [0, 1].</value>
    public double ClusterRadius { get; set; } = 0.05;

    /// <summary>Checks every option.</summary>
    /// <exception cref="InputException">Some option is out of range; the message lists every violation.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (Runs < 1 || Runs > 10_000_000)
        {
            errors.Add(SimulationErrorMessages.BadRuns(Runs));
        }

        if (!(Noise >= 0 && Noise <= 1))
        {
            errors.Add(NegotiationErrorMessages.BadNoise("threshold noise", Noise));
        }

        if (!(BeliefNoise >= 0 && BeliefNoise <= 1))
        {
            errors.Add(NegotiationErrorMessages.BadNoise("belief noise", BeliefNoise));
        }

        if (!(BeliefBias >= -1 && BeliefBias <= 1))
        {
            errors.Add(NegotiationErrorMessages.BadBeliefBias(BeliefBias));
        }

        if (!Enum.IsDefined(Information))
        {
            errors.Add(SimulationErrorMessages.BadInformation(Information.ToString()));
        }

        if (Parallelism < 0)
        {
            errors.Add(SimulationErrorMessages.BadParallelism(Parallelism));
        }

        if (Rounds < 1)
        {
            errors.Add(NegotiationErrorMessages.RoundsNotPositive(Rounds));
        }

        if (MaxDealClusters < 1)
        {
            errors.Add(SimulationErrorMessages.BadClusters(MaxDealClusters));
        }

        if (!(ClusterRadius >= 0 && ClusterRadius <= 1))
        {
            errors.Add(SimulationErrorMessages.BadRadius(ClusterRadius));
        }

        if (errors.Count > 0)
        {
            throw new InputException(string.Join(" ", errors));
        }
    }
}
