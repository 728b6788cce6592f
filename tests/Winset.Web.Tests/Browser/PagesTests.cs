using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Winset.Web.Tests.Browser;

/// <summary>The pages in a real headless Chromium: load, upload, analyse, run and replay, rehearse, tournaments.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesTests(WebServer server, Chromium chromium, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Library_ListsTheShippedScenarios()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);

        await s.Go("#/", "library");

        var rows = s.Page.Locator("#scenario-table tbody tr");
        (await rows.CountAsync()).ShouldBeGreaterThanOrEqualTo(5);
        (await s.Page.Locator("#scenario-table tr[data-id='job-offer']").InnerTextAsync()).ShouldContain("Job offer");
        (await s.Page.Locator("#scenario-table tr[data-id='us-china-wto-1999']").InnerTextAsync()).ShouldContain("two-level");
        await s.Screenshot("library");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Library_UploadGeniusDomainWithProfiles_AddsItAndAnalysesIt()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);
        await s.Go("#/", "library");

        await s.Page.Locator("#upload-files").SetInputFilesAsync(
        [
            WebServer.FixturePath("genius-small", "Fruit-domain.xml"),
            WebServer.FixturePath("genius-small", "Fruit-prof1.xml"),
            WebServer.FixturePath("genius-small", "Fruit-prof2.xml"),
        ]);
        await s.Page.ClickAsync("#upload-button");
        await s.Page.WaitForSelectorAsync("#upload-ok");

        (await s.Page.InnerTextAsync("#upload-ok")).ShouldContain("Fruit");
        (await s.Page.InnerTextAsync("#scenario-table")).ShouldContain("Fruit-prof1, Fruit-prof2");
        await s.Screenshot("library-upload");
        await s.Page.ClickAsync("#upload-ok a");
        await s.WaitReady("analysis");
        (await s.Page.InnerTextAsync("h1")).ShouldBe("Fruit");
        (await s.Page.InnerTextAsync("#stats")).ShouldContain("36");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Library_UploadAFolder_SendsItsScenarioFiles()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);
        await s.Go("#/", "library");

        await s.Page.Locator("#upload-folder").SetInputFilesAsync(WebServer.FixturePath("genius-small"));
        await s.Page.ClickAsync("#upload-button");
        await s.Page.WaitForSelectorAsync("#upload-ok");

        (await s.Page.InnerTextAsync("#upload-ok")).ShouldContain("Fruit-prof1, Fruit-prof2");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Library_MalformedUpload_ShowsTheParserMessage()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);
        await s.Go("#/", "library");
        string folder = Path.Combine(server.Root, "bad-upload");
        Directory.CreateDirectory(folder);
        File.Copy(WebServer.FixturePath("malformed-prof.xml"), Path.Combine(folder, "Fruit-prof2.xml"), overwrite: true);

        await s.Page.Locator("#upload-files").SetInputFilesAsync([WebServer.FixturePath("genius-small", "Fruit-domain.xml"), WebServer.FixturePath("genius-small", "Fruit-prof1.xml"), Path.Combine(folder, "Fruit-prof2.xml")]);
        await s.Page.ClickAsync("#upload-button");
        await s.Page.WaitForSelectorAsync("#upload-error");

        (await s.Page.InnerTextAsync("#upload-error")).ShouldMatch(@"^Fruit-prof2\.xml:\d+:\d+: ");
        await s.Screenshot("library-upload-error");
    }

    [SkippableFact]
    public async Task Analysis_DrawsThePlaneAndDescribesAnOutcomeOnHover()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);

        await s.Go("#/analysis/job-offer", "analysis");

        int drawn = int.Parse(await s.Page.GetAttributeAsync("#plane", "data-drawn") ?? "0", CultureInfo.InvariantCulture);
        drawn.ShouldBeGreaterThan(8928);
        (await s.Page.InnerTextAsync("#solutions")).ShouldContain("Nash");
        (await s.Page.InnerTextAsync("#weights")).ShouldContain("Salary");
        var box = (await s.Page.Locator("#plane").BoundingBoxAsync())!;
        await HoverUntilTooltip(s.Page, box);
        (await s.Page.InnerTextAsync("#tooltip")).ShouldContain("Salary");
        await s.Screenshot("analysis");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Analysis_TwoLevel_ShadesWinSetsAndMovesThroughTheDealWindow()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);

        await s.Go("#/analysis/us-china-wto-1999", "analysis");

        (await s.Page.Locator("#deal-window svg").CountAsync()).ShouldBe(1);
        string before = await s.Page.InnerTextAsync("#agreement-size");
        await s.Page.Locator("#round").FillAsync("5");
        await s.Page.WaitForFunctionAsync("() => document.getElementById('round-label').textContent.startsWith('round 5')");
        string after = await s.Page.InnerTextAsync("#agreement-size");
        after.ShouldNotBe(before);
        await s.Screenshot("analysis-two-level");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Analysis_HundredThousandOutcomes_DrawsASampleAndTheFrontier()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);
        var (status, body) = await server.Upload(WebServer.Fixture("large-100k.yaml"));
        status.ShouldBe(201);

        await s.Go("#/analysis/" + body.GetProperty("id").GetString(), "analysis");

        (await s.Page.InnerTextAsync("#stats")).ShouldContain("100,000");
        (await s.Page.InnerTextAsync("#stats")).ShouldContain("10,000 sampled");
        int.Parse(await s.Page.GetAttributeAsync("#plane", "data-drawn") ?? "0", CultureInfo.InvariantCulture).ShouldBeGreaterThan(10_000);
        output.WriteLine($"analysis page of 10^5 outcomes ready {await s.Page.GetAttributeAsync("body", "data-ready-ms")} ms after the route started (a measurement, not a check)");
        await s.Screenshot("analysis-100k");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Run_BoulwareVsConceder_RunsAndReplays()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);
        await s.Go("#/run/job-offer", "run");

        await s.Page.SelectOptionAsync("#agent-0", "boulware");
        await s.Page.SelectOptionAsync("#agent-1", "conceder");
        await s.Page.FillAsync("#rounds", "200");
        await s.Page.FillAsync("#seed", "1");
        await s.Page.ClickAsync("#run-button");
        await s.WaitReady("run-result");

        (await s.Page.InnerTextAsync("#run-summary h2")).ShouldStartWith("Agreement");
        string first = await s.Page.InnerTextAsync("#perspective-text");
        first.ShouldStartWith("Company");
        await s.Page.ClickAsync("#next");
        await s.Page.ClickAsync("#next");
        (await s.Page.InnerTextAsync("#step-label")).ShouldStartWith("move 3 of ");
        (await s.Page.InnerTextAsync("#perspective-text")).ShouldNotBe(first);
        await s.Page.ClickAsync("#last");
        string label = await s.Page.InnerTextAsync("#step-label");
        string[] parts = label.Split(' ');
        parts[1].ShouldBe(parts[3]);
        (await s.Page.InnerTextAsync("#perspective-text")).ShouldContain("accepts");
        await s.Screenshot("run-replay");
        await s.Page.ClickAsync("#moves tbody tr:nth-child(2)");
        (await s.Page.InnerTextAsync("#step-label")).ShouldStartWith("move 2 of ");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Rehearse_PlayToAnAgreement_ShowsTheDebrief()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);
        await s.Go("#/rehearse/job-offer", "rehearse");

        await s.Page.SelectOptionAsync("#side", "1");
        await s.Page.SelectOptionAsync("#agent", "conceder");
        await s.Page.FillAsync("#rounds", "16");
        await s.Page.ClickAsync("#start-button");
        await s.WaitReady("rehearsal");
        await s.Page.ClickAsync("#best-button");
        double best = double.Parse(await s.Page.GetAttributeAsync("#own-utility", "data-value") ?? "0", CultureInfo.InvariantCulture);
        best.ShouldBeGreaterThan(0.9);
        await s.Page.SelectOptionAsync("#issue-1", "2");
        double changed = double.Parse(await s.Page.GetAttributeAsync("#own-utility", "data-value") ?? "0", CultureInfo.InvariantCulture);
        changed.ShouldBeLessThan(best, "choosing a worse value lowers the live utility");
        await s.Screenshot("rehearse-compose");
        await s.Page.ClickAsync("#best-button");

        for (int turn = 0; turn < 16 && await s.Page.Locator("#debrief-summary").CountAsync() == 0; turn++)
        {
            bool canAccept = await s.Page.IsEnabledAsync("#accept-button");
            double offered = canAccept ? double.Parse(await s.Page.InnerTextAsync("#standing-utility"), CultureInfo.InvariantCulture) : 0;
            string before = await s.Page.InnerTextAsync("#history");
            await s.Page.ClickAsync(canAccept && offered >= 0.55 ? "#accept-button" : "#offer-button");
            await s.Page.WaitForFunctionAsync("b => document.getElementById('history').innerText !== b", before);
        }

        await s.Page.WaitForSelectorAsync("#debrief-summary");
        (await s.Page.InnerTextAsync("#debrief-summary")).ShouldStartWith("Agreement");
        (await s.Page.InnerTextAsync("#debrief-table")).ShouldContain("Nash point");
        (await s.Page.InnerTextAsync("#left-on-table-definition")).ShouldContain("Money left on the table");
        int.Parse(await s.Page.GetAttributeAsync("#debrief-plane", "data-drawn") ?? "0", CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        await s.Screenshot("rehearse-debrief");
        s.ShouldHaveNoErrors();
    }

    [SkippableFact]
    public async Task Tournaments_ListAndSortTheStandings()
    {
        await using PageSession s = await PageSession.Open(chromium.Require(), server);
        await s.Go("#/tournaments", "tournaments");

        (await s.Page.InnerTextAsync("#tournament-list")).ShouldContain(TestStore.TournamentName);
        await s.Screenshot("tournaments");
        await s.Page.ClickAsync($"#tournament-list a");
        await s.WaitReady("tournament");
        var ranks = await Column(s.Page, 0);
        ranks.ShouldBe(ranks.OrderBy(r => double.Parse(r, CultureInfo.InvariantCulture)).ToList());
        await s.Page.ClickAsync("#standings th[data-key='agent']");
        var agents = await Column(s.Page, 1);
        agents.ShouldBe(agents.Order(StringComparer.Ordinal).ToList());
        await s.Page.ClickAsync("#standings th[data-key='meanUtility']");
        var means = (await Column(s.Page, 2)).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        means.ShouldBe(means.OrderDescending().ToList());
        await s.Screenshot("tournament-standings");
        s.ShouldHaveNoErrors();
    }

    private static async Task<List<string>> Column(IPage page, int index) =>
        [.. await page.Locator($"#standings tbody tr td:nth-child({index + 1})").AllInnerTextsAsync()];

    private static async Task HoverUntilTooltip(IPage page, LocatorBoundingBoxResult box)
    {
        for (int i = 1; i < 20; i++)
        {
            await page.Mouse.MoveAsync(box.X + (box.Width * i / 20), box.Y + (box.Height * (20 - i) / 20));
            if (await page.IsVisibleAsync("#tooltip"))
            {
                return;
            }
        }

        (await page.IsVisibleAsync("#tooltip")).ShouldBeTrue("hovering the plane shows an outcome");
    }
}
