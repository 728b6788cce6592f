namespace Winset.Analysis.TwoLevel;

/// <summary>A change tried by <see cref="PivotAnalysis"/>.</summary>
public enum PivotKind
{
    /// <summary>Mobilisation to 1.</summary>
    Mobilise,

    /// <summary>Mobilisation to 0.</summary>
    Demobilise,

    /// <summary>Threshold + δ.</summary>
    RaiseThreshold,

    /// <summary>Threshold − δ.</summary>
    LowerThreshold,
}
