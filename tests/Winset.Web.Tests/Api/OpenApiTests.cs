using System.Text.Json;

namespace Winset.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed class OpenApiTests(WebServer server)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "get", "/api/scenarios" },
        { "post", "/api/scenarios" },
        { "get", "/api/scenarios/{id}" },
        { "get", "/api/scenarios/{id}/analysis" },
        { "get", "/api/scenarios/{id}/winsets" },
        { "get", "/api/scenarios/{id}/outcomes/{index}" },
        { "get", "/api/agents" },
        { "post", "/api/runs" },
        { "post", "/api/rehearsals" },
        { "get", "/api/rehearsals/{id}" },
        { "post", "/api/rehearsals/{id}/moves" },
        { "get", "/api/rehearsals/{id}/utility" },
        { "get", "/api/tournaments" },
        { "get", "/api/tournaments/{name}" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task OpenApi_DocumentsEveryEndpoint(string method, string path)
    {
        JsonElement doc = await server.GetJson("/openapi.json");

        doc.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        JsonElement operation = doc.GetProperty("paths").GetProperty(path).GetProperty(method);
        operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldContain(method == "post" && path is "/api/scenarios" or "/api/rehearsals" ? "201" : "200");
    }

    [Fact]
    public async Task OpenApi_ListsNoOtherApiPath()
    {
        JsonElement doc = await server.GetJson("/openapi.json");

        var documented = doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => (m.Name, p.Name))).ToHashSet();
        documented.ShouldBe(Endpoints.Select(row => ((string)row[0], (string)row[1])).ToHashSet(), ignoreOrder: true);
        doc.GetProperty("info").GetProperty("title").GetString().ShouldBe("Winset");
    }
}
