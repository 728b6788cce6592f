using Winset.Model;

namespace Winset.Analysis.Perspective;

/// <summary>A move as its sender makes it: what the offer is worth to it, what it gives up, what it means. Immutable.</summary>
/// <param name="Party">The sending party's position.</param>
/// <param name="Name">Its name.</param>
/// <param name="Utility">Its utility of the offer (null when the move carries none).</param>
/// <param name="Concession">
/// What it gives up against the <see cref="MovePerspective.ReferenceOffer"/>: u(reference) − u(offer), positive for a
/// concession, negative for a gain; null without a reference.
/// </param>
/// <param name="IndividuallyRational">Utility ≥ its reservation value in the move's level-II state.</param>
/// <param name="InWinSet">The offer is inside its own win-set in the move's level-II state.</param>
/// <param name="Intended">Its reading of its own move: the intended meaning.</param>
/// <param name="RespondsTo">For an acceptance or a refusal: the position of the move it answers, when found.</param>
/// <param name="Answered">For an acceptance or a refusal: the speech act of the move it answers, when found.</param>
/// <param name="Reception">
/// For an acceptance or a refusal: how the sender heard the move it answers, evaluated now (its utility, costs and
/// reading of that move): the reasons for its answer. Null otherwise.
/// </param>
public sealed record SenderView(
    int Party,
    string Name,
    double? Utility,
    double? Concession,
    bool? IndividuallyRational,
    bool? InWinSet,
    Meaning Intended,
    int? RespondsTo,
    SpeechAct? Answered,
    ReceiverView? Reception);
