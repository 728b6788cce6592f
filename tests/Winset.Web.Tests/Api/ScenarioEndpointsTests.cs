using System.Text.Json;
using Winset.Testing;
using Winset.Web.Tests.Cli;

namespace Winset.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed class ScenarioEndpointsTests(WebServer server)
{
    [Fact]
    public async Task ListScenarios_ShippedScenarios_AreListedWithTheirKind()
    {
        JsonElement list = await server.GetJson("/api/scenarios");

        var byId = list.EnumerateArray().Where(e => e.GetProperty("source").GetString() == "shipped").ToDictionary(e => e.GetProperty("id").GetString()!);
        byId.Keys.ShouldBe(Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(), ignoreOrder: true);
        byId["job-offer"].GetProperty("outcomeCount").GetDouble().ShouldBe(8928);
        byId["job-offer"].GetProperty("twoLevel").GetBoolean().ShouldBeFalse();
        byId["us-china-wto-1999"].GetProperty("twoLevel").GetBoolean().ShouldBeTrue();
        byId["us-china-wto-1999"].GetProperty("hasTimeline").GetBoolean().ShouldBeTrue();
        byId["coalition-budget"].GetProperty("parties").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task GetScenario_JobOffer_HasIssuesValuesAndProfiles()
    {
        JsonElement s = await server.GetJson("/api/scenarios/job-offer");

        s.GetProperty("name").GetString().ShouldBe("Job offer");
        JsonElement salary = s.GetProperty("issues")[0];
        salary.GetProperty("name").GetString().ShouldBe("Salary");
        salary.GetProperty("kind").GetString().ShouldBe("integer");
        salary.GetProperty("values").GetArrayLength().ShouldBe(31);
        JsonElement company = s.GetProperty("profiles")[0];
        company.GetProperty("reservationValue").GetDouble().ShouldBe(0.35);
        company.GetProperty("discountFactor").GetDouble().ShouldBe(0.95);
        company.GetProperty("weights").EnumerateArray().Sum(w => w.GetDouble()).ShouldBe(1.0, 1e-9);
        s.GetProperty("timeline").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetScenario_TwoLevel_HasConstituenciesAndTimeline()
    {
        JsonElement s = await server.GetJson("/api/scenarios/us-china-wto-1999");

        s.GetProperty("profiles")[0].GetProperty("constituencies").GetArrayLength().ShouldBeGreaterThan(0);
        s.GetProperty("timeline").GetProperty("rounds").GetInt32().ShouldBe(35);
        s.GetProperty("timeline").GetProperty("events").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("/api/scenarios/nope")]
    [InlineData("/api/scenarios/nope/analysis")]
    [InlineData("/api/scenarios/JOB-OFFER")]
    [InlineData("/api/scenarios/..%2F..%2Fscenarios%2Fjob-offer/analysis")]
    [InlineData("/api/scenarios/%2E%2E/analysis")]
    [InlineData("/api/scenarios/job-offer.yaml")]
    [InlineData("/api/scenarios/%2Fetc%2Fpasswd")]
    public async Task GetScenario_UnknownOrPathLikeId_Is404Problem(string path)
    {
        var (status, body, type) = await server.Send(HttpMethod.Get, path);

        status.ShouldBe(404);
        type.ShouldBe("application/problem+json");
        body.GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Fact]
    public async Task GetAnalysis_JobOffer_HasTheFieldsOfWinsetAnalyzeJson()
    {
        JsonElement web = await server.GetJson("/api/scenarios/job-offer/analysis");
        var (exit, output, _) = CliCapture.Run("analyze", Path.Combine(RepositoryPaths.Scenarios, "job-offer.yaml"), "--json");
        exit.ShouldBe(0);
        JsonElement cli = JsonDocument.Parse(output).RootElement;

        foreach (JsonProperty field in cli.EnumerateObject())
        {
            web.TryGetProperty(field.Name, out JsonElement value).ShouldBeTrue($"missing field {field.Name}");
            if (field.Name != "scenario")
            {
                JsonSerializer.Serialize(value).ShouldBe(JsonSerializer.Serialize(field.Value), $"field {field.Name}");
            }
        }

        web.GetProperty("scenarioId").GetString().ShouldBe("job-offer");
    }

    [Fact]
    public async Task GetAnalysis_SmallSpace_DrawsEveryOutcomeAndTheFrontier()
    {
        JsonElement a = await server.GetJson("/api/scenarios/job-offer/analysis");

        JsonElement plane = a.GetProperty("plane");
        plane.GetProperty("sampled").GetBoolean().ShouldBeFalse();
        plane.GetProperty("points").GetProperty("outcomes").GetArrayLength().ShouldBe(8928);
        plane.GetProperty("points").GetProperty("utilities").GetArrayLength().ShouldBe(2);
        plane.GetProperty("frontier").GetProperty("outcomes").GetArrayLength().ShouldBe(a.GetProperty("paretoOutcomeCount").GetInt32());
        a.GetProperty("issueDomains").GetArrayLength().ShouldBe(5);
        a.GetProperty("weights").GetArrayLength().ShouldBe(2);
        a.GetProperty("winSets").ValueKind.ShouldBe(JsonValueKind.Null);
        a.GetProperty("dealWindow").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetAnalysis_HundredThousandOutcomes_SamplesTheOutcomesAndKeepsTheFrontier()
    {
        var (status, body) = await server.Upload(WebServer.Fixture("large-100k.yaml"));
        status.ShouldBe(201);

        JsonElement a = await server.GetJson($"/api/scenarios/{body.GetProperty("id").GetString()}/analysis");

        a.GetProperty("outcomeCount").GetInt32().ShouldBe(100_000);
        JsonElement plane = a.GetProperty("plane");
        plane.GetProperty("sampled").GetBoolean().ShouldBeTrue();
        var outcomes = plane.GetProperty("points").GetProperty("outcomes").EnumerateArray().Select(o => o.GetInt32()).ToList();
        outcomes.Count.ShouldBe(plane.GetProperty("maxPoints").GetInt32());
        outcomes.Distinct().Count().ShouldBe(outcomes.Count);
        outcomes.ShouldBe(outcomes.Order().ToList());
        outcomes.ShouldAllBe(o => o >= 0 && o < 100_000);
        plane.GetProperty("frontier").GetProperty("outcomes").GetArrayLength().ShouldBe(a.GetProperty("paretoOutcomeCount").GetInt32());
        JsonElement again = await server.GetJson($"/api/scenarios/{body.GetProperty("id").GetString()}/analysis");
        JsonSerializer.Serialize(again.GetProperty("plane")).ShouldBe(JsonSerializer.Serialize(plane), "the sample is seeded and cached");
    }

    [Fact]
    public async Task GetAnalysis_TwoLevel_ShadesWinSetsAndHasTheDealWindow()
    {
        JsonElement a = await server.GetJson("/api/scenarios/us-china-wto-1999/analysis");

        JsonElement ws = a.GetProperty("winSets");
        ws.GetProperty("round").GetInt32().ShouldBe(0);
        int points = a.GetProperty("plane").GetProperty("points").GetProperty("outcomes").GetArrayLength();
        ws.GetProperty("pointMasks").GetArrayLength().ShouldBe(points);
        int agreementBit = 1 << 2;
        ws.GetProperty("pointMasks").EnumerateArray().Count(m => (m.GetInt32() & agreementBit) != 0).ShouldBe(ws.GetProperty("agreementSpaceSize").GetInt32());
        JsonElement window = a.GetProperty("dealWindow");
        window.GetProperty("rounds").GetInt32().ShouldBe(35);
        window.GetProperty("steps").GetArrayLength().ShouldBe(35);
        window.GetProperty("openIntervals").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task GetWinSets_EachRound_AgreesWithTheDealWindow()
    {
        JsonElement a = await server.GetJson("/api/scenarios/us-china-wto-1999/analysis");
        JsonElement steps = a.GetProperty("dealWindow").GetProperty("steps");

        foreach (int round in new[] { 1, 5, 20, 35 })
        {
            JsonElement ws = await server.GetJson($"/api/scenarios/us-china-wto-1999/winsets?round={round}");
            ws.GetProperty("round").GetInt32().ShouldBe(round);
            ws.GetProperty("agreementSpaceSize").GetInt32().ShouldBe(steps[round - 1].GetProperty("agreementSpaceSize").GetInt32(), $"round {round}");
            for (int p = 0; p < 2; p++)
            {
                ws.GetProperty("parties")[p].GetProperty("count").GetInt32().ShouldBe(steps[round - 1].GetProperty("winSetSizes")[p].GetInt32());
            }
        }
    }

    [Theory]
    [InlineData("/api/scenarios/us-china-wto-1999/winsets?round=36", 400)]
    [InlineData("/api/scenarios/us-china-wto-1999/winsets?round=-1", 400)]
    [InlineData("/api/scenarios/us-china-wto-1999/winsets?round=x", 400)]
    [InlineData("/api/scenarios/job-offer/winsets?round=0", 400)]
    [InlineData("/api/scenarios/nope/winsets", 404)]
    public async Task GetWinSets_BadRequest_IsAProblem(string path, int expected)
    {
        var (status, body, type) = await server.Send(HttpMethod.Get, path);

        status.ShouldBe(expected);
        type.ShouldBe("application/problem+json");
        body.GetProperty("detail").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task GetOutcome_Index_HasValuesAndUtilities()
    {
        JsonElement a = await server.GetJson("/api/scenarios/job-offer/analysis");
        JsonElement nash = a.GetProperty("nash");

        JsonElement o = await server.GetJson($"/api/scenarios/job-offer/outcomes/{nash.GetProperty("outcome").GetInt32()}");

        JsonSerializer.Serialize(o.GetProperty("values")).ShouldBe(JsonSerializer.Serialize(nash.GetProperty("values")));
        JsonSerializer.Serialize(o.GetProperty("utilities")).ShouldBe(JsonSerializer.Serialize(nash.GetProperty("utilities")));
        o.GetProperty("paretoOptimal").GetBoolean().ShouldBeTrue();
        o.GetProperty("individuallyRational").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData(8928)]
    [InlineData(-1)]
    public async Task GetOutcome_OutOfRange_Is404(int index)
    {
        var (status, _, _) = await server.Send(HttpMethod.Get, $"/api/scenarios/job-offer/outcomes/{index}");

        status.ShouldBe(404);
    }

    [Fact]
    public async Task ListAgents_HasThePresetsAndTheAwareModifier()
    {
        JsonElement agents = await server.GetJson("/api/agents");

        var names = agents.EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        names.ShouldContain("boulware");
        names.ShouldContain("conceder");
        names.ShouldContain("micro");
        agents.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "aware").GetProperty("modifier").GetBoolean().ShouldBeTrue();
        agents.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "boulware").GetProperty("parameters")[0].GetProperty("default").GetDouble().ShouldBe(0.2);
    }
}
