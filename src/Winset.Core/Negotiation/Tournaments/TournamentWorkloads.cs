using System.Collections.Immutable;

namespace Winset.Negotiation.Tournaments;

/// <summary>
/// The standard tournament workload, shared by <c>bench/Winset.Benchmarks</c> and <c>winset bench tournament</c>:
/// Boulware, Conceder, Linear, tit-for-tat and MiCRO on ten small two-party linear GENIUS scenarios (27 to 1,600
/// outcomes) from the shared <c>genius/domains</c> folder, 1000 rounds.
/// </summary>
public static class TournamentWorkloads
{
    /// <summary>The rounds of every session.</summary>
    public const int Rounds = 1000;

    /// <summary>The agents (preset names).</summary>
    public static ImmutableArray<string> Agents { get; } = ["boulware", "conceder", "linear", "titfortat", "micro"];

    /// <summary>The scenarios: a folder of <c>genius/domains</c>, its domain file and two profile files.</summary>
    public static ImmutableArray<(string Folder, string Domain, string Profile1, string Profile2)> GeniusScenarios { get; } =
    [
        ("ANAC2010_EnglandZimbabwe", "EnglandZimbabwe_domain.xml", "England.xml", "Zimbabwe.xml"),
        ("ANAC2010_ItexvsCypress", "ItexvsCypress_domain.xml", "ItexvsCypress_Cypress.xml", "ItexvsCypress_Itex.xml"),
        ("ANAC2012_Barter", "Barter-B-domain.xml", "Barter-B-prof1.xml", "Barter-B-prof2.xml"),
        ("ANAC2012_FlightBooking", "FlightBooking-C-domain.xml", "FlightBooking-C-prof1.xml", "FlightBooking-C-prof2.xml"),
        ("ANAC2012_Laptop", "Laptop-C-domain.xml", "Laptop-C-prof1.xml", "Laptop-C-prof2.xml"),
        ("ANAC2012_Outfit", "Outfit-C-domain.xml", "Outfit-C-prof1.xml", "Outfit-C-prof2.xml"),
        ("ANAC2012_RentalHouse", "RentalHouse-C-domain.xml", "RentalHouse-C-prof1.xml", "RentalHouse-C-prof2.xml"),
        ("ANAC2012_HouseKeeping", "HouseKeeping-C-domain.xml", "HouseKeeping-C-prof1.xml", "HouseKeeping-C-prof2.xml"),
        ("GENIUS_Jobs", "Jobs.xml", "Jobs_util1.xml", "Jobs_util2.xml"),
        ("ANAC2012_Phone", "Phone-C-domain.xml", "Phone-C-prof1.xml", "Phone-C-prof2.xml"),
    ];

    /// <summary>The files of each scenario (domain first), under a <c>genius/domains</c> folder.</summary>
    public static IReadOnlyList<string[]> ScenarioPaths(string domainsDirectory)
    {
        ArgumentNullException.ThrowIfNull(domainsDirectory);
        return
        [
            .. GeniusScenarios.Select(s => new[]
            {
                Path.Combine(domainsDirectory, s.Folder, s.Domain),
                Path.Combine(domainsDirectory, s.Folder, s.Profile1),
                Path.Combine(domainsDirectory, s.Folder, s.Profile2),
            }),
        ];
    }
}
