using Winset.Model;

namespace Winset.Analysis.Perspective;

/// <summary>
/// Names a reading in words: for a speech act and the dominant dimension of a reading (<see cref="Meaning.Dominant"/>),
/// a short noun phrase ("a generous offer", "a request to become a supplicant"). Generic vocabulary of the model,
/// never specific to a scenario.
/// </summary>
public static class MeaningPhrases
{
    /// <summary>The phrase for a reading of <paramref name="act"/> dominated by <paramref name="dimension"/>.</summary>
    public static string Of(SpeechAct act, MeaningDimension dimension) => (act, dimension) switch
    {
        (SpeechAct.ConditionalOffer, MeaningDimension.Generosity) => "a generous offer",
        (SpeechAct.ConditionalOffer, MeaningDimension.Pressure) => "a hedge that puts the burden on the other side",
        (SpeechAct.ConditionalOffer, MeaningDimension.FaceThreat) => "a request to become a supplicant",
        (SpeechAct.ConditionalOffer, MeaningDimension.Commitment) => "a promise to deliver",
        (SpeechAct.Request, MeaningDimension.Generosity) => "an opening for goodwill",
        (SpeechAct.Request, MeaningDimension.Pressure) => "a demand",
        (SpeechAct.Request, MeaningDimension.FaceThreat) => "a call to give way in public",
        (SpeechAct.Request, MeaningDimension.Commitment) => "a firm requirement",
        (SpeechAct.Ultimatum, MeaningDimension.Generosity) => "a last generous offer",
        (SpeechAct.Ultimatum, MeaningDimension.Pressure) => "take it or leave it",
        (SpeechAct.Ultimatum, MeaningDimension.FaceThreat) => "a humiliation: submit or walk away",
        (SpeechAct.Ultimatum, MeaningDimension.Commitment) => "a final word",
        (SpeechAct.PublicDisclosure, MeaningDimension.Generosity) => "a gesture of openness",
        (SpeechAct.PublicDisclosure, MeaningDimension.Pressure) => "publicity used as leverage",
        (SpeechAct.PublicDisclosure, MeaningDimension.FaceThreat) => "a public humiliation: its concessions exposed",
        (SpeechAct.PublicDisclosure, MeaningDimension.Commitment) => "terms put to the public to build support",
        (SpeechAct.PrivateAssurance, MeaningDimension.Generosity) => "a friendly reassurance",
        (SpeechAct.PrivateAssurance, MeaningDimension.Pressure) => "a quiet warning",
        (SpeechAct.PrivateAssurance, MeaningDimension.FaceThreat) => "a hint to ask for help",
        (SpeechAct.PrivateAssurance, MeaningDimension.Commitment) => "a binding pledge",
        (SpeechAct.Accept, MeaningDimension.Generosity) => "a gesture of goodwill",
        (SpeechAct.Accept, MeaningDimension.Pressure) => "a grudging yes",
        (SpeechAct.Accept, MeaningDimension.FaceThreat) => "giving in",
        (SpeechAct.Accept, MeaningDimension.Commitment) => "a deal",
        (SpeechAct.Reject, MeaningDimension.Generosity) => "a polite deferral",
        (SpeechAct.Reject, MeaningDimension.Pressure) => "a demand for better terms",
        (SpeechAct.Reject, MeaningDimension.FaceThreat) => "a refusal to ask in public, leaving the door open",
        (SpeechAct.Reject, MeaningDimension.Commitment) => "a firm no: no need for the deal now",
        (_, MeaningDimension.Generosity) => "a generous offer",
        (_, MeaningDimension.Pressure) => "pressure to give in",
        (_, MeaningDimension.FaceThreat) => "a demand to concede in public",
        _ => "a firm offer",
    };

    /// <summary>The name of a dimension in running text ("face threat").</summary>
    public static string Name(MeaningDimension dimension) => dimension switch
    {
        MeaningDimension.Generosity => "generosity",
        MeaningDimension.Pressure => "pressure",
        MeaningDimension.FaceThreat => "face threat",
        MeaningDimension.Commitment => "commitment",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a meaning dimension."),
    };

    /// <summary>The name of a speech act in running text ("a conditional offer").</summary>
    public static string Act(SpeechAct act) => act switch
    {
        SpeechAct.Offer => "an offer",
        SpeechAct.ConditionalOffer => "a conditional offer",
        SpeechAct.Request => "a request",
        SpeechAct.Ultimatum => "an ultimatum",
        SpeechAct.PublicDisclosure => "a public disclosure",
        SpeechAct.PrivateAssurance => "a private assurance",
        SpeechAct.Accept => "an acceptance",
        SpeechAct.Reject => "a refusal",
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, "Not a speech act."),
    };
}
