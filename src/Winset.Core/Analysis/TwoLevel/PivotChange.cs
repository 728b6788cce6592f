namespace Winset.Analysis.TwoLevel;

/// <summary>One single change of one constituency and what it does.</summary>
/// <param name="Party">The party.</param>
/// <param name="Constituency">The constituency's position.</param>
/// <param name="ConstituencyName">Its name.</param>
/// <param name="Kind">The change.</param>
/// <param name="From">The mobilisation (or threshold) before.</param>
/// <param name="To">The mobilisation (or threshold) after.</param>
/// <param name="NewWinSetSize">The party's win-set size after the change.</param>
/// <param name="SymmetricDifference">How many outcomes enter or leave the win-set.</param>
/// <param name="NewAgreementSpaceSize">The agreement space's size after the change.</param>
/// <param name="EmptiesAgreementSpace">True when the agreement space was non-empty and becomes empty.</param>
/// <param name="OpensAgreementSpace">True when the agreement space was empty and becomes non-empty.</param>
public sealed record PivotChange(
    int Party,
    int Constituency,
    string ConstituencyName,
    PivotKind Kind,
    double From,
    double To,
    int NewWinSetSize,
    int SymmetricDifference,
    int NewAgreementSpaceSize,
    bool EmptiesAgreementSpace,
    bool OpensAgreementSpace);
