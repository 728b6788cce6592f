using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("winset-demo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Demo_Flagship_PrintsTheStoryAndWritesTheReport()
    {
        string report = Path.Combine(_dir, "report");
        var r = CliRunner.Run("demo", Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml"), "--out", report, "--runs", "300", "--seed", "7");

        r.ExitCode.ShouldBe(0, r.All);
        // The window opens in the first week of April, shuts with the disclosure, reopens after APEC (round 24).
        r.Console.ShouldContain("Window open: round 1 (1999-04-01 to 1999-04-07); rounds 24-35");
        r.Console.ShouldContain("Treasury");
        r.Console.ShouldContain("supplicant");
        string index = File.ReadAllText(Path.Combine(report, "index.md"));
        index.ShouldContain("## 1. The deal window");
        index.ShouldContain("- **Opens** in round 1 (1999-04-01)");
        index.ShouldContain("- **Shuts** in round 2 (1999-04-08): The US publishes China's concessions");
        index.ShouldContain("- **Opens** in round 24 (1999-09-09)");
        index.ShouldContain("## 3. Who is pivotal");
        index.ShouldContain("**2. Clinton's conditional offer at the White House**");
        index.ShouldContain("simulated years: the press releases");
        foreach (string png in new[] { "window.png", "plane-start.png", "plane-shut.png", "plane-reopened.png" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(report, png));
            bytes.Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png);
            index.ShouldContain($"({png})");
        }

        Directory.GetDirectories(_dir).ShouldBe([report]); // no temporary folder left behind
    }

    [Fact]
    public void Demo_SameSeed_SameReportText()
    {
        string a = Path.Combine(_dir, "a"), b = Path.Combine(_dir, "b");
        string scenario = Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml");
        CliRunner.Run("demo", scenario, "--out", a, "--runs", "200", "--seed", "3").ExitCode.ShouldBe(0);
        CliRunner.Run("demo", scenario, "--out", b, "--runs", "200", "--seed", "3").ExitCode.ShouldBe(0);
        File.ReadAllText(Path.Combine(b, "index.md")).Replace(b, "X").ShouldBe(File.ReadAllText(Path.Combine(a, "index.md")).Replace(a, "X"));
    }

    [Fact]
    public void Demo_ScenarioWithoutLevelTwo_ExitsTwoAndWritesNothing()
    {
        string report = Path.Combine(_dir, "report");
        var r = CliRunner.Run("demo", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"), "--out", report);
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("needs a two-level scenario");
        Directory.Exists(report).ShouldBeFalse();
    }

    [Fact]
    public void Demo_OutIsAFile_ExitsTwoAndLeavesItAlone()
    {
        string file = Path.Combine(_dir, "taken");
        File.WriteAllText(file, "keep");
        var r = CliRunner.Run("demo", Path.Combine(RepositoryPaths.Scenarios, "us-china-wto-1999.yaml"), "--out", file, "--runs", "10");
        r.ExitCode.ShouldBe(2);
        File.ReadAllText(file).ShouldBe("keep");
    }
}
