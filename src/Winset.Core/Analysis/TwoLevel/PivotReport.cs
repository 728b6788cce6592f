using System.Collections.Immutable;

namespace Winset.Analysis.TwoLevel;

/// <summary>The pivot report of a state (see <see cref="PivotAnalysis"/>).</summary>
/// <param name="AgreementSpaceSize">The agreement space's size in the state itself.</param>
/// <param name="ThresholdStep">δ.</param>
/// <param name="Parties">One entry per party, in party order.</param>
public sealed record PivotReport(int AgreementSpaceSize, double ThresholdStep, ImmutableArray<PartyPivots> Parties);
