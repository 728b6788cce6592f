using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Winset.Web.Hosting;

namespace Winset.Web.Tests;

/// <summary>
/// A real Winset web server on a free loopback port (Kestrel, no test host), with its own data folder and run store
/// path under a temporary folder; shared by the tests of a collection and stopped at the end.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The temporary folder holding the data folder and the store.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "winset-web-tests-" + Guid.NewGuid().ToString("N")[..10]);

    public string DataFolder => Path.Combine(Root, "data");

    public string StorePath => Path.Combine(Root, "runs.db");

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; private set; } = string.Empty;

    public HttpClient Client { get; private set; } = null!;

    public WinsetWebOptions Options { get; private set; } = null!;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        TestStore.Create(StorePath);
        Options = new WinsetWebOptions
        {
            Urls = "http://127.0.0.1:0",
            DataFolder = DataFolder,
            StorePath = StorePath,
            MaxUploadBytes = 1024 * 1024,
        };
        _app = WinsetWeb.Build(Options);
        await _app.StartAsync();
        Address = WinsetWeb.Address(_app);
        Client = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public async Task<JsonElement> GetJson(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<(int Status, JsonElement Body, string ContentType)> Send(HttpMethod method, string path, object? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = JsonContent.Create(json, options: Json);
        }

        using HttpResponseMessage response = await Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        JsonElement element = body.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json") ?? false)
            ? JsonDocument.Parse(body).RootElement.Clone()
            : JsonDocument.Parse(JsonSerializer.Serialize(body)).RootElement.Clone();
        return ((int)response.StatusCode, element, response.Content.Headers.ContentType?.MediaType ?? string.Empty);
    }

    public async Task<(int Status, JsonElement Body)> Upload(params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            form.Add(part, "files", name);
        }

        using HttpResponseMessage response = await Client.PostAsync("/api/scenarios", form);
        string body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public static string FixturePath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static (string Name, byte[] Content) Fixture(params string[] parts) => (parts[^1], File.ReadAllBytes(FixturePath(parts)));
}

[CollectionDefinition(Name)]
public sealed class WebServerCollection : ICollectionFixture<WebServer>
{
    public const string Name = "web server";
}
