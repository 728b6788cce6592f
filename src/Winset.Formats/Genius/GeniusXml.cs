using Winset.Diagnostics;
using Winset.Formats.Text;
using Winset.Model;

namespace Winset.Formats.Genius;

/// <summary>
/// Reads and writes the XML files of the GENIUS negotiation platform (ANAC 2010–2019): domains
/// (<c>negotiation_template</c>) and utility spaces (<c>utility_space</c>), with GENIUS 10.4's semantics and its
/// tolerance of broken XML (FORMAT.md in the shared GENIUS data).
/// </summary>
/// <remarks>
/// <para><b>Semantics.</b> A linear-additive profile (also <c>type="UNCERTAIN"</c>, read for its true utility) becomes a
/// <see cref="LinearAdditiveProfile"/> that caps at 1, with the weights as written (never renormalised), discrete
/// evaluations divided by the largest one (all 0 when that is below 0.00001), integer evaluators
/// <c>clamp(slope·(x − lowerbound) + offset)</c> with the profile's own lower bound, real ones
/// <c>clamp(parameter1·x + parameter0)</c> (x not shifted), constant or triangular. Profile issues are matched to
/// domain issues by <c>index</c>, discrete values by their exact string. An invalid discount factor (≤ 0, > 1,
/// unparseable) means 1; a missing reservation value 0. <c>type="nonlinear"</c> gives a
/// <see cref="HyperRectangleProfile"/>; <c>type="constraint"</c> is rejected.</para>
/// <para><b>Tolerance.</b> Bytes are UTF-8, or Windows-1252 when they are not valid UTF-8 (a profile is decoded like its
/// domain); a bare <c>&amp;</c>, text before <c>&lt;?xml</c> and glued attributes are repaired before parsing.</para>
/// <para><b>Errors.</b> Every problem with a file is an <see cref="InputException"/> with the file, line and column and
/// what was expected, including profiles GENIUS itself cannot evaluate (an issue or value without weight or
/// evaluation, the legacy <c>price</c> evaluator, integer bounds given only in <c>&lt;range&gt;</c>).</para>
/// </remarks>
public static class GeniusXml
{
    /// <summary>Reads a domain file (root <c>negotiation_template</c>).</summary>
    /// <exception cref="InputException">The file is missing, not XML, or not a valid domain.</exception>
    public static OutcomeSpace ReadDomain(string path) => GeniusDomainReader.Read(path);

    /// <summary>
    /// Reads a utility-space file over a space. Issues are matched by the GENIUS index the space's domain file gave
    /// them (for a space not read by <see cref="ReadDomain"/>: 1..n in order).
    /// </summary>
    /// <exception cref="InputException">The file is missing, not XML, or does not fit the space.</exception>
    public static Profile ReadProfile(string path, OutcomeSpace space) => GeniusProfileReader.Read(path, space);

    /// <summary>Reads a domain and its profiles; each party is named after its profile file, without extension.</summary>
    /// <exception cref="InputException">A file is missing or invalid, or two profiles have the same file name.</exception>
    public static Scenario ReadScenario(string domainPath, IReadOnlyList<string> profilePaths) =>
        FolderPairing.ReadExplicit(domainPath, profilePaths, ReadDomain, ReadProfile);

    /// <summary>
    /// Reads a GENIUS folder as a whole. With one domain file, every profile in the folder that fits it is a party,
    /// in ordinal file-name order; files that are not profiles of the domain are skipped. With several domains, each
    /// profile goes with the domain sharing the longest file-name prefix (Laptop-A-prof1 with Laptop-A-domain); if
    /// more than one domain then has parties, the folder is ambiguous.
    /// </summary>
    /// <exception cref="InputException">
    /// The folder is missing, holds no domain or no profile that fits one, or is ambiguous (the message lists the
    /// domains and says to pass the domain file and its profiles explicitly).
    /// </exception>
    public static Scenario ReadFolder(string directory) =>
        FolderPairing.Read(directory, "*.xml", Classify, ReadDomain, ReadProfile, FormatErrorMessages.NoDomainInFolder);

    /// <summary>True when the file is XML (after the tolerant repairs) with root element <c>negotiation_template</c>.</summary>
    public static bool LooksLikeDomain(string path) => GeniusDomainReader.LooksLikeDomain(path);

    /// <summary>
    /// Writes <c>&lt;scenario name&gt;-domain.xml</c> and one <c>&lt;party name&gt;.xml</c> per party into a folder
    /// (created if needed), each through a temporary file renamed when complete. GENIUS 10.4 reads the files, and
    /// reading them back gives the same utilities to 1e-12.
    /// </summary>
    /// <remarks>
    /// Integer issues get lowerbound/upperbound attributes, real issues a <c>&lt;range&gt;</c>, hyper-rectangle profiles
    /// <c>type="nonlinear"</c>. A discrete issue whose largest evaluation m is not 1 (GeniusWeb value utilities often
    /// top out below 1) is written with evaluations e/m and weight w·m, so that GENIUS's division by the largest
    /// evaluation gives back w·e. A numeric issue GENIUS cannot evaluate the same way (GeniusWeb interpolation that
    /// is 0 outside its range, a real grid other than 21 points) is written as a discrete issue named by its numbers.
    /// GENIUS caps linear-additive utilities at 1, so an uncapped (GeniusWeb) profile whose utilities exceed 1 reads
    /// back capped; GeniusWeb's own profiles (weights summing to 1, utilities in [0, 1]) never do beyond rounding.
    /// </remarks>
    /// <exception cref="InputException">The folder cannot be written, or a profile has no GENIUS form.</exception>
    public static void Write(Scenario scenario, string outputDirectory) => GeniusWriter.Write(scenario, outputDirectory);

    private static FolderPairing.FileRole Classify(string path)
    {
        try
        {
            string root = XmlSource.Load(path).Root.Name.LocalName;
            return root switch
            {
                GeniusDomainReader.RootName => FolderPairing.FileRole.Domain,
                GeniusProfileReader.RootName => FolderPairing.FileRole.Profile,
                _ => FolderPairing.FileRole.Other,
            };
        }
        catch (InputException)
        {
            return FolderPairing.FileRole.Other;
        }
    }
}
