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
    public void Export_Sessions_OneRowPerSessionMatchingTheStandings()
    {
        RunTournament("each");
        string csv = Path.Combine(_dir, "sessions.csv"), json = Path.Combine(_dir, "sessions.json");

        CliRunner.Run("runs", "export", "each", "--sessions", "--out", csv, "--store", Store).ExitCode.ShouldBe(0);
        CliRunner.Run("runs", "export", "each", "--sessions", "--out", json, "--store", Store).ExitCode.ShouldBe(0);

        string[] lines = File.ReadAllLines(csv);
        lines[0].ShouldBe("session,scenario,repetition,seed,ended,round,time,moves,agreement,distance_pareto,distance_nash,erring_party,error,agent_1,utility_1,advantage_1,agent_2,utility_2,advantage_2");
        lines.Length.ShouldBe(3); // two sessions: (boulware, linear) and (linear, boulware)
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var sessions = doc.RootElement.GetProperty("sessions").EnumerateArray().ToArray();
        sessions.Select(x => string.Join(",", x.GetProperty("agents").EnumerateArray().Select(a => a.GetString()))).Order().ShouldBe(["boulware,linear", "linear,boulware"]);

        // The per-session utilities average to the standings' mean utility of each agent.
        using var show = JsonDocument.Parse(CliRunner.Run("runs", "show", "each", "--store", Store, "--json").Out);
        foreach (JsonElement rank in show.RootElement.GetProperty("ranking").EnumerateArray())
        {
            string agent = rank.GetProperty("agent").GetString()!;
            double mean = sessions.Where(x => x.GetProperty("ended").GetString() != "error")
                .SelectMany(x => x.GetProperty("agents").EnumerateArray().Select((a, i) => (a.GetString(), x.GetProperty("utilities")[i].GetDouble())))
                .Where(t => t.Item1 == agent).Average(t => t.Item2);
            rank.GetProperty("meanUtility").GetDouble().ShouldBe(mean, 1e-12);
        }
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
