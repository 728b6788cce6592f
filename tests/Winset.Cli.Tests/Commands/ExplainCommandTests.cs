using System.Text.Json;
using Winset.Analysis.Perspective;
using Winset.Formats;
using Winset.Model;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class ExplainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("winset-explain-").FullName;

    private static string Flagship => Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml");

    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Fixtures, "perspective", name);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Explain_FlagshipAprilOffer_ShowsWhyARationalZhuSaysNo()
    {
        // Given the flagship's April exchange, when Clinton's conditional offer is explained, then China's utility of
        // the package, less the face cost of accepting a conditional offer, falls below its reservation value, although
        // the package is individually rational and inside China's win-set; and the two sides read it differently.
        var r = CliRunner.Run("explain", Flagship, "--move", "2", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement move = doc.RootElement.GetProperty("moves")[0];
        move.GetProperty("sender").GetString().ShouldBe("United States");
        move.GetProperty("speechAct").GetString().ShouldBe("conditionalOffer");
        // Against the US position going into the visit, the package is a real concession, and China hears one too.
        move.GetProperty("concession").GetDouble().ShouldBeGreaterThan(0.3);
        JsonElement china = move.GetProperty("receivers")[0];
        china.GetProperty("perceivedConcession").GetDouble().ShouldBeGreaterThan(0.3);
        china.GetProperty("party").GetString().ShouldBe("China");
        china.GetProperty("individuallyRational").GetBoolean().ShouldBeTrue();
        china.GetProperty("inWinSet").GetBoolean().ShouldBeTrue();
        double utility = china.GetProperty("utility").GetDouble();
        double faceCost = china.GetProperty("faceCost").GetDouble();
        faceCost.ShouldBeGreaterThan(0);
        (utility - faceCost).ShouldBeLessThan(china.GetProperty("reservation").GetDouble());
        china.GetProperty("wouldAccept").GetBoolean().ShouldBeFalse();
        china.GetProperty("mismatch").GetDouble().ShouldBeGreaterThanOrEqualTo(CommunicationModel.MismatchThreshold);
        china.GetProperty("mismatchDimension").GetString().ShouldBe("faceThreat");
        move.GetProperty("intended").GetProperty("reads").GetString().ShouldBe("a generous offer");
        china.GetProperty("perceived").GetProperty("reads").GetString().ShouldBe("a request to become a supplicant");
        move.GetProperty("senderInWinSet").GetBoolean().ShouldBeFalse(); // Treasury's veto: the US could not sell it at home
        string text = move.GetProperty("text").GetString()!;
        text.ShouldContain("United States means a generous offer; China hears a request to become a supplicant");
        text.ShouldContain("A rational China says no: the cost of accepting outweighs its gain.");
    }

    [Fact]
    public void Explain_FlagshipRefusalAndPublishedList_WhatEachSideAndChinasHomeFrontHear()
    {
        var r = CliRunner.Run("explain", Flagship, "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement moves = doc.RootElement.GetProperty("moves");
        moves.GetArrayLength().ShouldBe(6);

        // Zhu's "no": he meant a refusal to ask in public; the US heard that China did not need the deal now.
        JsonElement refusal = moves[2];
        refusal.GetProperty("speechAct").GetString().ShouldBe("reject");
        refusal.GetProperty("senderReception").GetProperty("wouldAccept").GetBoolean().ShouldBeFalse();
        refusal.GetProperty("intended").GetProperty("reads").GetString().ShouldBe("a refusal to ask in public, leaving the door open");
        refusal.GetProperty("receivers")[0].GetProperty("perceived").GetProperty("reads").GetString().ShouldBe("a firm no: no need for the deal now");
        refusal.GetProperty("receivers")[0].GetProperty("mismatchFlagged").GetBoolean().ShouldBeTrue();

        // The published list: heard in Beijing as humiliation; the package leaves China's win-set as the state
        // industries and conservatives mobilise.
        JsonElement list = moves[3];
        JsonElement china = list.GetProperty("receivers")[0];
        china.GetProperty("perceived").GetProperty("reads").GetString().ShouldBe("a public humiliation: its concessions exposed");
        china.GetProperty("inWinSetBefore").GetBoolean().ShouldBeTrue();
        china.GetProperty("inWinSet").GetBoolean().ShouldBeFalse();
        china.GetProperty("audienceCost").GetDouble().ShouldBeGreaterThan(0);
        var soe = list.GetProperty("homeFront").EnumerateArray().Single(c => c.GetProperty("constituency").GetString() == "State-owned industries");
        soe.GetProperty("mobilisationBefore").GetDouble().ShouldBe(0.4);
        soe.GetProperty("mobilisation").GetDouble().ShouldBe(1);
        list.GetProperty("text").GetString()!.ShouldContain("The terms have left China's win-set");

        // November: the deal is accepted, and accepting pays.
        moves[5].GetProperty("senderReception").GetProperty("wouldAccept").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Explain_Flagship_TextMatchesTheLibrarysScriptText()
    {
        // The demo's API and the command print the same sentences.
        var r = CliRunner.Run("explain", Flagship);
        r.ExitCode.ShouldBe(0, r.All);
        string console = string.Join(" ", r.Console.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (MovePerspective p in PerspectiveAnalyzer.ExplainScript(ScenarioLoader.Load([Flagship])))
        {
            console.ShouldContain(p.Sentences[0]);
        }

        console.ShouldContain("Move 6");
    }

    [Fact]
    public void Explain_CommunicationOverride_ChangesTheMismatchAndTheText()
    {
        var before = CliRunner.Run("explain", Flagship, "--move", "2", "--json");
        var after = CliRunner.Run("explain", Flagship, "--move", "2", "--json", "--communication", "China.directness=0.85", "--communication", "China.faceSensitivity=0.25", "--communication", "China.audienceCost=0.6");
        after.ExitCode.ShouldBe(0, after.All);
        using var b = JsonDocument.Parse(before.Out);
        using var a = JsonDocument.Parse(after.Out);
        JsonElement chinaAfter = a.RootElement.GetProperty("moves")[0].GetProperty("receivers")[0];
        chinaAfter.GetProperty("mismatch").GetDouble().ShouldBe(0); // the US profile: same dialect, no mismatch
        chinaAfter.GetProperty("wouldAccept").GetBoolean().ShouldBeTrue();
        a.RootElement.GetProperty("moves")[0].GetProperty("text").GetString()
            .ShouldNotBe(b.RootElement.GetProperty("moves")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Explain_Trace_WithScenario_ExplainsEveryLine()
    {
        var r = CliRunner.Run("explain", Fixture("two-level.trace.jsonl"), "--scenario", Fixture("two-level.yaml"), "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement moves = doc.RootElement.GetProperty("moves");
        moves.GetArrayLength().ShouldBe(4);
        moves[0].GetProperty("speechAct").GetString().ShouldBe("conditionalOffer");
        moves[2].GetProperty("public").GetBoolean().ShouldBeTrue();
        moves[3].GetProperty("speechAct").GetString().ShouldBe("accept");
    }

    [Fact]
    public void Explain_TraceWrittenByRun_IsRead()
    {
        string trace = Path.Combine(_dir, "run.jsonl");
        string scenario = Fixture("two-level.yaml");
        var run = CliRunner.Run("run", scenario, "--agents", "boulware,conceder", "--rounds", "4", "--trace", trace);
        run.ExitCode.ShouldBe(0, run.All);
        var r = CliRunner.Run("explain", trace, "--scenario", scenario, "--move", "1", "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        doc.RootElement.GetProperty("moves")[0].GetProperty("move").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Explain_MoveOutsideTheTrace_ExitsTwoWithTheRange()
    {
        var r = CliRunner.Run("explain", Fixture("two-level.trace.jsonl"), "--scenario", Fixture("two-level.yaml"), "--move", "9");
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("--move 9 is outside the 4 moves of");
        r.Error.ShouldContain("expected 1..4");
        r.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Explain_MoveZero_ExitsTwo()
    {
        var r = CliRunner.Run("explain", Flagship, "--move", "0");
        r.ExitCode.ShouldBe(2);
        r.All.ShouldContain("--move must be 1 or more");
    }

    [Fact]
    public void Explain_UnknownSpeechActInScenario_ExitsTwoWithLocation()
    {
        var r = CliRunner.Run("explain", Fixture("bad-speech-act.yaml"));
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("bad-speech-act.yaml:");
        r.Error.ShouldContain("unknown speech act 'plea'; expected one of: offer, conditionalOffer");
    }

    [Fact]
    public void Explain_UnknownSpeechActInTrace_ExitsTwoWithLine()
    {
        var r = CliRunner.Run("explain", Fixture("bad-speech-act.trace.jsonl"), "--scenario", Fixture("two-level.yaml"));
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("bad-speech-act.trace.jsonl:1: unknown speech act 'plea'");
    }

    [Fact]
    public void Explain_UnknownProfileParameter_ExitsTwo()
    {
        var inFile = CliRunner.Run("explain", Fixture("bad-profile-parameter.yaml"));
        inFile.ExitCode.ShouldBe(2);
        inFile.Error.ShouldContain("unknown key 'politeness' in a communication profile; expected one of: directness, faceSensitivity, audienceCost.");

        var inOption = CliRunner.Run("explain", Flagship, "--communication", "China.politeness=0.3");
        inOption.ExitCode.ShouldBe(2);
        inOption.Error.ShouldContain("unknown communication parameter 'politeness'; expected one of: directness, faceSensitivity, audienceCost.");

        var unknownParty = CliRunner.Run("explain", Flagship, "--communication", "Mars.directness=0.3");
        unknownParty.ExitCode.ShouldBe(2);
        unknownParty.Error.ShouldContain("party 'Mars'");
    }

    [Fact]
    public void Explain_TraceWithoutScenario_ExitsTwo()
    {
        var r = CliRunner.Run("explain", Fixture("two-level.trace.jsonl"));
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("a trace does not name its scenario; give it with --scenario PATH");
    }

    [Fact]
    public void Explain_TraceFromAnotherScenario_ExitsTwo()
    {
        var r = CliRunner.Run("explain", Fixture("two-level.trace.jsonl"), "--scenario", Flagship);
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("is this the scenario the run used?");
    }

    [Fact]
    public void Explain_ScenarioWithoutMoves_ExitsTwo()
    {
        var r = CliRunner.Run("explain", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"));
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("has no moves to explain");
    }
}
