using System.Text.RegularExpressions;
using Winset.Web.Hosting;

namespace Winset.Web.Tests.Api;

[Collection(WebServerCollection.Name)]
public sealed partial class PagesAndSafetyTests(WebServer server)
{
    private static readonly string[] Assets = ["app.js", "plane.js", "app.css", "favicon.svg"];

    [Fact]
    public async Task Index_LoadsOnlyScriptsAndStylesOfThisServer()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/");
        string html = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(200);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var sources = SourceAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        sources.ShouldNotBeEmpty();
        sources.Where(s => !s.StartsWith('#')).ShouldAllBe(s => s.StartsWith("/assets/") || s == "/openapi.json");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Theory]
    [MemberData(nameof(AssetNames))]
    public async Task Assets_AreServedAndNameNoOtherSite(string name)
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/assets/" + name);
        string text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(200);
        ExternalUrl().Matches(text).Select(m => m.Value).Where(u => !u.StartsWith("http://www.w3.org/", StringComparison.Ordinal)).ShouldBeEmpty();
        string etag = response.Headers.ETag!.Tag;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/assets/" + name);
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using HttpResponseMessage cached = await server.Client.SendAsync(again);
        ((int)cached.StatusCode).ShouldBe(304);
    }

    public static TheoryData<string> AssetNames() => new(Assets);

    [Theory]
    [InlineData("/assets/nope.js")]
    [InlineData("/assets/..%2Findex.html")]
    [InlineData("/assets/..%2F..%2FWinset.Web.dll")]
    [InlineData("/assets/%2Fetc%2Fpasswd")]
    [InlineData("/etc/passwd")]
    [InlineData("/wwwroot/app.js")]
    public async Task UnknownPath_Is404(string path)
    {
        using HttpResponseMessage response = await server.Client.GetAsync(path);

        ((int)response.StatusCode).ShouldBe(404);
    }

    [Fact]
    public void Defaults_ListenOnLoopbackOnly()
    {
        new WinsetWebOptions().Urls.ShouldBe("http://127.0.0.1:5170");
        new Uri(server.Address).IsLoopback.ShouldBeTrue();
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex("https?://[^\\s'\"<>)]+")]
    private static partial Regex ExternalUrl();
}
