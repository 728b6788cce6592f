namespace Winset.Simulation;

/// <summary>A quantile of agreement rounds: the smallest round r such that at least a share p of agreements came by r.</summary>
/// <param name="Probability">p, e.g. 0.5 for the median.</param>
/// <param name="Round">The round.</param>
/// <param name="Date">The first day of that round, when the timeline has a calendar.</param>
public sealed record RoundQuantile(double Probability, int Round, DateOnly? Date);
