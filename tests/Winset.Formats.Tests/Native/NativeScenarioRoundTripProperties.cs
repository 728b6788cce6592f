using CsCheck;
using Winset.Formats.Native;
using Winset.Model;
using Winset.Testing;

namespace Winset.Formats.Tests.Native;

/// <summary>Write → read of generated scenarios gives back the same utilities, bit for bit.</summary>
public sealed class NativeScenarioRoundTripProperties
{
    // Option names chosen to trip a YAML writer: booleans, numbers, colons, quotes, leading spaces, non-ASCII.
    private static readonly string[] Names =
        ["a", "yes", "No", "1.0", "007", "x: y", "#tag", " lead", "trail ", "it's", "\"q\"", "€10,000", "null", "- dash", "[x]", "a&b", "~"];

    private static readonly Gen<Scenario> ScenarioGen = ScenarioGens.LinearAdditive(
        Names, k => $"Issue {k} {(k % 2 == 0 ? "yes" : "1")}", "generated: a \"tricky\" name", [2, 3, 5]);

    [Fact]
    public void WriteThenRead_GeneratedScenarios_SameUtilitiesAndParameters()
    {
        ScenarioGen.Sample(s =>
        {
            string yaml = NativeScenarioWriter.ToYaml(s);
            Scenario back = NativeScenarioFormat.Parse(yaml, "generated.yaml");
            back.Name.ShouldBe(s.Name);
            back.Space.Issues.Select(i => i.Values.ToArray()).ShouldBe(s.Space.Issues.Select(i => i.Values.ToArray()));
            for (int p = 0; p < s.Parties.Length; p++)
            {
                back.Parties[p].Profile.ComputeUtilities().ShouldBe(s.Parties[p].Profile.ComputeUtilities(), yaml);
                back.Parties[p].Profile.ReservationValue.ShouldBe(s.Parties[p].Profile.ReservationValue);
                back.Parties[p].Profile.DiscountFactor.ShouldBe(s.Parties[p].Profile.DiscountFactor);
            }
        }, iter: 300);
    }
}
