namespace Winset.Simulation;

/// <summary>The kinds of <see cref="PressRelease"/>.</summary>
public enum PressReleaseKind
{
    /// <summary>A cluster of ratified deals with the same or nearby terms.</summary>
    Deal,

    /// <summary>The ratified deals outside the reported clusters, pooled.</summary>
    OtherDeals,

    /// <summary>Signed at the table, rejected at home (involuntary defection).</summary>
    RatificationFailure,

    /// <summary>No agreement by the deadline.</summary>
    Delay,

    /// <summary>A party walked away.</summary>
    Breakdown,

    /// <summary>An agent failed.</summary>
    Error,
}
