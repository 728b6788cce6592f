using System.Text.Json;

namespace Winset.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed class RehearsalEndpointsTests(WebServer server)
{
    [Fact]
    public async Task Rehearsal_PlayToAnAgreement_EndsWithADebrief()
    {
        JsonElement state = await Start(new { scenario = "job-offer", side = 1, agent = "conceder", rounds = 12, seed = 0 });
        state.GetProperty("status").GetString().ShouldBe("yourTurn");
        state.GetProperty("sideName").GetString().ShouldBe("Candidate");
        state.GetProperty("standingOffer").GetProperty("proposerName").GetString().ShouldBe("Company");
        state.GetProperty("issueUtilities").GetArrayLength().ShouldBe(5);
        string id = state.GetProperty("id").GetString()!;

        int[] best = [30, 4, 3, 2, 2];
        while (state.GetProperty("status").GetString() == "yourTurn")
        {
            bool accept = state.GetProperty("canAccept").GetBoolean() && state.GetProperty("standingOffer").GetProperty("yourUtility").GetDouble() >= 0.55;
            state = await Move(id, accept ? new { action = "accept" } : (object)new { action = "offer", choices = best });
        }

        JsonElement debrief = state.GetProperty("debrief");
        debrief.GetProperty("ended").GetString().ShouldBe("agreement");
        debrief.GetProperty("yourUtility").GetDouble().ShouldBeGreaterThanOrEqualTo(0.55);
        debrief.GetProperty("leftOnTable").GetProperty("joint").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        debrief.GetProperty("welfareGap").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        debrief.GetProperty("path").GetArrayLength().ShouldBe(state.GetProperty("history").GetArrayLength());
        debrief.GetProperty("path")[0].GetProperty("utilities").GetArrayLength().ShouldBe(2);
        debrief.GetProperty("definition").GetString()!.ShouldContain("Pareto");
        debrief.GetProperty("summary").GetString()!.ShouldContain("Agreement");
        JsonElement again = await server.GetJson($"/api/rehearsals/{id}");
        JsonSerializer.Serialize(again).ShouldBe(JsonSerializer.Serialize(state));
    }

    [Fact]
    public async Task Rehearsal_WalkAway_EndsAtTheReservationValues()
    {
        JsonElement state = await Start(new { scenario = "used-car", side = 0, agent = "hardliner" });
        string id = state.GetProperty("id").GetString()!;

        state = await Move(id, new { action = "walkaway" });

        state.GetProperty("status").GetString().ShouldBe("finished");
        JsonElement debrief = state.GetProperty("debrief");
        debrief.GetProperty("ended").GetString().ShouldBe("walkaway");
        debrief.GetProperty("agreementOutcome").ValueKind.ShouldBe(JsonValueKind.Null);
        JsonElement a = await server.GetJson("/api/scenarios/used-car/analysis");
        JsonSerializer.Serialize(debrief.GetProperty("point")).ShouldBe(JsonSerializer.Serialize(a.GetProperty("reservationValues")));
        debrief.GetProperty("leftOnTable").GetProperty("joint").GetDouble().ShouldBeGreaterThan(0);
        var (status, body, _) = await server.Send(HttpMethod.Post, $"/api/rehearsals/{id}/moves", new { action = "walkaway" });
        status.ShouldBe(400);
        body.GetProperty("detail").GetString()!.ShouldContain("over");
    }

    [Fact]
    public async Task Rehearsal_PersonOpens_CannotAcceptNothing()
    {
        JsonElement state = await Start(new { scenario = "job-offer", side = 0, agent = "boulware" });
        state.GetProperty("standingOffer").ValueKind.ShouldBe(JsonValueKind.Null);
        state.GetProperty("canAccept").GetBoolean().ShouldBeFalse();

        var (status, body, _) = await server.Send(HttpMethod.Post, $"/api/rehearsals/{state.GetProperty("id").GetString()}/moves", new { action = "accept" });

        status.ShouldBe(400);
        body.GetProperty("detail").GetString()!.ShouldContain("no offer");
    }

    [Fact]
    public async Task Rehearsal_SameMoves_GiveTheSameAnswers()
    {
        var request = new { scenario = "market-access", side = 0, agent = "nicetft", rounds = 10, seed = 5 };
        JsonElement a = await Start(request), b = await Start(request);
        foreach (int outcome in new[] { 100, 2000, 4000 })
        {
            a = await Move(a.GetProperty("id").GetString()!, new { action = "offer", outcome });
            b = await Move(b.GetProperty("id").GetString()!, new { action = "offer", outcome });
        }

        JsonSerializer.Serialize(a.GetProperty("history")).ShouldBe(JsonSerializer.Serialize(b.GetProperty("history")));
    }

    [Fact]
    public async Task Utility_OfAnOutcome_IsThePersonsOwn()
    {
        JsonElement state = await Start(new { scenario = "job-offer", side = 1 });
        JsonElement nash = (await server.GetJson("/api/scenarios/job-offer/analysis")).GetProperty("nash");

        JsonElement u = await server.GetJson($"/api/rehearsals/{state.GetProperty("id").GetString()}/utility?outcome={nash.GetProperty("outcome").GetInt32()}");

        u.GetProperty("utility").GetDouble().ShouldBe(nash.GetProperty("utilities")[1].GetDouble());
        u.GetProperty("aboveReservation").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{"scenario":"job-offer","side":2}""", 400, "'side'")]
    [InlineData("""{"scenario":"job-offer","agent":"nosuch"}""", 400, "nosuch")]
    [InlineData("""{"scenario":"job-offer","rounds":0}""", 400, "'rounds'")]
    [InlineData("""{"scenario":"missing"}""", 404, "no scenario")]
    public async Task Start_BadRequest_IsAProblem(string json, int expected, string fragment)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await server.Client.PostAsync("/api/rehearsals", content);
        string text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(expected, text);
        JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!.ShouldContain(fragment);
    }

    [Theory]
    [InlineData("""{"action":"dance"}""", "'action'")]
    [InlineData("""{"action":"offer"}""", "choices")]
    [InlineData("""{"action":"offer","choices":[0,0]}""", "one value index per issue")]
    [InlineData("""{"action":"offer","choices":[0,0,0,0,9]}""", "Title")]
    [InlineData("""{"action":"offer","outcome":99999}""", "'outcome'")]
    public async Task Move_BadMove_IsAProblem(string json, string fragment)
    {
        JsonElement state = await Start(new { scenario = "job-offer", side = 1 });
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await server.Client.PostAsync($"/api/rehearsals/{state.GetProperty("id").GetString()}/moves", content);
        string text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(400, text);
        JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!.ShouldContain(fragment);
    }

    [Theory]
    [InlineData("/api/rehearsals/0123456789abcdef")]
    [InlineData("/api/rehearsals/..%2F..")]
    [InlineData("/api/rehearsals/0123456789abcdef/utility?outcome=1")]
    public async Task UnknownRehearsal_Is404(string path)
    {
        var (status, _, _) = await server.Send(HttpMethod.Get, path);

        status.ShouldBe(404);
    }

    private async Task<JsonElement> Start(object request)
    {
        var (status, body, _) = await server.Send(HttpMethod.Post, "/api/rehearsals", request);
        status.ShouldBe(201, body.ToString());
        return body;
    }

    private async Task<JsonElement> Move(string id, object move)
    {
        var (status, body, _) = await server.Send(HttpMethod.Post, $"/api/rehearsals/{id}/moves", move);
        status.ShouldBe(200, body.ToString());
        return body;
    }
}
