using System.Text;
using System.Text.Json;
using Winset.Testing;

namespace Winset.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed class UploadTests(WebServer server)
{
    private static readonly string[] StackTraceMarkers = ["   at ", "Exception:", ".cs:line"];

    [Fact]
    public async Task Upload_NativeScenario_IsAddedToTheLibrary()
    {
        byte[] yaml = File.ReadAllBytes(Path.Combine(RepositoryPaths.Scenarios, "used-car.yaml"));

        var (status, body) = await server.Upload(("my car.yaml", yaml));

        status.ShouldBe(201);
        string id = body.GetProperty("id").GetString()!;
        id.ShouldStartWith("upload-");
        body.GetProperty("source").GetString().ShouldBe("upload");
        body.GetProperty("files")[0].GetString().ShouldBe("my car.yaml");
        JsonElement list = await server.GetJson("/api/scenarios");
        list.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldContain(id);
        JsonElement analysis = await server.GetJson($"/api/scenarios/{id}/analysis");
        analysis.GetProperty("outcomeCount").GetInt32().ShouldBe(504);
    }

    [Fact]
    public async Task Upload_GeniusDomainWithProfiles_InAnyOrder_IsOneScenario()
    {
        var (status, body) = await server.Upload(
            WebServer.Fixture("genius-small", "Fruit-prof2.xml"),
            WebServer.Fixture("genius-small", "Fruit-domain.xml"),
            WebServer.Fixture("genius-small", "Fruit-prof1.xml"));

        status.ShouldBe(201);
        body.GetProperty("name").GetString().ShouldBe("Fruit");
        body.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).ShouldBe(["Fruit-prof1", "Fruit-prof2"]);
        body.GetProperty("outcomeCount").GetDouble().ShouldBe(36);
        JsonElement a = await server.GetJson($"/api/scenarios/{body.GetProperty("id").GetString()}/analysis");
        a.GetProperty("reservationValues").EnumerateArray().Select(v => v.GetDouble()).ShouldBe([0.2, 0.25]);
    }

    [Fact]
    public async Task Upload_GeniusWebFolderFiles_IsOneScenario()
    {
        string folder = Path.Combine(RepositoryPaths.Fixtures, "genius", "geniusweb");
        var (status, body) = await server.Upload(
            ("trip.json", File.ReadAllBytes(Path.Combine(folder, "trip.json"))),
            ("tripA.json", File.ReadAllBytes(Path.Combine(folder, "tripA.json"))),
            ("tripB.json", File.ReadAllBytes(Path.Combine(folder, "tripB.json"))));

        status.ShouldBe(201, body.ToString());
        body.GetProperty("parties").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Upload_MalformedYaml_Is400WithFileLineAndColumn()
    {
        byte[] yaml = Encoding.UTF8.GetBytes("winset: 1\nname: x\nissues:\n  - name: a\n    values: [x, y\n");

        var (status, body) = await server.Upload(("broken.yaml", yaml));

        status.ShouldBe(400);
        string detail = body.GetProperty("detail").GetString()!;
        detail.ShouldMatch(@"^broken\.yaml:\d+:\d+: ");
        body.GetProperty("title").GetString().ShouldBe("Bad input");
        NoStackTrace(body);
    }

    [Fact]
    public async Task Upload_MalformedGeniusProfile_Is400NamingTheProfileLineAndColumn()
    {
        var (status, body) = await server.Upload(
            WebServer.Fixture("genius-small", "Fruit-domain.xml"),
            WebServer.Fixture("genius-small", "Fruit-prof1.xml"),
            ("Fruit-prof2.xml", File.ReadAllBytes(WebServer.FixturePath("malformed-prof.xml"))));

        status.ShouldBe(400);
        string detail = body.GetProperty("detail").GetString()!;
        detail.ShouldMatch(@"^Fruit-prof2\.xml:\d+:\d+: ");
        detail.ShouldNotContain(server.DataFolder);
        NoStackTrace(body);
    }

    [Fact]
    public async Task Upload_DomainAlone_Is400SayingWhatIsMissing()
    {
        var (status, body) = await server.Upload(WebServer.Fixture("genius-small", "Fruit-domain.xml"));

        status.ShouldBe(400);
        body.GetProperty("detail").GetString()!.ShouldContain("profile");
    }

    [Theory]
    [InlineData("../../../../tmp/escape.yaml", "escape.yaml")]
    [InlineData("..\\..\\escape.yaml", "escape.yaml")]
    [InlineData("/etc/cron.d/escape.yaml", "escape.yaml")]
    [InlineData("....//..//escape.yaml", "escape.yaml")]
    public async Task Upload_PathInFileName_StaysInTheDataFolder(string name, string expected)
    {
        byte[] yaml = Encoding.UTF8.GetBytes("winset: 1\nname: x\nissues:\n  - name: a\n    values: [x, y\n");
        string[] before = Directory.GetFiles("/tmp", "escape.yaml");

        var (status, body) = await server.Upload((name, yaml));

        status.ShouldBe(400);
        body.GetProperty("detail").GetString()!.ShouldStartWith(expected + ":");
        Directory.GetFiles("/tmp", "escape.yaml").Length.ShouldBe(before.Length);
        Directory.EnumerateFiles(server.DataFolder, "*", SearchOption.AllDirectories).ShouldBeEmpty("uploads are deleted once parsed");
    }

    [Theory]
    [InlineData("scenario.exe")]
    [InlineData("scenario")]
    [InlineData(".yaml")]
    public async Task Upload_UnknownFileType_Is400(string name)
    {
        var (status, body) = await server.Upload((name, Encoding.UTF8.GetBytes("winset: 1")));

        status.ShouldBe(400);
        body.GetProperty("detail").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_Is413()
    {
        byte[] big = new byte[2 * 1024 * 1024];
        Array.Fill(big, (byte)'#');

        var (status, body) = await server.Upload(("big.yaml", big));

        status.ShouldBe(413);
        body.GetProperty("detail").GetString()!.ShouldContain("MiB");
    }

    [Fact]
    public async Task Upload_TooManyOutcomes_Is400()
    {
        string yaml = "winset: 1\nname: huge\nissues:\n" +
            string.Concat(Enumerable.Range(1, 3).Select(i => $"  - name: i{i}\n    type: integer\n    min: 0\n    max: 300\n")) +
            "parties:\n" + string.Concat(new[] { "A", "B" }.Select(p => $"  - name: {p}\n    weights: {{i1: 0.4, i2: 0.3, i3: 0.3}}\n    utilities:\n      i1: {{linear: {{slope: 0.003, offset: 0, origin: 0}}}}\n      i2: {{linear: {{slope: 0.003, offset: 0, origin: 0}}}}\n      i3: {{linear: {{slope: 0.003, offset: 0, origin: 0}}}}\n"));

        var (status, body) = await server.Upload(("huge.yaml", Encoding.UTF8.GetBytes(yaml)));

        status.ShouldBe(400, body.ToString());
        body.GetProperty("detail").GetString()!.ShouldContain("27,270,901 outcomes");
    }

    [Fact]
    public async Task Upload_SingleParty_Is400()
    {
        string yaml = "winset: 1\nname: alone\nissues:\n  - name: a\n    values: [x, y]\nparties:\n  - name: A\n    weights: {a: 1}\n    utilities:\n      a: {x: 1, y: 0}\n";

        var (status, body) = await server.Upload(("alone.yaml", Encoding.UTF8.GetBytes(yaml)));

        status.ShouldBe(400, body.ToString());
        body.GetProperty("detail").GetString()!.ShouldContain("at least 2");
    }

    [Fact]
    public async Task Upload_NotMultipart_Is415()
    {
        var (status, body, type) = await server.Send(HttpMethod.Post, "/api/scenarios", new { files = "x" });

        status.ShouldBe(415);
        type.ShouldBe("application/problem+json");
        body.GetProperty("status").GetInt32().ShouldBe(415);
    }

    [Fact]
    public async Task Upload_NoFile_Is400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        using HttpResponseMessage response = await server.Client.PostAsync("/api/scenarios", form);
        JsonElement body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        ((int)response.StatusCode).ShouldBe(400);
        body.GetProperty("detail").GetString()!.ShouldContain("no file");
    }

    private static void NoStackTrace(JsonElement body)
    {
        string text = body.ToString();
        foreach (string marker in StackTraceMarkers)
        {
            text.ShouldNotContain(marker);
        }
    }
}
