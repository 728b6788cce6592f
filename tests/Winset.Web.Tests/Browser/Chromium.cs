using Microsoft.Playwright;

namespace Winset.Web.Tests.Browser;

/// <summary>
/// Debian's headless Chromium at /usr/bin/chromium, driven by Playwright (no browser download). Tests call
/// <see cref="Require"/>: it skips the test with a reason when Chromium is absent, unless
/// <c>WINSET_REQUIRE_BROWSER=1</c> (set by <c>.ci/run</c>), which turns the skip into a failure.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string RequireVariable = "WINSET_REQUIRE_BROWSER";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Where the screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>The browser; skips the test when Chromium is not installed (fails under WINSET_REQUIRE_BROWSER=1).</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        string reason = $"headless Chromium not found at {ExecutablePath} (apt-get install -y chromium)";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            throw new InvalidOperationException(reason + $"; {RequireVariable}=1 requires it.");
        }

        Skip.If(true, reason);
        return null!;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WebServer>, ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}
