using System.Collections.Immutable;

namespace Winset.Simulation;

/// <summary>
/// When the ratified agreements were reached, in rounds (and dates, when the timeline has a calendar): quantiles by
/// the nearest-rank method and a histogram of rounds.
/// </summary>
/// <param name="Count">The number of ratified agreements.</param>
/// <param name="MeanRound">Their mean round, or null when there are none.</param>
/// <param name="Quantiles">The 10th, 25th, 50th, 75th and 90th percentiles (empty when there are none).</param>
/// <param name="Histogram">For every round in which some agreement was reached, how many, in round order.</param>
public sealed record AgreementTimes(int Count, double? MeanRound, ImmutableArray<RoundQuantile> Quantiles, ImmutableArray<RoundCount> Histogram);
