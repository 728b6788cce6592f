namespace Winset.Model;

/// <summary>
/// How a party communicates and how it hears others, as explicit numbers in [0, 1]. Used by the perspective
/// analysis to turn a move's literal content into its intended and perceived meaning.
/// </summary>
/// <param name="Directness">0 = high-context (meaning carried by context and relationship; an offer is often
/// phrased as a question or a condition), 1 = low-context (what is said is what is meant). Default 0.5.</param>
/// <param name="FaceSensitivity">The cost of being seen to ask for something or to concede in public, as a share of
/// utility. Default 0.5.</param>
/// <param name="AudienceCost">The cost of backing down from a public commitment, as a share of utility. Default 0.5.</param>
/// <remarks>The defaults are modelling choices (a neutral communicator); a scenario overrides them per party.</remarks>
public sealed record CommunicationProfile(double Directness = 0.5, double FaceSensitivity = 0.5, double AudienceCost = 0.5)
{
    /// <summary>The neutral profile used when a scenario gives none.</summary>
    public static CommunicationProfile Default { get; } = new();
}
