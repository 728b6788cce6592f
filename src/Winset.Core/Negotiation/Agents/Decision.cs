namespace Winset.Negotiation.Agents;

/// <summary>An acceptance strategy's answer to the standing offer (GENIUS's Accept, Reject and Break).</summary>
public enum Decision : byte
{
    /// <summary>Reject it: the party makes its planned offer instead.</summary>
    Reject,

    /// <summary>Accept it.</summary>
    Accept,

    /// <summary>Walk away from the table.</summary>
    WalkAway,
}
