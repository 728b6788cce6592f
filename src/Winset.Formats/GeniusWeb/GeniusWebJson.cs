using System.Collections.Immutable;
using System.Globalization;
using Winset.Diagnostics;
using Winset.Formats.Genius;
using Winset.Formats.Text;
using Winset.Model;
using static Winset.Formats.Text.XmlSource;

namespace Winset.Formats.GeniusWeb;

/// <summary>
/// Reads the JSON files of GeniusWeb (ANL 2022/2023, CSE3210): domains (<c>{"name", "issuesValues"}</c>) and
/// <c>LinearAdditiveUtilitySpace</c> profiles, with GeniusWeb's semantics (FORMAT.md §2).
/// </summary>
/// <remarks>
/// <para>Issues come in the order of the domain's JSON properties. <c>"values"</c> gives a discrete issue (values are
/// strings even when they look like numbers); <c>"range": {low, high, step}</c> an integer issue when low and step
/// are whole and step is 1, otherwise a real issue on the points low, low+step, … ≤ high.</para>
/// <para>A profile is a <see cref="LinearAdditiveProfile"/> without the cap at 1: u = Σ wᵢ·uᵢ(v), value utilities used
/// as given (no division by the largest). Both spellings are read: <c>DiscreteValueSetUtilities</c>/<c>discreteutils</c>
/// and <c>NumberValueSetUtilities</c>/<c>numberutils</c>. The reservation value is the utility of
/// <c>reservationBid</c> (an issue missing from it contributes 0), or 0 without one; GeniusWeb profiles have no
/// discount (1).</para>
/// <para>As GeniusWeb's constructor does, a profile must give a utility and a weight for every domain issue and a
/// utility in [0, 1] for every value, and the weights must sum to 1. The sum is checked in exact decimal
/// arithmetic from the digits written, with a slack of 1e-9: every GeniusWeb file sums to exactly 1, and the slack
/// only admits files written from binary floating point (0.30000000000000004) by other tools, which GeniusWeb itself
/// would reject. Weights are used as written, never renormalised.</para>
/// </remarks>
public static class GeniusWebJson
{
    /// <summary>The largest |Σ weights − 1| accepted.</summary>
    public const decimal WeightSumTolerance = 1e-9m;

    private const string ProfileKey = "LinearAdditiveUtilitySpace";

    /// <summary>Reads a domain file.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or not a GeniusWeb domain.</exception>
    public static OutcomeSpace ReadDomain(string path) => ReadDomain(JsonTree.Load(path).ExpectObject("the domain"), path);

    /// <summary>Reads a <c>LinearAdditiveUtilitySpace</c> profile over a space (matching issues and values by name).</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or does not fit the space.</exception>
    public static Profile ReadProfile(string path, OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        JsonTree root = JsonTree.Load(path).ExpectObject("the profile");
        JsonTree las = root.Get(ProfileKey)
            ?? throw new InputException(
                Fmt(FormatErrorMessages.JsonNotAProfile, root.Properties.Count == 0 ? "an empty object" : "properties " + string.Join(", ", root.Properties.Select(p => $"\"{p.Key}\""))),
                root.Location);
        las.ExpectObject(ProfileKey);
        string name = las.Get("name")?.Kind == JsonKind.String ? las.Get("name")!.Text! : Path.GetFileNameWithoutExtension(path);
        if (name.Length == 0)
        {
            name = Path.GetFileNameWithoutExtension(path);
        }

        int n = space.Issues.Length;
        JsonTree utilities = las.Require("issueUtilities").ExpectObject("issueUtilities");
        JsonTree weightsNode = las.Require("issueWeights").ExpectObject("issueWeights");
        CheckIssueNames(utilities, space, "utilities in \"issueUtilities\"");
        CheckIssueNames(weightsNode, space, "a weight in \"issueWeights\"");

        var weights = new double[n];
        var evaluators = new IssueEvaluator[n];
        decimal sum = 0;
        bool exact = true;
        for (int i = 0; i < n; i++)
        {
            Issue issue = space.Issues[i];
            JsonTree w = weightsNode.Get(issue.Name)!;
            weights[i] = w.ExpectNumber($"the weight of \"{issue.Name}\"");
            if (weights[i] < 0)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonWeightNegative, issue.Name, w.Text), w.Location);
            }

            if (w.ExactDecimal() is { } d)
            {
                sum += d;
            }
            else
            {
                exact = false;
            }

            evaluators[i] = ReadUtilities(utilities.Get(issue.Name)!, issue);
        }

        double doubleSum = weights.Sum();
        if (exact ? Math.Abs(sum - 1m) > WeightSumTolerance : Math.Abs(doubleSum - 1.0) > (double)WeightSumTolerance)
        {
            throw new InputException(
                Fmt(FormatErrorMessages.JsonWeightSum, exact ? sum.ToString(CultureInfo.InvariantCulture) : doubleSum.ToString("R", CultureInfo.InvariantCulture)),
                weightsNode.Location);
        }

        double reservation = las.Get("reservationBid") is { Kind: not JsonKind.Null } bid
            ? ReservationUtility(bid, space, weights, evaluators)
            : 0.0;
        return new LinearAdditiveProfile(name, space, weights, evaluators, reservation, discountFactor: 1.0, capAtOne: false);
    }

    /// <summary>Reads a domain and its profiles; each party is named after its profile file, without extension.</summary>
    /// <exception cref="InputException">A file is missing or invalid, or two profiles have the same file name.</exception>
    public static Scenario ReadScenario(string domainPath, IReadOnlyList<string> profilePaths) =>
        FolderPairing.ReadExplicit(domainPath, profilePaths, ReadDomain, ReadProfile);

    /// <summary>
    /// Reads a GeniusWeb folder: the domain is the JSON file without <c>LinearAdditiveUtilitySpace</c> (an object with
    /// <c>issuesValues</c>), the profiles are the files with it, in ordinal file-name order; other JSON files (ANL's
    /// <c>specials.json</c>) are skipped, and so are profiles that do not fit the domain. Several domains pair as in
    /// <see cref="GeniusXml.ReadFolder"/>.
    /// </summary>
    /// <exception cref="InputException">The folder is missing, has no domain or no fitting profile, or is ambiguous.</exception>
    public static Scenario ReadFolder(string directory) =>
        FolderPairing.Read(directory, "*.json", Classify, ReadDomain, ReadProfile, FormatErrorMessages.NoGeniusWebDomainInFolder);

    private static OutcomeSpace ReadDomain(JsonTree root, string path)
    {
        string name = root.Get("name") is { Kind: JsonKind.String } nm && nm.Text!.Length > 0 ? nm.Text : Path.GetFileNameWithoutExtension(path);
        JsonTree issuesValues = root.Require("issuesValues").ExpectObject("issuesValues");
        if (issuesValues.Properties.Count == 0)
        {
            throw new InputException(FormatErrorMessages.NoIssues, issuesValues.Location);
        }

        var issues = new List<Issue>();
        foreach ((string issueName, JsonTree node) in issuesValues.Properties)
        {
            if (issueName.Length == 0)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonExpected, "a non-empty issue name", "issuesValues", "\"\""), node.Location);
            }

            node.ExpectObject(issueName);
            if (node.Get("values") is { } values)
            {
                if (values.Kind != JsonKind.Array || values.Items.Count == 0)
                {
                    throw new InputException(Fmt(FormatErrorMessages.JsonExpected, "a non-empty list of strings", "values", values.Describe()), values.Location);
                }

                issues.Add(new DiscreteIssue(issueName, values.Items.Select(v => v.ExpectString($"a value of issue \"{issueName}\""))));
            }
            else if (node.Get("range") is { } range)
            {
                issues.Add(RangeIssue(issueName, range.ExpectObject("range")));
            }
            else
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonUnknownValueSet, issueName), node.Location);
            }
        }

        return new OutcomeSpace(name, issues);
    }

    private static Issue RangeIssue(string name, JsonTree range)
    {
        JsonTree lowNode = range.Require("low");
        JsonTree highNode = range.Require("high");
        JsonTree stepNode = range.Require("step");
        double lowD = lowNode.ExpectNumber("low");
        double highD = highNode.ExpectNumber("high");
        double stepD = stepNode.ExpectNumber("step");
        if (!(stepD > 0) || highD < lowD)
        {
            throw new InputException(Fmt(FormatErrorMessages.JsonBadRange, name), range.Location);
        }

        decimal low = lowNode.ExactDecimal() ?? (decimal)lowD;
        decimal high = highNode.ExactDecimal() ?? (decimal)highD;
        decimal step = stepNode.ExactDecimal() ?? (decimal)stepD;
        decimal k = decimal.Floor((high - low) / step);
        if (k >= int.MaxValue - 1)
        {
            throw new InputException(Fmt(FormatErrorMessages.JsonBadRange, name), range.Location);
        }

        if (step == 1m && low == decimal.Floor(low))
        {
            return new IntegerIssue(name, (long)low, (long)(low + k));
        }

        return k == 0
            ? new RealIssue(name, (double)low, (double)low, 1)
            : new RealIssue(name, (double)low, (double)(low + (k * step)), (int)k + 1);
    }

    private static void CheckIssueNames(JsonTree map, OutcomeSpace space, string what)
    {
        foreach (var p in map.Properties)
        {
            if (space.IndexOfIssue(p.Key) < 0)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonIssueNotInDomain, p.Key, string.Join(", ", space.Issues.Select(i => $"\"{i.Name}\""))), p.Value.Location);
            }
        }

        foreach (Issue issue in space.Issues)
        {
            if (map.Get(issue.Name) is null)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonIssueMissing, what, issue.Name), map.Location);
            }
        }
    }

    private static IssueEvaluator ReadUtilities(JsonTree node, Issue issue)
    {
        node.ExpectObject($"the utilities of \"{issue.Name}\"");
        JsonTree? discrete = node.Get("DiscreteValueSetUtilities") ?? node.Get("discreteutils");
        JsonTree? number = node.Get("NumberValueSetUtilities") ?? node.Get("numberutils");
        if (discrete is not null)
        {
            if (issue is not DiscreteIssue d)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonUtilitiesKind, issue.Name, issue.Kind.ToString().ToLowerInvariant(), "discrete value utilities"), discrete.Location);
            }

            JsonTree map = discrete.ExpectObject("DiscreteValueSetUtilities").Require("valueUtilities").ExpectObject("valueUtilities");
            var byValue = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach ((string value, JsonTree u) in map.Properties)
            {
                if (d.IndexOf(value) < 0)
                {
                    throw new InputException(Fmt(FormatErrorMessages.JsonValueNotInDomain, issue.Name, value, string.Join(", ", d.Options.Select(o => $"\"{o}\""))), u.Location);
                }

                byValue[value] = Utility(u, $"value \"{value}\" of issue \"{issue.Name}\"");
            }

            var table = ImmutableArray.CreateBuilder<double>(d.Count);
            foreach (string option in d.Options)
            {
                table.Add(byValue.TryGetValue(option, out double u)
                    ? u
                    : throw new InputException(Fmt(FormatErrorMessages.JsonValueMissing, issue.Name, option), map.Location));
            }

            return new DiscreteEvaluator(table.MoveToImmutable());
        }

        if (number is not null)
        {
            if (issue.Kind == IssueKind.Discrete)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonUtilitiesKind, issue.Name, "discrete", "number utilities"), number.Location);
            }

            number.ExpectObject("NumberValueSetUtilities");
            double lowValue = number.Require("lowValue").ExpectNumber("lowValue");
            double highValue = number.Require("highValue").ExpectNumber("highValue");
            double lowUtility = Utility(number.Require("lowUtility"), $"lowUtility of issue \"{issue.Name}\"");
            double highUtility = Utility(number.Require("highUtility"), $"highUtility of issue \"{issue.Name}\"");
            if (highValue < lowValue)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonBadRange, issue.Name), number.Location);
            }

            return new InterpolationEvaluator(lowValue, lowUtility, highValue, highUtility);
        }

        throw new InputException(Fmt(FormatErrorMessages.JsonUnknownUtilities, issue.Name), node.Location);
    }

    private static double Utility(JsonTree node, string what)
    {
        double u = node.ExpectNumber(what);
        return u is >= 0 and <= 1 ? u : throw new InputException(Fmt(FormatErrorMessages.JsonUtilityRange, what, node.Text), node.Location);
    }

    /// <summary>u(reservationBid) = Σ wᵢ·uᵢ(bidᵢ) in issue order; an issue missing from the bid contributes 0.</summary>
    private static double ReservationUtility(JsonTree bid, OutcomeSpace space, double[] weights, IssueEvaluator[] evaluators)
    {
        bid.ExpectObject("reservationBid");
        JsonTree values = (bid.Get("issuevalues") ?? bid.Require("issueValues")).ExpectObject("issuevalues");
        foreach (var p in values.Properties)
        {
            if (space.IndexOfIssue(p.Key) < 0)
            {
                throw new InputException(Fmt(FormatErrorMessages.JsonIssueNotInDomain, p.Key, string.Join(", ", space.Issues.Select(i => $"\"{i.Name}\""))), p.Value.Location);
            }
        }

        double u = 0.0;
        for (int i = 0; i < space.Issues.Length; i++)
        {
            Issue issue = space.Issues[i];
            if (values.Get(issue.Name) is not { } v)
            {
                continue;
            }

            double e;
            if (issue is DiscreteIssue d)
            {
                string text = v.ExpectString($"the reservation value of \"{issue.Name}\"");
                int index = d.IndexOf(text);
                e = index >= 0
                    ? evaluators[i].Evaluate(issue, index)
                    : throw new InputException(Fmt(FormatErrorMessages.JsonValueNotInDomain, issue.Name, text, string.Join(", ", d.Options.Select(o => $"\"{o}\""))), v.Location);
            }
            else
            {
                double x = v.ExpectNumber($"the reservation value of \"{issue.Name}\"");
                e = evaluators[i] is NumericEvaluator ne ? ne.Evaluate(x) : 0.0;
            }

            u += weights[i] * e;
        }

        return u;
    }

    private static FolderPairing.FileRole Classify(string path)
    {
        try
        {
            JsonTree root = JsonTree.Load(path);
            if (root.Kind != JsonKind.Object)
            {
                return FolderPairing.FileRole.Other;
            }

            return root.Get(ProfileKey) is not null
                ? FolderPairing.FileRole.Profile
                : root.Get("issuesValues") is not null ? FolderPairing.FileRole.Domain : FolderPairing.FileRole.Other;
        }
        catch (InputException)
        {
            return FolderPairing.FileRole.Other;
        }
    }
}
