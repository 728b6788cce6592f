using System.Text.Json;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class RunsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("winset-runs-").FullName;

    private string Store => Path.Combine(_dir, "runs.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void RunTournament(string name) =>
        CliRunner.Run("tournament", "--agents", "boulware,linear", "--scenarios", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"),
            "--rounds", "50", "--store", Store, "--name", name).ExitCode.ShouldBe(0);

    [Fact]
    public void List_ShowsEveryTournament()
    {
        RunTournament("first");
        RunTournament("second");

        var table = CliRunner.Run("runs", "list", "--store", Store);
        table.ExitCode.ShouldBe(0, table.All);
        table.Console.ShouldContain("first");
        table.Console.ShouldContain("second");

        var json = CliRunner.Run("runs", "list", "--store", Store, "--json");
        using var doc = JsonDocument.Parse(json.Out);
        doc.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldBe(["first", "second"]);
        doc.RootElement[0].GetProperty("recorded").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Show_Json_SameShapeAsTheTournament()
    {
        RunTournament("shown");

        var r = CliRunner.Run("runs", "show", "shown", "--store", Store, "--json");

        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        doc.RootElement.GetProperty("negotiations").GetInt32().ShouldBe(2);
        doc.RootElement.GetProperty("ranking").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Export_CsvAndJson()
    {
        RunTournament("exported");
        string csv = Path.Combine(_dir, "out.csv"), json = Path.Combine(_dir, "out.json");

        CliRunner.Run("runs", "export", "exported", "--out", csv, "--store", Store).ExitCode.ShouldBe(0);
        CliRunner.Run("runs", "export", "exported", "--out", json, "--store", Store).ExitCode.ShouldBe(0);

        File.ReadLines(csv).First().ShouldStartWith("scenario,rank,agent,");
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        doc.RootElement.GetProperty("completed").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void BadInput_Exit2()
    {
        CliRunner.Run("runs", "list", "--store", Store).ExitCode.ShouldBe(2); // no such store
        File.Exists(Store).ShouldBeFalse();
        RunTournament("here");
        var unknown = CliRunner.Run("runs", "show", "absent", "--store", Store);
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("no tournament named 'absent'");
        CliRunner.Run("runs", "export", "here", "--out", Path.Combine(_dir, "x.txt"), "--store", Store).ExitCode.ShouldBe(2);
        File.Exists(Path.Combine(_dir, "x.txt")).ShouldBeFalse();
    }
}
