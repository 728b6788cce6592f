using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Analysis.Perspective;

/// <summary>
/// The communication profile's parameters by the names the scenario format uses (<c>directness</c>,
/// <c>faceSensitivity</c>, <c>audienceCost</c>), for what-if overrides from the command line or the web app.
/// </summary>
public static class CommunicationParameters
{
    /// <summary>The parameter names, in the order the format lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["directness", "faceSensitivity", "audienceCost"];

    /// <summary>A copy of <paramref name="profile"/> with one parameter set.</summary>
    /// <exception cref="InputException">The name is not a parameter, or the value is outside [0, 1].</exception>
    public static CommunicationProfile With(CommunicationProfile profile, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(name);
        if (!(value >= 0 && value <= 1))
        {
            throw new InputException($"expected {name} between 0 and 1, found {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return name switch
        {
            "directness" => profile with { Directness = value },
            "faceSensitivity" => profile with { FaceSensitivity = value },
            "audienceCost" => profile with { AudienceCost = value },
            _ => throw new InputException($"unknown communication parameter '{name}'; expected one of: {string.Join(", ", Names)}."),
        };
    }

    /// <summary>A copy of <paramref name="scenario"/> in which party <paramref name="party"/> has another communication profile.</summary>
    public static Scenario WithProfile(Scenario scenario, int party, CommunicationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(party);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(party, scenario.Parties.Length);
        Party p = scenario.Parties[party];
        var changed = new Party(p.Name, p.Profile, p.Constituencies, p.Ratification, profile);
        return new Scenario(scenario.Name, scenario.Space, scenario.Parties.SetItem(party, changed), scenario.Description, scenario.Timeline, scenario.Moves);
    }
}
