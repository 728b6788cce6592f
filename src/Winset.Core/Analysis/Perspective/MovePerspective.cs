using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis.Perspective;

/// <summary>
/// The perspective of one move (DESIGN.md): what the sender gains or gives up and means, what each receiving party
/// hears, what each constituency at home makes of it, where the offer lies against the Pareto frontier and the Nash
/// point, and all of that in a few plain sentences (<see cref="Text"/>). Made by <see cref="PerspectiveAnalyzer"/>.
/// Immutable.
/// </summary>
/// <param name="Index">The move's position in the sequence explained, from 0.</param>
/// <param name="Move">The move.</param>
/// <param name="Offer">The offer's index in the outcome space (null when the move carries none).</param>
/// <param name="ReferenceOffer">What concessions are measured against (see <see cref="ReferenceKind"/>), or null.</param>
/// <param name="ReferenceKind">Where <paramref name="ReferenceOffer"/> comes from.</param>
/// <param name="Sender">The sender's side.</param>
/// <param name="Receivers">Every other party's side, in party order.</param>
/// <param name="HomeFront">Every constituency of every party, in party then constituency order (empty without an offer).</param>
/// <param name="DistanceToParetoFrontier">Euclidean distance of the offer's utilities to the frontier (<see cref="SolutionDistances.ToParetoFrontier"/>); null without an offer or with one party.</param>
/// <param name="DistanceToNash">Distance to the Nash point (<see cref="SolutionDistances.ToNash"/>); null without an offer or a Nash point.</param>
public sealed record MovePerspective(
    int Index,
    ScriptedMove Move,
    OutcomeIndex? Offer,
    Outcome? ReferenceOffer,
    ReferenceKind ReferenceKind,
    SenderView Sender,
    ImmutableArray<ReceiverView> Receivers,
    ImmutableArray<ConstituencyView> HomeFront,
    double? DistanceToParetoFrontier,
    double? DistanceToNash)
{
    /// <summary>The speech act.</summary>
    public SpeechAct Act => Move.Act;

    /// <summary>The round of the move (its level-II state is the one after every event up to this round).</summary>
    public int Round => Move.Round;

    /// <summary>The plain-language sentences (<see cref="PerspectiveText.Write"/>), generated from the numbers above.</summary>
    public ImmutableArray<string> Sentences { get; init; } = [];

    /// <summary>The sentences as one paragraph.</summary>
    public string Text => string.Join(" ", Sentences);

    /// <summary>The receiver view of a party, or null when it is the sender.</summary>
    public ReceiverView? Receiver(int party) => Receivers.FirstOrDefault(r => r.Party == party);
}
