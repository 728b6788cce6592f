namespace Winset.Simulation;

/// <summary>
/// How one Monte Carlo run ended. The categories partition the runs: every run is in exactly one.
/// </summary>
public enum RunCategory
{
    /// <summary>An agreement at the table that every party's home ratified (a deal).</summary>
    RatifiedAgreement,

    /// <summary>An agreement at the table that some party's home rejected: involuntary defection (Putnam).</summary>
    RatificationFailure,

    /// <summary>No agreement by the deadline: delay past the deadline.</summary>
    NoAgreement,

    /// <summary>A party walked away: breakdown.</summary>
    Breakdown,

    /// <summary>An agent failed (an exception or an invalid move); should not happen with the built-in agents.</summary>
    Error,
}
