namespace Winset.Diagnostics;

/// <summary>
/// A mistake in the user's input (a file, an argument, an upload): never a bug in Winset.
/// The applications show <see cref="Exception.Message"/> without a stack trace and exit with code 2.
/// </summary>
public class InputException : Exception
{
    public InputException(string message, SourceLocation? location = null, Exception? inner = null)
        : base(Format(message, location), inner)
    {
        Location = location;
        Detail = message;
    }

    /// <summary>Where the mistake is, when known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The message without the location prefix.</summary>
    public string Detail { get; }

    private static string Format(string message, SourceLocation? location) =>
        location is { } l ? $"{l}: {message}" : message;
}
