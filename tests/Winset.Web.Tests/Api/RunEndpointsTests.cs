using System.Text.Json;
using Winset.Testing;
using Winset.Web.Tests.Cli;

namespace Winset.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed class RunEndpointsTests(WebServer server)
{
    [Fact]
    public async Task Run_BoulwareVsConceder_ReportsAsWinsetRunJsonWithTheTrace()
    {
        var (status, run, _) = await server.Send(HttpMethod.Post, "/api/runs", new { scenario = "job-offer", agents = new[] { "boulware", "conceder" }, rounds = 200, seed = 1 });
        var (exit, output, _) = CliCapture.Run("run", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"), "--agents", "boulware,conceder", "--rounds", "200", "--seed", "1", "--json");

        status.ShouldBe(200);
        exit.ShouldBe(0);
        JsonElement cli = JsonDocument.Parse(output).RootElement;
        foreach (JsonProperty field in cli.EnumerateObject())
        {
            run.TryGetProperty(field.Name, out JsonElement value).ShouldBeTrue($"missing field {field.Name}");
            JsonSerializer.Serialize(value).ShouldBe(JsonSerializer.Serialize(field.Value), $"field {field.Name}");
        }

        JsonElement trace = run.GetProperty("trace");
        trace.GetArrayLength().ShouldBe(run.GetProperty("moves").GetInt32());
        JsonElement first = trace[0];
        first.GetProperty("action").GetString().ShouldBe("offer");
        first.GetProperty("name").GetString().ShouldBe("Company");
        first.GetProperty("values").GetProperty("Title").ValueKind.ShouldBe(JsonValueKind.String);
        first.GetProperty("perspective").GetProperty("source").GetString().ShouldBe("core");
        first.GetProperty("perspective").GetProperty("text").GetString()!.ShouldStartWith("Company");
        first.GetProperty("perspective").GetProperty("senderUtility").GetDouble().ShouldBe(first.GetProperty("utilities")[0].GetDouble());
        first.GetProperty("perspective").GetProperty("receivers")[0].GetProperty("name").GetString().ShouldBe("Candidate");
        trace[trace.GetArrayLength() - 1].GetProperty("action").GetString().ShouldBe("accept");
    }

    [Fact]
    public async Task Run_SameRequestTwice_GivesTheSameTrace()
    {
        var request = new { scenario = "market-access", agents = new[] { "random", "nicetft" }, rounds = 60, seed = 42 };

        var (_, a, _) = await server.Send(HttpMethod.Post, "/api/runs", request);
        var (_, b, _) = await server.Send(HttpMethod.Post, "/api/runs", request);
        var (_, c, _) = await server.Send(HttpMethod.Post, "/api/runs", request with { seed = 43 });

        JsonSerializer.Serialize(a).ShouldBe(JsonSerializer.Serialize(b));
        JsonSerializer.Serialize(a.GetProperty("trace")).ShouldNotBe(JsonSerializer.Serialize(c.GetProperty("trace")));
    }

    [Fact]
    public async Task Run_TwoLevelScenario_HearsTheHomeFront()
    {
        var (status, run, _) = await server.Send(HttpMethod.Post, "/api/runs", new { scenario = "us-china-wto-1999", agents = new[] { "aware:boulware", "aware:conceder" }, seed = 2 });

        status.ShouldBe(200, run.ToString());
        run.GetProperty("rounds").GetInt32().ShouldBe(35);
        JsonElement offer = run.GetProperty("trace").EnumerateArray().First(m => m.GetProperty("action").GetString() == "offer");
        JsonElement hearing = offer.GetProperty("perspective").GetProperty("receivers")[0];
        hearing.GetProperty("constituencies").GetArrayLength().ShouldBeGreaterThan(0);
        hearing.GetProperty("approved").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
    }

    [Fact]
    public async Task Run_ThreeParties_OneAgentEach()
    {
        var (status, run, _) = await server.Send(HttpMethod.Post, "/api/runs", new { scenario = "coalition-budget", agents = new[] { "conceder", "conceder", "linear" }, rounds = 30 });

        status.ShouldBe(200);
        run.GetProperty("utilities").GetArrayLength().ShouldBe(3);
        run.GetProperty("trace")[0].GetProperty("perspective").GetProperty("receivers").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("""{"scenario":"job-offer","agents":["boulware"]}""", 400, "one agent per party")]
    [InlineData("""{"scenario":"job-offer","agents":["boulware","nosuch"]}""", 400, "nosuch")]
    [InlineData("""{"scenario":"job-offer","agents":["boulware(e=-1)","conceder"]}""", 400, "boulware")]
    [InlineData("""{"scenario":"job-offer","agents":["boulware","conceder"],"rounds":0}""", 400, "'rounds'")]
    [InlineData("""{"scenario":"job-offer","agents":["boulware","conceder"],"rounds":100000}""", 400, "'rounds'")]
    [InlineData("""{"scenario":"nope","agents":["boulware","conceder"]}""", 404, "no scenario")]
    [InlineData("""{"scenario":"job-offer","agents":"boulware"}""", 400, "JSON")]
    [InlineData("""{"scenario":"job-offer",""", 400, "JSON")]
    public async Task Run_BadRequest_IsAProblemWithAMessage(string json, int expected, string fragment)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await server.Client.PostAsync("/api/runs", content);
        string text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(expected, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!.ShouldContain(fragment);
        text.ShouldNotContain("   at ");
    }
}
