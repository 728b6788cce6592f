using Winset.Formats.Tests.Genius;
using static Winset.Formats.Tests.Genius.GeniusReference;

namespace Winset.Formats.Tests.GeniusWeb;

/// <summary>Every GeniusWeb domain/profile pair of <c>profile_catalog</c> loads and matches the reference to 1e-12.</summary>
public sealed class GeniusWebCatalogReferenceTests
{
    public static TheoryData<string> GeniusWebEntries() => CatalogIds("geniusweb");

    [SkippableTheory]
    [MemberData(nameof(GeniusWebEntries))]
    public void ReadProfile_CatalogEntry_MatchesReference(string id)
    {
        string domains = RequireDomains(id);
        GeniusCatalogReferenceTests.CheckCatalogEntry(domains, id);
    }
}
