using System.Collections.Immutable;

namespace Winset.Analysis.TwoLevel;

/// <summary>A party's changes, ranked (largest symmetric difference first).</summary>
public sealed record PartyPivots(int Party, string PartyName, int WinSetSize, ImmutableArray<PivotChange> Changes);
