namespace Winset.Analysis.Perspective;

/// <summary>
/// How far what a receiver hears is from what the sender meant: the largest gap between the two
/// <see cref="Meaning"/>s over the dimensions (the L∞ distance, in [0, 1]), and the dimension where it lies.
/// </summary>
/// <param name="Size">max over dimensions of |intended − perceived|, in [0, 1]; 0 when both read the move alike.</param>
/// <param name="Dimension">The dimension of the largest gap (the first in <see cref="Meaning.Dimensions"/> order among ties).</param>
/// <param name="Intended">The sender's reading.</param>
/// <param name="Perceived">The receiver's reading.</param>
public sealed record MeaningMismatch(double Size, MeaningDimension Dimension, Meaning Intended, Meaning Perceived)
{
    /// <summary>True when <see cref="Size"/> reaches <see cref="CommunicationModel.MismatchThreshold"/>: a misunderstanding worth a translator.</summary>
    public bool IsFlagged => Size >= CommunicationModel.MismatchThreshold;

    /// <summary>The mismatch between two readings of one move.</summary>
    public static MeaningMismatch Between(Meaning intended, Meaning perceived)
    {
        double size = 0;
        MeaningDimension at = MeaningDimension.Generosity;
        foreach (MeaningDimension d in Meaning.Dimensions)
        {
            double gap = Math.Abs(intended[d] - perceived[d]);
            if (gap > size)
            {
                size = gap;
                at = d;
            }
        }

        return new MeaningMismatch(size, at, intended, perceived);
    }
}
