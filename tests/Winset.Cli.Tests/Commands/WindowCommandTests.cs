using System.Text.Json;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class WindowCommandTests
{
    private static string Fixture(string file) => Path.Combine(RepositoryPaths.Fixtures, "two-level", file);

    [Fact]
    public void Window_Json_OneEntryPerRoundWithTheBestDeal()
    {
        // When
        var r = CliRunner.Run("window", Fixture("line-window.yaml"), "--json");

        // Then one entry per round, timed by date; open in rounds 1-2 and 8-10
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement[] steps = [.. doc.RootElement.EnumerateArray()];
        steps.Length.ShouldBe(12);
        steps.Select(s => s.GetProperty("agreementSpaceSize").GetInt32()).ShouldBe([51, 51, 0, 0, 0, 0, 0, 51, 51, 51, 0, 0]);
        steps[0].GetProperty("time").GetString().ShouldBe("1999-04-01");
        steps[2].GetProperty("time").GetString().ShouldBe("1999-04-15");
        steps[2].GetProperty("label").GetString().ShouldBe("US publishes the concessions");
        steps[2].GetProperty("bestDeal").ValueKind.ShouldBe(JsonValueKind.Null);
        steps[5].GetProperty("label").GetString().ShouldBe(string.Empty);
        JsonElement best = steps[0].GetProperty("bestDeal");
        best.GetProperty("outcome").GetInt32().ShouldBe(50);
        best.GetProperty("values").GetProperty("x").GetDouble().ShouldBe(50);
        best.GetProperty("utilities").EnumerateArray().Select(e => e.GetDouble()).ShouldBe([0.5, 0.5], 1e-12);
        steps[0].GetProperty("winSetSizes").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([81, 71]);
        steps[2].GetProperty("round").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void Window_Table_ShowsTheChangesAndTheIntervals()
    {
        var r = CliRunner.Run("window", Fixture("line-window.yaml"), "--power");
        r.ExitCode.ShouldBe(0, r.All);
        foreach (string expected in new[]
        {
            "Line window", "Deal window", "Embassy bombing", "APEC: talks restart", "Congress turns hawkish",
            "Window open: rounds 1-2 (1999-04-01 to 1999-04-14); rounds 8-10 (1999-05-20 to 1999-06-09)",
            "Power in China's ratification", "Shapley-Shubik", "Pivotal changes for China", "Conservatives",
        })
        {
            r.Console.ShouldContain(expected);
        }

        // The unlikely rumour (probability 0.3) is left out.
        r.Console.ShouldNotContain("Rumour");
    }

    [Fact]
    public void Window_UnknownConstituencyInRule_ExitCode2()
    {
        var r = CliRunner.Run("window", Fixture("unknown-constituency.yaml"));
        r.ExitCode.ShouldBe(2, r.All);
        r.Error.ShouldContain("Politburo");
        r.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Window_MissingFile_ExitCode2()
    {
        var r = CliRunner.Run("window", Fixture("no-such-file.yaml"), "--json");
        r.ExitCode.ShouldBe(2, r.All);
        r.Out.ShouldBeEmpty();
    }
}
