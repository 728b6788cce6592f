using System.Diagnostics;

namespace Winset.Diagnostics;

/// <summary>Argument checks for API misuse (bugs, not user input), in the NodaTime manner.</summary>
internal static class Preconditions
{
    public static void CheckArgumentRange(string paramName, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{min}-{max}]");
        }
    }

    public static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    [Conditional("DEBUG")]
    public static void DebugCheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
