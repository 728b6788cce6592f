using System.Globalization;

namespace Winset.Model;

/// <summary>
/// One option of an <see cref="Issue"/>: a string for discrete issues, a number for integer and real ones.
/// </summary>
/// <remarks>
/// Immutable. <c>default(Value)</c> is the number 0. Two values are equal when they have the same kind
/// and the same text or the same number.
/// </remarks>
public readonly record struct Value
{
    private Value(string? text, double number)
    {
        Text = text;
        Number = number;
    }

    /// <summary>The text of a discrete value, or null for a number.</summary>
    public string? Text { get; }

    /// <summary>The number of an integer or real value (0 for discrete values).</summary>
    public double Number { get; }

    /// <summary>True when this is a discrete (string) value.</summary>
    public bool IsText => Text is not null;

    /// <summary>A discrete value.</summary>
    public static Value Of(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), 0);

    /// <summary>A numeric value.</summary>
    public static Value Of(double number) => new(null, number);

    /// <summary>The text, or the number in invariant round-trip form (integers without a decimal point).</summary>
    public override string ToString() => Text ?? FormatNumber(Number);

    /// <summary>Formats a number the way Winset writes numbers everywhere: shortest round-trip, invariant culture.</summary>
    public static string FormatNumber(double number) => number.ToString("R", CultureInfo.InvariantCulture);
}
