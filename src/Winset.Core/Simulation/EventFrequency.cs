namespace Winset.Simulation;

/// <summary>How often a timeline event took effect across the runs.</summary>
/// <param name="Index">Its position in the timeline.</param>
/// <param name="Label">Its label.</param>
/// <param name="Round">Its round.</param>
/// <param name="Probability">Its declared probability.</param>
/// <param name="Runs">The runs in which it took effect (drawn, and reached before the run ended).</param>
/// <param name="Frequency">Runs / total runs.</param>
public sealed record EventFrequency(int Index, string Label, int Round, double Probability, int Runs, double Frequency);
