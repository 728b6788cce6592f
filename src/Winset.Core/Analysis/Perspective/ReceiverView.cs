namespace Winset.Analysis.Perspective;

/// <summary>
/// A move as one party hears it: what the offer is worth to it, the concession it perceives, whether it could accept
/// (individually rational, inside its win-set, worth more than its reservation value after the face and audience
/// costs of accepting), and what it takes the move to mean. Immutable.
/// </summary>
/// <param name="Party">The receiving party's position.</param>
/// <param name="Name">Its name.</param>
/// <param name="Utility">Its utility of the offer (null when the move carries none).</param>
/// <param name="PerceivedConcession">
/// The change in its own utility against the <see cref="MovePerspective.ReferenceOffer"/>: u(offer) − u(reference), positive
/// when it gains; null without a reference.
/// </param>
/// <param name="IndividuallyRational">Utility ≥ its reservation value in the move's level-II state (null without an offer).</param>
/// <param name="InWinSet">The offer is inside its win-set in the move's level-II state (null without an offer).</param>
/// <param name="InWinSetBefore">The reference offer was inside its win-set in the state of the move before (null without a reference).</param>
/// <param name="Perceived">Its reading of the move (<see cref="CommunicationModel.Read"/> with its profile).</param>
/// <param name="Mismatch">The gap between the sender's intended reading and <paramref name="Perceived"/>.</param>
/// <param name="FaceCost">What accepting would cost it in face (<see cref="CommunicationModel.FaceCost"/>).</param>
/// <param name="AudienceCost">What accepting would cost it before its audience (<see cref="CommunicationModel.AudienceCost"/>).</param>
/// <param name="Reservation">Its reservation value in the move's level-II state.</param>
public sealed record ReceiverView(
    int Party,
    string Name,
    double? Utility,
    double? PerceivedConcession,
    bool? IndividuallyRational,
    bool? InWinSet,
    bool? InWinSetBefore,
    Meaning Perceived,
    MeaningMismatch Mismatch,
    double FaceCost,
    double AudienceCost,
    double Reservation)
{
    /// <summary>The utility of accepting, net of the face and audience costs: Utility − FaceCost − AudienceCost (null without an offer).</summary>
    public double? NetUtility => Utility - FaceCost - AudienceCost;

    /// <summary>
    /// True when a rational receiver would accept: the net utility reaches its reservation value and the offer is
    /// inside its win-set (null without an offer).
    /// </summary>
    public bool? WouldAccept => NetUtility is { } net ? net >= Reservation && InWinSet == true : null;
}
