using System.Text.Json;
using Winset.Store;
using Winset.Web.Hosting;

namespace Winset.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed class TournamentEndpointsTests(WebServer server)
{
    [Fact]
    public async Task ListTournaments_ReadsTheRunStore()
    {
        JsonElement list = await server.GetJson("/api/tournaments");

        list.GetProperty("available").GetBoolean().ShouldBeTrue();
        list.GetProperty("store").GetString().ShouldBe("runs.db");
        JsonElement t = list.GetProperty("tournaments").EnumerateArray().Single();
        t.GetProperty("name").GetString().ShouldBe(TestStore.TournamentName);
        t.GetProperty("agents").GetInt32().ShouldBe(3);
        t.GetProperty("scenarios").GetInt32().ShouldBe(2);
        t.GetProperty("recorded").GetInt32().ShouldBe(t.GetProperty("negotiations").GetInt32());
        t.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task GetTournament_StandingsMatchTheStore()
    {
        JsonElement t = await server.GetJson("/api/tournaments/" + TestStore.TournamentName);
        using RunStore store = RunStore.Open(server.StorePath, mustExist: true);
        var expected = store.Load(TestStore.TournamentName).Standings();

        t.GetProperty("negotiations").GetInt32().ShouldBe(expected.Negotiations);
        t.GetProperty("agreements").GetInt32().ShouldBe(expected.Agreements);
        JsonElement ranking = t.GetProperty("ranking");
        ranking.GetArrayLength().ShouldBe(3);
        for (int i = 0; i < 3; i++)
        {
            ranking[i].GetProperty("agent").GetString().ShouldBe(expected.Ranking[i].Agent);
            ranking[i].GetProperty("rank").GetInt32().ShouldBe(expected.Ranking[i].Rank);
            ranking[i].GetProperty("meanUtility").GetDouble().ShouldBe(expected.Ranking[i].MeanUtility);
        }

        t.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("scenario").GetString()).ShouldBe(expected.Scenarios.Select(s => s.Scenario));
    }

    [Theory]
    [InlineData("/api/tournaments/nope")]
    [InlineData("/api/tournaments/..%2F..%2Fetc%2Fpasswd")]
    public async Task GetTournament_Unknown_Is404(string path)
    {
        var (status, body, _) = await server.Send(HttpMethod.Get, path);

        status.ShouldBe(404);
        body.GetProperty("detail").GetString()!.ShouldContain("no tournament");
    }

    [Fact]
    public async Task ListTournaments_NoStore_SaysWhatToDo()
    {
        string missing = Path.Combine(server.Root, "absent", "none.db");
        await using var app = WinsetWeb.Build(new WinsetWebOptions { Urls = "http://127.0.0.1:0", StorePath = missing, DataFolder = Path.Combine(server.Root, "other") });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(WinsetWeb.Address(app)) };

        JsonElement list = JsonDocument.Parse(await client.GetStringAsync("/api/tournaments")).RootElement;
        using HttpResponseMessage one = await client.GetAsync("/api/tournaments/web-test");

        list.GetProperty("available").GetBoolean().ShouldBeFalse();
        list.GetProperty("message").GetString()!.ShouldContain("winset tournament");
        ((int)one.StatusCode).ShouldBe(404);
        File.Exists(missing).ShouldBeFalse("reading the tournaments must not create a store");
        await app.StopAsync();
    }
}
