using System.Text.Json;
using Winset.Store;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class TournamentCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("winset-tournament-").FullName;

    private static string JobOffer => Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml");

    private static string UsedCar => Path.Combine(RepositoryPaths.Scenarios, "used-car.yaml");

    private static string GeniusGroup
    {
        get
        {
            string d = Path.Combine(RepositoryPaths.Fixtures, "genius", "folder-one");
            return string.Join('+', Path.Combine(d, "Deal-domain.xml"), Path.Combine(d, "Deal-prof1.xml"), Path.Combine(d, "Deal-prof2.xml"));
        }
    }

    private string Store => Path.Combine(_dir, "runs.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Tournament(params string[] more) => CliRunner.Run(
        [
            "tournament", "--agents", "boulware,conceder,micro", "--scenarios", JobOffer, UsedCar, "--reps", "2", "--rounds", "100",
            "--seed", "4", "--jobs", "2", "--store", Store, .. more,
        ]);

    [Fact]
    public void Tournament_Json_CountsAndRanking()
    {
        var r = Tournament("--name", "t1", "--json");

        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement root = doc.RootElement;
        root.GetProperty("negotiations").GetInt32().ShouldBe(2 * 6 * 2); // scenarios × ordered pairs × repetitions
        (root.GetProperty("completed").GetInt32() + root.GetProperty("errors").GetInt32()).ShouldBe(24);
        root.GetProperty("errors").GetInt32().ShouldBe(0);
        root.GetProperty("ran").GetInt32().ShouldBe(24);
        JsonElement[] ranking = [.. root.GetProperty("ranking").EnumerateArray()];
        ranking.Select(e => e.GetProperty("agent").GetString()).Order().ShouldBe(["boulware", "conceder", "micro"]);
        ranking.Select(e => e.GetProperty("meanUtility").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        ranking.ShouldAllBe(e => e.GetProperty("agreementRate").GetDouble() >= 0 && e.GetProperty("agreementRate").GetDouble() <= 1);
        root.GetProperty("ranking")[0].GetProperty("rank").GetInt32().ShouldBe(1);
        root.GetProperty("scenarios").GetArrayLength().ShouldBe(2);
        File.Exists(Store).ShouldBeTrue();
    }

    [Fact]
    public void Tournament_SameNameAgain_RunsNothing_SameStandings()
    {
        var first = Tournament("--name", "again", "--json");
        var second = Tournament("--name", "again", "--json");

        second.ExitCode.ShouldBe(0, second.All);
        using var a = JsonDocument.Parse(first.Out);
        using var b = JsonDocument.Parse(second.Out);
        b.RootElement.GetProperty("ran").GetInt32().ShouldBe(0);
        b.RootElement.GetProperty("ranking").GetRawText().ShouldBe(a.RootElement.GetProperty("ranking").GetRawText());
    }

    [Fact]
    public void Tournament_Csv_HeaderAndOneRowPerAgentOverallAndPerScenario()
    {
        string csv = Path.Combine(_dir, "standings.csv");
        var r = Tournament("--name", "csv", "--csv", csv);

        r.ExitCode.ShouldBe(0, r.All);
        r.Console.ShouldContain("Ranking (by mean utility)");
        string[] lines = File.ReadAllLines(csv);
        lines[0].ShouldBe("scenario,rank,agent,sessions,completed,errors,faults,agreements,meanUtility,meanAdvantage,agreementRate,meanWelfare,meanDistanceToPareto,meanDistanceToNash,meanRounds");
        lines.Length.ShouldBe(1 + 3 + (2 * 3));
        lines.Skip(1).Take(3).ShouldAllBe(l => l.StartsWith("*,"));
    }

    [Fact]
    public void Tournament_GeniusGroupAndNoStore_Runs()
    {
        var r = CliRunner.Run("tournament", "--agents", "linear,titfortat", "--scenarios", GeniusGroup, "--rounds", "50", "--no-store", "--json");

        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        doc.RootElement.GetProperty("negotiations").GetInt32().ShouldBe(2);
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), RunStore.DefaultFileName)).ShouldBeFalse();
    }

    [Fact]
    public void Tournament_ScenarioThatDoesNotLoad_Exit2NamingIt_NoStoreWritten()
    {
        string missing = Path.Combine(_dir, "nowhere.yaml");
        var r = CliRunner.Run("tournament", "--agents", "boulware,conceder", "--scenarios", JobOffer, missing, "--store", Store);

        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain($"scenario '{missing}' does not load");
        r.Error.ShouldNotContain("   at ");
        File.Exists(Store).ShouldBeFalse();
    }

    [Fact]
    public void Tournament_UnknownAgent_Exit2_NoStoreWritten()
    {
        var r = CliRunner.Run("tournament", "--agents", "boulware,nosuchagent", "--scenarios", JobOffer, "--store", Store);

        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("nosuchagent");
        File.Exists(Store).ShouldBeFalse();
    }

    [Fact]
    public void Tournament_StoreThatIsATextFile_Exit2_FileUnchanged()
    {
        File.WriteAllText(Store, "not a database\n");
        byte[] before = File.ReadAllBytes(Store);

        var r = Tournament("--name", "x");

        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain(StoreErrorMessages.NotAStore(StoreErrorMessages.NotSqlite));
        File.ReadAllBytes(Store).ShouldBe(before);
    }

    [Fact]
    public void Tournament_SameNameOtherSettings_Exit2()
    {
        Tournament("--name", "n").ExitCode.ShouldBe(0);

        var r = CliRunner.Run("tournament", "--agents", "boulware,conceder,micro", "--scenarios", JobOffer, UsedCar, "--reps", "3", "--rounds", "100", "--seed", "4", "--store", Store, "--name", "n");

        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("2 repetitions, not 3");
    }

    [Fact]
    public void Tournament_BadOptions_Exit2()
    {
        CliRunner.Run("tournament", "--scenarios", JobOffer).ExitCode.ShouldBe(2);
        CliRunner.Run("tournament", "--agents", "boulware,conceder").ExitCode.ShouldBe(2);
        CliRunner.Run("tournament", "--agents", "boulware,conceder", "--scenarios", JobOffer, "--reps", "0").ExitCode.ShouldBe(2);
        CliRunner.Run("tournament", "--agents", "boulware", "--scenarios", JobOffer, "--no-store").ExitCode.ShouldBe(2);
    }
}
