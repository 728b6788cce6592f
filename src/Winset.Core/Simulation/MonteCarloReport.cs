using System.Collections.Immutable;
using Winset.Negotiation.TwoLevel;

namespace Winset.Simulation;

/// <summary>
/// The result of a Monte Carlo simulation: how the runs ended (<see cref="RunCategory"/>, which partitions them), when
/// deals came, the likely outcomes with their terms, and how often each event happened. Immutable; the same scenario,
/// agents and options give an equal report, whatever the parallelism.
/// </summary>
public sealed record MonteCarloReport
{
    internal MonteCarloReport(
        string scenario,
        ImmutableArray<string> parties,
        ImmutableArray<string> agents,
        int seed,
        double noise,
        double beliefNoise,
        Information information,
        int deadline,
        ImmutableArray<int> counts,
        AgreementTimes agreementTimes,
        ImmutableArray<PressRelease> outcomes,
        ImmutableArray<EventFrequency> events,
        ImmutableArray<double> meanUtilities,
        ImmutableArray<RunSummary> runResults)
    {
        Scenario = scenario;
        Parties = parties;
        Agents = agents;
        Seed = seed;
        Noise = noise;
        BeliefNoise = beliefNoise;
        Information = information;
        Deadline = deadline;
        Counts = counts;
        AgreementTimes = agreementTimes;
        Outcomes = outcomes;
        Events = events;
        MeanUtilities = meanUtilities;
        RunResults = runResults;
    }

    /// <summary>The scenario's name.</summary>
    public string Scenario { get; }

    /// <summary>The parties, in party order.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>The agents' names, in party order.</summary>
    public ImmutableArray<string> Agents { get; }

    /// <summary>The number of runs.</summary>
    public int Runs => RunResults.Length;

    /// <summary>The simulation's seed.</summary>
    public int Seed { get; }

    /// <summary>σ of the threshold noise.</summary>
    public double Noise { get; }

    /// <summary>σ of the negotiators' estimation error.</summary>
    public double BeliefNoise { get; }

    /// <summary>What the negotiators knew.</summary>
    public Information Information { get; }

    /// <summary>The deadline, in rounds.</summary>
    public int Deadline { get; }

    /// <summary>The number of runs in each <see cref="RunCategory"/>, indexed by the category.</summary>
    public ImmutableArray<int> Counts { get; }

    /// <summary>The number of runs in a category.</summary>
    public int Count(RunCategory category) => Counts[(int)category];

    /// <summary>The share of runs in a category.</summary>
    public double Probability(RunCategory category) => Counts[(int)category] / (double)Runs;

    /// <summary>The probability of a ratified agreement.</summary>
    public double PRatifiedAgreement => Probability(RunCategory.RatifiedAgreement);

    /// <summary>The probability of an agreement rejected at home (involuntary defection).</summary>
    public double PRatificationFailure => Probability(RunCategory.RatificationFailure);

    /// <summary>The probability of no agreement by the deadline (delay past the deadline).</summary>
    public double PNoAgreement => Probability(RunCategory.NoAgreement);

    /// <summary>The probability of a breakdown (a walk-away).</summary>
    public double PBreakdown => Probability(RunCategory.Breakdown);

    /// <summary>The probability of an agent's failure.</summary>
    public double PError => Probability(RunCategory.Error);

    /// <summary>When the ratified agreements came.</summary>
    public AgreementTimes AgreementTimes { get; }

    /// <summary>The press releases, most likely first; their probabilities sum to 1.</summary>
    public ImmutableArray<PressRelease> Outcomes { get; }

    /// <summary>How often each timeline event took effect, in timeline order.</summary>
    public ImmutableArray<EventFrequency> Events { get; }

    /// <summary>Each party's mean utility over the runs (as <see cref="Negotiation.SessionResult.Utilities"/>).</summary>
    public ImmutableArray<double> MeanUtilities { get; }

    /// <summary>Every run, in run order.</summary>
    public ImmutableArray<RunSummary> RunResults { get; }
}
