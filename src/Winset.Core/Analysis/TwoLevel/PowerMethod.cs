namespace Winset.Analysis.TwoLevel;

/// <summary>How <see cref="PowerIndex"/> computed the indices.</summary>
public enum PowerMethod
{
    /// <summary>Dynamic programming over the integer weights of a single weighted vote.</summary>
    DynamicProgramming,

    /// <summary>Enumeration of every coalition through the rule's truth table.</summary>
    Enumeration,
}
