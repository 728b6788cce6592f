using System.Text.Json;
using Winset.Formats;
using Winset.Model;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("winset-convert-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("job-offer.yaml")]
    [InlineData("used-car.yaml")]
    [InlineData("coalition-budget.yaml")]
    public void Convert_YamlToGeniusAndBack_SameUtilities(string file)
    {
        string input = Path.Combine(RepositoryPaths.Scenarios, file);
        string genius = Path.Combine(_dir, "genius");
        string yaml = Path.Combine(_dir, "back.yaml");

        CliRunner.Run("convert", input, "--to", "genius", "--out", genius).ExitCode.ShouldBe(0);
        CliRunner.Run("convert", genius, "--to", "yaml", "--out", yaml).ExitCode.ShouldBe(0);

        Scenario original = ScenarioLoader.Load([input]);
        Scenario viaGenius = ScenarioLoader.Load([genius]);
        Scenario back = ScenarioLoader.Load([yaml]);
        // A GENIUS folder does not record the order of its profiles, so parties are matched by name.
        viaGenius.Parties.Select(p => p.Name).Order().ShouldBe(original.Parties.Select(p => p.Name).Order());
        foreach (Party party in original.Parties)
        {
            double[] expected = party.Profile.ComputeUtilities();
            Profile imported = viaGenius.Parties.Single(p => p.Name == party.Name).Profile;
            Profile again = back.Parties.Single(p => p.Name == party.Name).Profile;
            imported.ComputeUtilities().ShouldBe(expected, tolerance: 1e-12);
            again.ComputeUtilities().ShouldBe(expected, tolerance: 1e-12);
            again.ReservationValue.ShouldBe(party.Profile.ReservationValue, 1e-15);
            again.DiscountFactor.ShouldBe(party.Profile.DiscountFactor, 1e-15);
        }
    }

    [Fact]
    public void Convert_TwoLevelScenarioToGenius_SaysWhatWasLeftOut()
    {
        string genius = Path.Combine(_dir, "flagship");
        var r = CliRunner.Run("convert", Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml"), "--to", "genius", "--out", genius);
        r.ExitCode.ShouldBe(0, r.All);
        r.Console.ShouldContain("left out");
        ScenarioLoader.Load([genius]).Parties.Length.ShouldBe(2);
    }

    [Fact]
    public void Convert_GeniusOutIsAnExistingFile_ExitsTwoAndLeavesItAlone()
    {
        string file = Path.Combine(_dir, "taken.txt");
        File.WriteAllText(file, "keep me");
        var r = CliRunner.Run("convert", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"), "--to", "genius", "--out", file);
        r.ExitCode.ShouldBe(2);
        File.ReadAllText(file).ShouldBe("keep me");
    }

    [Fact]
    public void Convert_UnknownTarget_ExitsTwoListingTheChoices()
    {
        var r = CliRunner.Run("convert", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"), "--to", "xml", "--out", Path.Combine(_dir, "x"));
        r.ExitCode.ShouldBe(2);
        r.All.ShouldContain("'genius' or 'yaml'");
        Directory.Exists(Path.Combine(_dir, "x")).ShouldBeFalse();
    }

    [Fact]
    public void Convert_BadInput_WritesNothing()
    {
        string bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, "issues: [ {name: x, values: [a]} ]\nparties:\n  - name: A\n    weights: {x: 1}\n");
        string output = Path.Combine(_dir, "out.yaml");
        var r = CliRunner.Run("convert", bad, "--to", "yaml", "--out", output);
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("needs 'utilities'");
        File.Exists(output).ShouldBeFalse();
        Directory.GetFiles(_dir).ShouldBe([bad]);
    }

    [SkippableFact]
    public void Analyze_GeniusDomainAndProfiles_AgreesWithReference()
    {
        string domains = SharedData.DomainsDirectory;
        using var reference = JsonDocument.Parse(File.ReadAllBytes(SharedData.ReferenceJson));
        JsonElement entry = reference.RootElement.GetProperty("scenarios").EnumerateArray()
            .First(s => s.GetProperty("id").GetString() == "ANAC2012_Laptop::Laptop-B-domain::Laptop-B-prof1+Laptop-B-prof2");
        string dir = Path.Combine(domains, "ANAC2012_Laptop");

        var r = CliRunner.Run("analyze", Path.Combine(dir, "Laptop-B-domain.xml"), Path.Combine(dir, "Laptop-B-prof1.xml"), Path.Combine(dir, "Laptop-B-prof2.xml"), "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement analysis = entry.GetProperty("analysis");
        doc.RootElement.GetProperty("outcomeCount").GetInt32().ShouldBe(entry.GetProperty("n_outcomes").GetInt32());
        doc.RootElement.GetProperty("paretoOutcomeCount").GetInt32().ShouldBe(analysis.GetProperty("pareto_n_outcomes").GetInt32());
        foreach (var (ours, theirs) in new[] { ("nash", "nash_rv"), ("kalaiSmorodinsky", "kalai_rv"), ("maxWelfare", "max_welfare") })
        {
            int outcome = doc.RootElement.GetProperty(ours).GetProperty("outcome").GetInt32();
            analysis.GetProperty(theirs).GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("index").GetInt32()).ShouldContain(outcome, ours);
        }
    }
}
