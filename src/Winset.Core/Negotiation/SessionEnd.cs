namespace Winset.Negotiation;

/// <summary>How a session ended.</summary>
public enum SessionEnd
{
    /// <summary>Every party other than the proposer accepted the standing offer.</summary>
    Agreement,

    /// <summary>The last round was played (or the time budget ran out) without agreement.</summary>
    Deadline,

    /// <summary>A party walked away.</summary>
    WalkAway,

    /// <summary>An agent threw an exception or made an invalid move; the session ended without agreement.</summary>
    Error,
}
