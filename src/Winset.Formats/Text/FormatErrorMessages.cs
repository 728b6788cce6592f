namespace Winset.Formats.Text;

/// <summary>
/// The texts of the input errors raised by the GENIUS and GeniusWeb readers. Tests assert on these, so a message
/// changes in one place. <c>{n}</c> placeholders are filled with <see cref="string.Format(IFormatProvider, string, object[])"/>.
/// </summary>
internal static class FormatErrorMessages
{
    public const string FileNotFound = "no such file.";
    public const string FileUnreadable = "cannot read the file: {0}";
    public const string FolderNotFound = "no such folder.";
    public const string MalformedXml = "expected well-formed XML, but the XML parser stopped here: {0}";
    public const string MalformedJson = "expected valid JSON, but the JSON parser stopped here: {0}";
    public const string WrongRoot = "expected {0}, but the root element is <{1}>.";
    public const string MissingElement = "expected a <{0}> element inside <{1}>.";
    public const string MissingAttribute = "expected attribute '{0}' on <{1}>.";
    public const string NotANumber = "expected a number for '{0}' on <{1}>, but found '{2}'.";
    public const string NotAnInteger = "expected a whole number for '{0}' on <{1}>, but found '{2}'.";
    public const string IntegerBoundsOnlyInRange = "expected attributes lowerbound and upperbound on integer issue '{0}'; GENIUS ignores a <range> child of an integer issue (GENIUS 10.4 cannot load this file either).";
    public const string BadBounds = "expected lowerbound ≤ upperbound for issue '{0}', but found {1} and {2}.";
    public const string NoValues = "expected at least one <item value=\"...\"> in discrete issue '{0}'.";
    public const string DuplicateIssueIndex = "expected a unique index, but issue index {0} is used twice.";
    public const string DuplicateIssueName = "expected unique issue names, but '{0}' is used twice.";
    public const string NoIssues = "expected at least one <issue> in the domain.";
    public const string ConstraintNotSupported = "utility spaces of type=\"constraint\" (GENIUS ConstraintUtilitySpace) are not supported; expected a linear-additive, UNCERTAIN or nonlinear profile.";
    public const string UnknownSpaceType = "expected type \"\", \"UNCERTAIN\" or \"nonlinear\" on <utility_space>, but found \"{0}\".";
    public const string IssueIndexNotInDomain = "issue '{0}' has index {1}, but the domain {2} has no issue with that index (its issue indices are {3}); GENIUS matches profile issues to domain issues by index.";
    public const string DuplicateProfileIssue = "issue index {0} is given twice in this profile.";
    public const string NegativeWeight = "expected a non-negative weight, but issue index {0} has weight {1}.";
    public const string IssueNotCovered = "expected a <weight index=\"{1}\"> and an <issue index=\"{1}\"> for domain issue '{0}'; GENIUS cannot evaluate an issue without both.";
    public const string ValueNotInDomain = "issue '{0}' has value '{1}', which the domain does not list (domain values: {2}).";
    public const string ValueWithoutEvaluation = "expected an evaluation for value '{1}' of issue '{0}', but {2}; GENIUS 10.4 fails with a NullPointerException when it evaluates such a value.";
    public const string NegativeEvaluation = "expected a non-negative evaluation for value '{1}' of issue '{0}', but found {2}.";
    public const string EvaluatorKindMismatch = "issue '{0}' is {1} in the domain, but the profile gives it a {2} evaluator.";
    public const string UnsupportedEvaluatorType = "issue '{0}' has evaluator type '{1}', which GENIUS 10.4 does not load; expected discrete, integer or real.";
    public const string UnsupportedRealFunction = "expected ftype linear, constant or triangular on the evaluator of real issue '{0}', but found '{1}'.";
    public const string MissingEvaluator = "expected an <evaluator ftype=\"...\"> inside real issue '{0}'.";
    public const string MissingRange = "expected a <range lowerbound=\"...\" upperbound=\"...\"> inside real issue '{0}'.";
    public const string NonlinearNested = "nested <ufun> elements are supported only one level deep under a top <ufun> with aggregation=\"sum\".";
    public const string UnknownAggregation = "expected aggregation sum, max or min, but found '{0}'.";
    public const string NonPositiveMaxUtility = "expected a positive maxutility, but found {0}.";
    public const string BoundIssueNotInDomain = "a hyper-rectangle bounds issue index {0}, which the domain lacks (its issue indices are {1}).";
    public const string NoDomainInFolder = "expected a GENIUS domain file (root <negotiation_template>) in this folder, but found none.";
    public const string NoGeniusWebDomainInFolder = "expected a GeniusWeb domain file (a JSON object with \"issuesValues\") in this folder, but found none.";
    public const string AmbiguousFolder = "this folder holds several domains with profiles ({0}); pass the domain file and its profiles explicitly, e.g. winset analyze {1} <profiles...>.";
    public const string NoProfilesInFolder = "expected at least one profile of domain {0} in this folder, but {1}";
    public const string DuplicatePartyName = "two profiles would both be named '{0}'; rename one of the files.";
    public const string NoProfiles = "expected at least one profile file after the domain file.";

    // GeniusWeb
    public const string JsonExpected = "expected {0} for \"{1}\", but found {2}.";
    public const string JsonMissing = "expected property \"{0}\" in this object.";
    public const string JsonDuplicateKey = "property \"{0}\" appears twice in this object.";
    public const string JsonUnknownValueSet = "expected \"values\" (a list of strings) or \"range\" (low, high, step) for issue \"{0}\".";
    public const string JsonBadRange = "expected low ≤ high and step > 0 in the range of issue \"{0}\".";
    public const string JsonNotAProfile = "expected a GeniusWeb profile: an object with \"LinearAdditiveUtilitySpace\", but found {0}.";
    public const string JsonIssueNotInDomain = "issue \"{0}\" is not an issue of the domain (domain issues: {1}).";
    public const string JsonIssueMissing = "expected {0} for domain issue \"{1}\".";
    public const string JsonValueNotInDomain = "issue \"{0}\" has value \"{1}\", which the domain does not list (domain values: {2}).";
    public const string JsonValueMissing = "expected a utility for value \"{1}\" of issue \"{0}\" (GeniusWeb requires one for every domain value).";
    public const string JsonUtilityRange = "expected a utility in [0, 1] for {0}, but found {1}.";
    public const string JsonWeightNegative = "expected a non-negative weight for issue \"{0}\", but found {1}.";
    public const string JsonWeightSum = "expected the issue weights to sum to 1 (GeniusWeb requires it), but they sum to {0}.";
    public const string JsonUtilitiesKind = "issue \"{0}\" is {1} in the domain, but its utilities are {2}.";
    public const string JsonUnknownUtilities = "expected DiscreteValueSetUtilities (discreteutils) or NumberValueSetUtilities (numberutils) for issue \"{0}\".";
}
