using System.Text.Json;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class SimulateCommandTests
{
    private static string Tariff => Path.Combine(RepositoryPaths.Fixtures, "simulation", "tariff-talks.yaml");

    private static string JobOffer => Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml");

    [Fact]
    public void Simulate_Json_HasTheRequiredFields_AndProbabilitiesThatPartitionTheRuns()
    {
        var r = CliRunner.Run("simulate", Tariff, "--runs", "300", "--seed", "4", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement root = doc.RootElement;
        root.GetProperty("runs").GetInt32().ShouldBe(300);
        root.GetProperty("agents").EnumerateArray().Select(a => a.GetString()).ShouldBe(["aware:boulware", "aware:boulware"]);
        double sum = root.GetProperty("pRatifiedAgreement").GetDouble() + root.GetProperty("pRatificationFailure").GetDouble()
            + root.GetProperty("pNoAgreement").GetDouble() + root.GetProperty("pBreakdown").GetDouble() + root.GetProperty("pError").GetDouble();
        sum.ShouldBe(1.0, 1e-12);
        root.GetProperty("pRatifiedAgreement").GetDouble().ShouldBeGreaterThan(0);

        JsonElement[] outcomes = [.. root.GetProperty("outcomes").EnumerateArray()];
        outcomes.Sum(o => o.GetProperty("probability").GetDouble()).ShouldBe(1.0, 1e-12);
        JsonElement deal = outcomes.First(o => o.GetProperty("kind").GetString() == "deal");
        deal.GetProperty("terms").GetProperty("Tariff cut").GetString().ShouldNotBeNull();
        deal.GetProperty("terms").GetProperty("Safeguard years").GetString().ShouldNotBeNull();
        outcomes.All(o => o.TryGetProperty("terms", out _)).ShouldBeTrue();

        root.GetProperty("agreementTimes").GetProperty("quantiles")[2].GetProperty("date").GetString()!.ShouldStartWith("1999-");
        root.GetProperty("events").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public void Simulate_SameSeed_ByteIdenticalJson_WhateverTheJobs()
    {
        var a = CliRunner.Run("simulate", Tariff, "--runs", "200", "--seed", "9", "--noise", "0.1", "--jobs", "1", "--json");
        var b = CliRunner.Run("simulate", Tariff, "--runs", "200", "--seed", "9", "--noise", "0.1", "--jobs", "2", "--json");
        a.ExitCode.ShouldBe(0, a.All);
        b.Out.ShouldBe(a.Out);
        var c = CliRunner.Run("simulate", Tariff, "--runs", "200", "--seed", "10", "--noise", "0.1", "--json");
        c.Out.ShouldNotBe(a.Out);
    }

    [Fact]
    public void Simulate_Tables_ShowEndingsPressReleasesTimesAndEvents()
    {
        var r = CliRunner.Run("simulate", Tariff, "--runs", "200", "--seed", "1");
        r.ExitCode.ShouldBe(0, r.All);
        r.Console.ShouldContain("Tariff talks: 200 runs (seed 1), aware:boulware vs aware:boulware");
        r.Console.ShouldContain("How the runs ended");
        r.Console.ShouldContain("Ratification failure (involuntary defection)");
        r.Console.ShouldContain("Press releases");
        r.Console.ShouldContain("Deal: an agreement, ratified at home");
        r.Console.ShouldContain("Tariff cut:");
        r.Console.ShouldContain("When ratified agreements came");
        r.Console.ShouldContain("Embassy bombing");
    }

    [Fact]
    public void Simulate_PlainScenario_UsesPlainAgents_AndTheRoundsOption()
    {
        var r = CliRunner.Run("simulate", JobOffer, "--runs", "50", "--rounds", "40", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        doc.RootElement.GetProperty("agents").EnumerateArray().Select(a => a.GetString()).ShouldBe(["boulware", "boulware"]);
        doc.RootElement.GetProperty("deadline").GetInt32().ShouldBe(40);
        doc.RootElement.GetProperty("pRatificationFailure").GetDouble().ShouldBe(0);
    }

    [Fact]
    public void Simulate_ExplicitAgentsAndInformation_AreUsed()
    {
        var r = CliRunner.Run("simulate", Tariff, "--runs", "100", "--agents", "aware:conceder,aware(patience=0.1):linear", "--information", "complete", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        doc.RootElement.GetProperty("agents").EnumerateArray().Select(a => a.GetString()).ShouldBe(["aware:conceder", "aware(patience=0.1):linear"]);
        doc.RootElement.GetProperty("information").GetString().ShouldBe("complete");
        doc.RootElement.GetProperty("pRatificationFailure").GetDouble().ShouldBe(0);
    }

    [Theory]
    [InlineData("error: --runs must be a number of runs between 1 and 10,000,000, not 0.", "--runs", "0")]
    [InlineData("error: --runs must be a number of runs between 1 and 10,000,000, not -5.", "--runs", "-5")]
    [InlineData("error: --noise must be a standard deviation in [0, 1], not -0.1.", "--noise", "-0.1")]
    [InlineData("error: --noise must be a standard deviation in [0, 1], not 2.", "--noise", "2")]
    [InlineData("error: --jobs must be 0 (one per processor) or a positive number of jobs, not -1.", "--jobs", "-1")]
    [InlineData("error: --information must be estimated, private or complete, not 'psychic'.", "--information", "psychic")]
    [InlineData("error: Unknown agent 'bolware'. Known agents: aspiration, boulware, conceder, hardliner, linear, micro, nicetft, random, titfortat.", "--agents", "aware:bolware,boulware")]
    [InlineData("error: The scenario has 2 parties but 1 agent was given (aware:boulware); give one agent per party, in party order.", "--agents", "aware:boulware")]
    [InlineData("error: The scenario has 2 parties but 3 agents were given (boulware, boulware, boulware); give one agent per party, in party order.", "--agents", "boulware,boulware,boulware")]
    public void Simulate_BadInput_ExitCode2_WithTheMessage(string message, params string[] options)
    {
        var r = CliRunner.Run(["simulate", Tariff, .. options]);
        r.ExitCode.ShouldBe(2, r.All);
        r.Error.Trim().ShouldBe(message);
        r.Out.ShouldBeEmpty();
        r.Error.ShouldNotContain("   at ");
    }
}
