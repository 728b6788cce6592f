namespace Winset.Model;

/// <summary>The kind of values an <see cref="Issue"/> takes.</summary>
public enum IssueKind
{
    /// <summary>A list of named options.</summary>
    Discrete,

    /// <summary>Every integer between two bounds, inclusive.</summary>
    Integer,

    /// <summary>A real interval, enumerated on an evenly spaced grid (GENIUS uses 21 points).</summary>
    Real,
}
