using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Signpost.TestCommon;

namespace Signpost.EndToEndTests;

/// <summary>
/// The real app on a real loopback port (Kestrel) against the test database, and Debian's Chromium driven by
/// Playwright. Playwright cannot download a browser here, so it is pointed at /usr/bin/chromium. The app's clock is
/// 10am on the next working day (London), so that "open now" and the online request route behave as on a weekday
/// morning whenever the tests run; it is in the future, so cookies the app dates are not already expired.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private SignpostWebFactory? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public TestDatabase Database { get; private set; } = null!;
    public TestClock Clock { get; } = new(NextWorkingDayMorning());

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.GetAsync();
        var port = FreePort();
        factory = await SignpostWebFactory.CreateAsync(clock: Clock);
        factory.UseKestrel(port);
        factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException("Debian's chromium is not installed; ./test installs it.");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
    }

    private static DateTimeOffset NextWorkingDayMorning()
    {
        var calendar = NavigationTestData.Calendar;
        var today = DateOnly.FromDateTime(calendar.Local(DateTimeOffset.UtcNow));
        return calendar.Instant(calendar.NextWorkingDay(today), new TimeOnly(10, 0));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
