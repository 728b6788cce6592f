namespace Winset.Analysis.Perspective;

/// <summary>What a move's concessions are measured against (<see cref="MovePerspective.ReferenceOffer"/>).</summary>
public enum ReferenceKind
{
    /// <summary>Nothing: an opening move, or an acceptance or refusal (which answer an offer rather than make one).</summary>
    None,

    /// <summary>The sender's own previous offer (its last earlier move that put terms to the table).</summary>
    OwnPreviousOffer,

    /// <summary>The sender had made no offer: the terms last on the table, whoever put them there.</summary>
    StandingTerms,
}
