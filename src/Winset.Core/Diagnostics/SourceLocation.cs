namespace Winset.Diagnostics;

/// <summary>
/// Where in a user's file something was found: the file, and a 1-based line and column when known.
/// </summary>
/// <remarks>A line or column of 0 means "unknown". Immutable.</remarks>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    /// <summary>A location naming only a file.</summary>
    public static SourceLocation InFile(string file) => new(file);

    /// <summary>Renders as <c>file:line:column</c>, leaving out the parts that are unknown.</summary>
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
