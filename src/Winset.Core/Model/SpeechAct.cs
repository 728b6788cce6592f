namespace Winset.Model;

/// <summary>What a move does as an act of communication, beyond the offer it carries.</summary>
public enum SpeechAct
{
    /// <summary>A plain offer.</summary>
    Offer,

    /// <summary>An offer made conditional on the other side's need ("if you really need it, we can do it").</summary>
    ConditionalOffer,

    /// <summary>A request for a concession.</summary>
    Request,

    /// <summary>Take it or leave it.</summary>
    Ultimatum,

    /// <summary>Terms made public (to the home fronts as well as the table).</summary>
    PublicDisclosure,

    /// <summary>A private reassurance, not an offer.</summary>
    PrivateAssurance,

    /// <summary>Accepting the standing offer.</summary>
    Accept,

    /// <summary>Declining the standing offer.</summary>
    Reject,
}
