using System.Text.Json;
using Winset.Formats;
using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("winset-run-").FullName;

    private static string JobOffer => Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_Json_AgreementUtilitiesAreTheProfilesDiscountedAtTheEndTime()
    {
        var r = CliRunner.Run("run", JobOffer, "--agents", "boulware,conceder", "--rounds", "200", "--seed", "3", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement root = doc.RootElement;
        root.GetProperty("ended").GetString().ShouldBe("agreement");
        int round = root.GetProperty("round").GetInt32();
        round.ShouldBeInRange(1, 200);

        Scenario s = ScenarioLoader.Load([JobOffer]);
        var outcome = s.Space.OutcomeAt(new OutcomeIndex(root.GetProperty("agreementOutcome").GetInt32()));
        double t = root.GetProperty("time").GetDouble();
        double[] utilities = root.GetProperty("utilities").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (int p = 0; p < 2; p++)
        {
            Profile profile = s.Parties[p].Profile;
            utilities[p].ShouldBe(profile.Discount(profile.Utility(outcome), t), 1e-12);
        }

        // The agreement's values name every issue.
        var agreement = root.GetProperty("agreement");
        foreach (Issue issue in s.Space.Issues)
        {
            agreement.TryGetProperty(issue.Name, out _).ShouldBeTrue(issue.Name);
        }

        root.GetProperty("distanceToPareto").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        root.GetProperty("distanceToNash").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Run_TwoHardliners_EndAtTheDeadlineWithReservationValues()
    {
        var r = CliRunner.Run("run", JobOffer, "--agents", "hardliner,hardliner", "--rounds", "10", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        doc.RootElement.GetProperty("ended").GetString().ShouldBe("deadline");
        doc.RootElement.GetProperty("agreement").ValueKind.ShouldBe(JsonValueKind.Null);
        doc.RootElement.GetProperty("round").GetInt32().ShouldBe(10);
        double[] u = doc.RootElement.GetProperty("utilities").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        u[0].ShouldBe(0.35 * 0.95, 1e-12); // the Company's reservation value, discounted at t = 1
        u[1].ShouldBe(0.45, 1e-12);
    }

    [Fact]
    public void Run_SameSeed_SameTraceByteForByte_AndCsvToo()
    {
        string a = Path.Combine(_dir, "a.jsonl"), b = Path.Combine(_dir, "b.jsonl"), c = Path.Combine(_dir, "c.csv");
        CliRunner.Run("run", JobOffer, "--agents", "random,micro", "--rounds", "50", "--seed", "7", "--trace", a).ExitCode.ShouldBe(0);
        CliRunner.Run("run", JobOffer, "--agents", "random,micro", "--rounds", "50", "--seed", "7", "--trace", b).ExitCode.ShouldBe(0);
        File.ReadAllBytes(a).ShouldBe(File.ReadAllBytes(b));
        File.ReadAllLines(a).Length.ShouldBeGreaterThan(1);

        CliRunner.Run("run", JobOffer, "--agents", "random,micro", "--rounds", "50", "--seed", "7", "--trace", c).ExitCode.ShouldBe(0);
        string[] csv = File.ReadAllLines(c);
        csv[0].ShouldStartWith("round,turn,time,party,name,action,outcome,u_Company,u_Candidate");
        csv.Length.ShouldBe(File.ReadAllLines(a).Length + 1);
    }

    [Theory]
    [InlineData("plot.png")]
    [InlineData("plot.svg")]
    public void Run_Plot_WritesAnImage(string name)
    {
        string file = Path.Combine(_dir, name);
        var r = CliRunner.Run("run", JobOffer, "--agents", "conceder,conceder", "--rounds", "50", "--plot", file);
        r.ExitCode.ShouldBe(0, r.All);
        byte[] bytes = File.ReadAllBytes(file);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            bytes.Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        }
        else
        {
            string svg = System.Text.Encoding.UTF8.GetString(bytes);
            svg.ShouldStartWith("<svg");
            svg.ShouldContain("Offers over time");
        }

        Directory.GetFiles(_dir).ShouldBe([file]); // no temporary file left behind
    }

    [Fact]
    public void Run_UnknownAgent_ExitsTwoListingTheKnownOnes()
    {
        var r = CliRunner.Run("run", JobOffer, "--agents", "boulware,smartypants", "--rounds", "10");
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("smartypants");
        foreach (string known in AgentPresets.Names)
        {
            r.Error.ShouldContain(known);
        }
    }

    [Theory]
    [InlineData("--rounds", "0", "--rounds must be a positive")]
    [InlineData("--rounds", "-5", "--rounds must be a positive")]
    [InlineData("--trace", "trace.txt", "--trace must name a .jsonl or .csv")]
    [InlineData("--plot", "plot.gif", "--plot must name a .png or .svg")]
    public void Run_BadOption_ExitsTwoWithTheReason(string option, string value, string message)
    {
        var r = CliRunner.Run("run", JobOffer, "--agents", "boulware,conceder", option, value);
        r.ExitCode.ShouldBe(2);
        r.All.ShouldContain(message);
    }

    [Fact]
    public void Run_WrongAgentCount_ExitsTwo()
    {
        var r = CliRunner.Run("run", JobOffer, "--agents", "boulware,conceder,linear", "--rounds", "10");
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("3");
        r.Error.ShouldContain("2");
        r.All.ShouldNotContain("   at ");
    }

    [Fact]
    public void Run_TwoLevelScenario_ReportsRatification()
    {
        string flagship = Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml");
        var r = CliRunner.Run("run", flagship, "--agents", "aware:boulware,aware:boulware", "--seed", "1", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement root = doc.RootElement;
        root.GetProperty("round").GetInt32().ShouldBeLessThanOrEqualTo(35); // the timeline's rounds replace --rounds
        if (root.GetProperty("ended").GetString() == "agreement")
        {
            root.GetProperty("ratified").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
        }
        else
        {
            root.GetProperty("ratified").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    [Fact]
    public void Agents_ListsEveryPresetWithALine()
    {
        var r = CliRunner.Run("agents");
        r.ExitCode.ShouldBe(0);
        foreach (AgentPreset p in AgentPresets.All)
        {
            r.Console.ShouldContain(p.Name);
        }

        r.Console.ShouldContain("aware:");

        using var doc = JsonDocument.Parse(CliRunner.Run("agents", "--json").Out);
        doc.RootElement.GetArrayLength().ShouldBe(AgentPresets.All.Length);
    }

    [Fact]
    public void BenchNegotiation_Json_ReportsBothSizes()
    {
        var r = CliRunner.Run("bench", "negotiation", "--sessions", "1", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        var sizes = doc.RootElement.GetProperty("sizes").EnumerateArray().ToArray();
        sizes.Select(s => s.GetProperty("outcomes").GetInt32()).ShouldBe([1000, 1_000_000]);
        sizes.ShouldAllBe(s => s.GetProperty("rounds").GetInt64() == 1000); // run to the deadline, never agreeing
    }

    [Fact]
    public void BenchTwoLevel_TimesBothWorkloads()
    {
        var r = CliRunner.Run("bench", "twolevel", "--runs", "50", "--scenario", Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml"));
        r.ExitCode.ShouldBe(0, r.All);
        r.Console.ShouldContain("1,000,000");
        r.Console.ShouldContain("50 Monte Carlo runs of US-China WTO talks, 1999");
    }

    [Fact]
    public void AgentList_SplitsOnCommasOutsideParentheses()
    {
        Winset.Cli.Commands.AgentList.Parse("boulware(e=0.1,k=0.2), conceder ,micro").ShouldBe(["boulware(e=0.1,k=0.2)", "conceder", "micro"]);
        Should.Throw<Diagnostics.InputException>(() => Winset.Cli.Commands.AgentList.Parse("boulware,,micro"));
    }
}
