using Microsoft.Playwright;

namespace Winset.Web.Tests.Browser;

/// <summary>
/// One browser page on the test server, failing the test on any script error, console error or failed request, and
/// saving screenshots into the test output folder.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private PageSession(IBrowserContext context, IPage page, string address)
    {
        _context = context;
        Page = page;
        Address = address;
        page.PageError += (_, e) => _errors.Add("page error: " + e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.Contains("status of 4", StringComparison.Ordinal))
            {
                _errors.Add("console error: " + m.Text);
            }
        };
        page.RequestFailed += (_, r) => _errors.Add("request failed: " + r.Url);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(address, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                _errors.Add("request to another site: " + r.Url);
            }
        };
    }

    public IPage Page { get; }

    public string Address { get; }

    public static async Task<PageSession> Open(IBrowser browser, WebServer server)
    {
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        IPage page = await context.NewPageAsync();
        return new PageSession(context, page, server.Address);
    }

    /// <summary>Opens a page of the app (a hash route) and waits until it says it is ready.</summary>
    public async Task Go(string route, string ready)
    {
        await Page.GotoAsync(Address + "/" + route);
        await WaitReady(ready);
    }

    public Task WaitReady(string ready) => Page.WaitForSelectorAsync($"body[data-ready='{ready}']");

    public async Task Screenshot(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Fails when the page logged an error or reached another site.</summary>
    public void ShouldHaveNoErrors() => _errors.ShouldBeEmpty();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
