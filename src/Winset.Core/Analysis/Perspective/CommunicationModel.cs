using Winset.Model;

namespace Winset.Analysis.Perspective;

/// <summary>
/// The model of meaning behind a <see cref="MovePerspective"/>: how a speech act becomes an intended meaning in the
/// sender's mouth and a perceived meaning in each receiver's ear, when the difference is worth flagging, and what
/// accepting a move costs a receiver in face and before its audience.
/// </summary>
/// <remarks>
/// <para><b>Reading.</b> Every party reads a move with its own <see cref="CommunicationProfile"/> (directness d,
/// face sensitivity f, audience cost a, each in [0, 1]). With the act's force (<see cref="Force"/>: literal reading L,
/// high-context reading H, face term φ, audience term α) the reading is, dimension by dimension,
/// <c>R = H + d·(L − H) + f·φ·[face threat] + a·α·[commitment]</c>: a low-context communicator takes the words at
/// face value, a high-context one reads what the form implies, a face-sensitive one hears more face threat, an
/// audience-minded one hears more commitment. The sender's reading is the <i>intended</i> meaning, each receiver's the
/// <i>perceived</i> one: the same code, spoken in two dialects.</para>
/// <para><b>Mismatch.</b> The largest gap over the four dimensions, max |R_sender − R_receiver| ∈ [0, 1]
/// (<see cref="MeaningMismatch"/>), flagged from <see cref="MismatchThreshold"/>. R is affine in (d, f, a) without cross
/// terms, so with identical profiles the mismatch is 0, and as a receiver's profile moves away from the sender's along
/// any straight line the mismatch grows in proportion to the distance travelled.</para>
/// <para><b>Costs.</b> Where accepting the move would make the receiver ask or concede (the acts in
/// <see cref="CarriesTerms"/>), it pays a face cost <c>f × R.FaceThreat × u</c> and, when the move is public, an
/// audience cost <c>a × R.Pressure × u</c>, where u ≥ 0 is its utility of the offer: costs are shares of what the deal is
/// worth to it, as <see cref="CommunicationProfile"/> defines the parameters. A rational receiver accepts only when
/// u − costs reaches its reservation value and the offer is inside its win-set.</para>
/// <para>Every number in the force table and the threshold is a modelling choice, documented here and in the README.</para>
/// </remarks>
public static class CommunicationModel
{
    /// <summary>A mismatch at least this large is flagged (0.2: a fifth of the scale on some dimension). Modelling choice.</summary>
    public const double MismatchThreshold = 0.2;

    /// <summary>Costs and concessions smaller than this are treated as none in the text (they would print as 0.00).</summary>
    public const double Negligible = 0.005;

    private static readonly SpeechActForce OfferForce = new(new(0.6, 0.2, 0.0, 0.6), new(0.5, 0.3, 0.1, 0.5), 0.1, 0.2);
    private static readonly SpeechActForce ConditionalOfferForce = new(new(0.8, 0.0, 0.0, 0.5), new(0.2, 0.3, 0.6, 0.2), 0.4, 0.2);
    private static readonly SpeechActForce RequestForce = new(new(0.0, 0.4, 0.3, 0.2), new(0.0, 0.6, 0.5, 0.3), 0.4, 0.2);
    private static readonly SpeechActForce UltimatumForce = new(new(0.0, 0.9, 0.2, 0.8), new(0.0, 0.8, 0.5, 0.7), 0.4, 0.2);
    private static readonly SpeechActForce PublicDisclosureForce = new(new(0.2, 0.2, 0.2, 0.5), new(0.0, 0.5, 0.5, 0.6), 0.4, 0.2);
    private static readonly SpeechActForce PrivateAssuranceForce = new(new(0.4, 0.0, 0.0, 0.2), new(0.6, 0.0, 0.0, 0.5), 0.1, 0.2);
    private static readonly SpeechActForce AcceptForce = new(new(0.3, 0.0, 0.0, 0.8), new(0.5, 0.0, 0.1, 0.7), 0.2, 0.2);
    private static readonly SpeechActForce RejectForce = new(new(0.0, 0.5, 0.0, 0.6), new(0.2, 0.1, 0.4, 0.1), 0.3, 0.2);

    /// <summary>
    /// The force of a speech act (literal reading, high-context reading, face and audience terms). The table, as
    /// (generosity, pressure, face threat, commitment):
    /// offer L (.6,.2,0,.6) H (.5,.3,.1,.5) φ .1;
    /// conditional offer L (.8,0,0,.5) H (.2,.3,.6,.2) φ .4 ("if you really need it": generous at face value, a test of
    /// standing in context);
    /// request L (0,.4,.3,.2) H (0,.6,.5,.3) φ .4;
    /// ultimatum L (0,.9,.2,.8) H (0,.8,.5,.7) φ .4;
    /// public disclosure L (.2,.2,.2,.5) H (0,.5,.5,.6) φ .4 (informing the public at face value; exposing the other
    /// side's concessions in context);
    /// private assurance L (.4,0,0,.2) H (.6,0,0,.5) φ .1;
    /// accept L (.3,0,0,.8) H (.5,0,.1,.7) φ .2;
    /// reject L (0,.5,0,.6) H (.2,.1,.4,.1) φ .3 (a firm no at face value; "not like this" in context);
    /// α = .2 for every act.
    /// </summary>
    public static SpeechActForce Force(SpeechAct act) => act switch
    {
        SpeechAct.Offer => OfferForce,
        SpeechAct.ConditionalOffer => ConditionalOfferForce,
        SpeechAct.Request => RequestForce,
        SpeechAct.Ultimatum => UltimatumForce,
        SpeechAct.PublicDisclosure => PublicDisclosureForce,
        SpeechAct.PrivateAssurance => PrivateAssuranceForce,
        SpeechAct.Accept => AcceptForce,
        SpeechAct.Reject => RejectForce,
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, "Not a speech act."),
    };

    /// <summary>
    /// How a communicator with <paramref name="profile"/> reads <paramref name="act"/>:
    /// <c>H + d·(L − H) + f·φ·[face threat] + a·α·[commitment]</c> (see the remarks of <see cref="CommunicationModel"/>).
    /// Every degree is in [0, 1].
    /// </summary>
    public static Meaning Read(SpeechAct act, CommunicationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        SpeechActForce force = Force(act);
        Meaning m = Meaning.Combine(1 - profile.Directness, force.HighContext, profile.Directness, force.Literal);
        return m with
        {
            FaceThreat = m.FaceThreat + (profile.FaceSensitivity * force.FaceThreatPerFaceSensitivity),
            Commitment = m.Commitment + (profile.AudienceCost * force.CommitmentPerAudienceCost),
        };
    }

    /// <summary>The mismatch between the sender's reading and the receiver's reading of <paramref name="act"/>.</summary>
    public static MeaningMismatch Mismatch(SpeechAct act, CommunicationProfile sender, CommunicationProfile receiver) =>
        MeaningMismatch.Between(Read(act, sender), Read(act, receiver));

    /// <summary>
    /// True for the acts that put terms to the receiver, so that accepting them makes it ask or concede: offer,
    /// conditional offer, request, ultimatum, public disclosure. Accept, reject and private assurance cost the receiver nothing.
    /// </summary>
    public static bool CarriesTerms(SpeechAct act) =>
        act is SpeechAct.Offer or SpeechAct.ConditionalOffer or SpeechAct.Request or SpeechAct.Ultimatum or SpeechAct.PublicDisclosure;

    /// <summary>
    /// The face cost to a receiver of accepting a move: <c>f × perceived face threat × max(0, u)</c>, or 0 when the act
    /// carries no terms (<see cref="CarriesTerms"/>).
    /// </summary>
    public static double FaceCost(SpeechAct act, CommunicationProfile receiver, Meaning perceived, double utility)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return CarriesTerms(act) ? receiver.FaceSensitivity * perceived.FaceThreat * Math.Max(0, utility) : 0;
    }

    /// <summary>
    /// The audience cost to a receiver of accepting a public move (being seen to give in to pressure):
    /// <c>a × perceived pressure × max(0, u)</c>; 0 for a private move or an act that carries no terms.
    /// </summary>
    public static double AudienceCost(SpeechAct act, bool isPublic, CommunicationProfile receiver, Meaning perceived, double utility)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return isPublic && CarriesTerms(act) ? receiver.AudienceCost * perceived.Pressure * Math.Max(0, utility) : 0;
    }
}
