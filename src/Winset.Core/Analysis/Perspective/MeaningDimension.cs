namespace Winset.Analysis.Perspective;

/// <summary>
/// One axis along which a move is read (see <see cref="CommunicationModel"/>). Each is a degree in [0, 1].
/// </summary>
public enum MeaningDimension
{
    /// <summary>How much the move gives freely: a concession offered as a gift rather than traded.</summary>
    Generosity,

    /// <summary>How much the move pushes the other side: a demand, a deadline, publicity used as leverage.</summary>
    Pressure,

    /// <summary>
    /// How much answering the move puts face at stake: accepting it would mean asking for something, or conceding, in
    /// public (becoming a supplicant).
    /// </summary>
    FaceThreat,

    /// <summary>How binding the move is: a firm position or a final word rather than an opening or a trial balloon.</summary>
    Commitment,
}
