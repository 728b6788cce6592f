namespace Winset.Analysis.Perspective;

/// <summary>
/// The force of a speech act in the <see cref="CommunicationModel"/>: what it says read literally, what its form
/// implies read in a high-context way, and what a face-sensitive or audience-minded listener adds.
/// </summary>
/// <param name="Literal">The reading of a fully low-context communicator (directness 1): the words at face value.</param>
/// <param name="HighContext">The reading of a fully high-context communicator (directness 0): what the form and the relationship imply.</param>
/// <param name="FaceThreatPerFaceSensitivity">Face threat added per unit of face sensitivity (a face-sensitive listener hears more of it).</param>
/// <param name="CommitmentPerAudienceCost">Commitment added per unit of audience cost (a listener who pays for public reversals hears words as binding).</param>
/// <remarks>
/// The table (<see cref="CommunicationModel.Force"/>) is chosen so that every reading stays in [0, 1] for every profile
/// in [0, 1]³, and so that the three profile parameters move the reading in independent directions (a change in any
/// of them changes the meaning). Immutable.
/// </remarks>
public sealed record SpeechActForce(Meaning Literal, Meaning HighContext, double FaceThreatPerFaceSensitivity, double CommitmentPerAudienceCost);
