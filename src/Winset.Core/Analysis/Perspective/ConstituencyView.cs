namespace Winset.Analysis.Perspective;

/// <summary>
/// What one constituency at home makes of a move: its utility of the offer, whether it approves (utility ≥ threshold
/// in the move's level-II state), and how that changed against the reference offer in the state of the move before.
/// Immutable.
/// </summary>
/// <param name="Party">The party whose home it is.</param>
/// <param name="PartyName">That party's name.</param>
/// <param name="Constituency">Its position in the party's list.</param>
/// <param name="Name">Its name.</param>
/// <param name="Utility">Its utility of the offer.</param>
/// <param name="Threshold">Its approval threshold now.</param>
/// <param name="Mobilisation">Its mobilisation now.</param>
/// <param name="UtilityBefore">Its utility of the reference offer (null without one).</param>
/// <param name="ThresholdBefore">Its threshold in the state of the move before.</param>
/// <param name="MobilisationBefore">Its mobilisation in the state of the move before.</param>
/// <param name="Pivotal">True when it opposes and its approval alone would bring the offer inside its party's win-set.</param>
public sealed record ConstituencyView(
    int Party,
    string PartyName,
    int Constituency,
    string Name,
    double Utility,
    double Threshold,
    double Mobilisation,
    double? UtilityBefore,
    double ThresholdBefore,
    double MobilisationBefore,
    bool Pivotal)
{
    /// <summary>True when it approves the offer now.</summary>
    public bool Approves => Utility >= Threshold;

    /// <summary>Whether it approved the reference offer in the state before (null without a reference).</summary>
    public bool? ApprovedBefore => UtilityBefore is { } u ? u >= ThresholdBefore : null;

    /// <summary>True when its approval differs from <see cref="ApprovedBefore"/>.</summary>
    public bool ApprovalChanged => ApprovedBefore is { } before && before != Approves;
}
