using System.Globalization;

namespace Winset.Analysis.Perspective;

/// <summary>
/// What a move means to someone: a degree in [0, 1] on each <see cref="MeaningDimension"/>. Produced by
/// <see cref="CommunicationModel.Read"/>: the sender's reading is the intended meaning, a receiver's the perceived one.
/// </summary>
/// <param name="Generosity">See <see cref="MeaningDimension.Generosity"/>.</param>
/// <param name="Pressure">See <see cref="MeaningDimension.Pressure"/>.</param>
/// <param name="FaceThreat">See <see cref="MeaningDimension.FaceThreat"/>.</param>
/// <param name="Commitment">See <see cref="MeaningDimension.Commitment"/>.</param>
/// <remarks>Immutable. <c>default</c> is the empty meaning (0 on every dimension).</remarks>
public readonly record struct Meaning(double Generosity, double Pressure, double FaceThreat, double Commitment)
{
    /// <summary>The dimensions in the order <see cref="this[MeaningDimension]"/> and <see cref="Dominant"/> use.</summary>
    public static IReadOnlyList<MeaningDimension> Dimensions { get; } =
        [MeaningDimension.Generosity, MeaningDimension.Pressure, MeaningDimension.FaceThreat, MeaningDimension.Commitment];

    /// <summary>The degree on one dimension.</summary>
    public double this[MeaningDimension dimension] => dimension switch
    {
        MeaningDimension.Generosity => Generosity,
        MeaningDimension.Pressure => Pressure,
        MeaningDimension.FaceThreat => FaceThreat,
        MeaningDimension.Commitment => Commitment,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a meaning dimension."),
    };

    /// <summary>The dimension with the largest degree (the first in <see cref="Dimensions"/> order among ties): what the move mainly says.</summary>
    public MeaningDimension Dominant
    {
        get
        {
            MeaningDimension best = MeaningDimension.Generosity;
            foreach (MeaningDimension d in Dimensions)
            {
                if (this[d] > this[best])
                {
                    best = d;
                }
            }

            return best;
        }
    }

    /// <summary>The sum a·this + b·other, dimension by dimension (no clamping).</summary>
    public static Meaning Combine(double a, Meaning x, double b, Meaning y) => new(
        (a * x.Generosity) + (b * y.Generosity),
        (a * x.Pressure) + (b * y.Pressure),
        (a * x.FaceThreat) + (b * y.FaceThreat),
        (a * x.Commitment) + (b * y.Commitment));

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"generosity {Generosity:0.00}, pressure {Pressure:0.00}, face threat {FaceThreat:0.00}, commitment {Commitment:0.00}");
}
