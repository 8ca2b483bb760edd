using Kommunedigital.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// One app on Kestrel and one headless Debian Chromium for the whole collection: both start once (the data
/// load and the browser launch are the slow parts); every test opens its own browser context.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly KestrelFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The running app's data store: the seam a test uses to serve a modified snapshot.</summary>
    public DataStore Store => _factory.Services.GetRequiredService<DataStore>();

    /// <summary>The running app's services (the publishing journey makes its account and first release through them).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>axe-core from npm (a devDependency; the build's npm ci installs it).</summary>
    public static string AxeScript { get; } = Path.Combine(TestPaths.RepoRoot, "node_modules", "axe-core", "axe.min.js");

    /// <summary>
    /// Loads axe-core into <paramref name="page"/> through the DevTools protocol: the app's Content-Security-Policy
    /// (script-src 'self', rightly) refuses the inline script tag Playwright would add, and the policy stays on.
    /// </summary>
    public static async Task InjectAxeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _axeSource ??= await File.ReadAllTextAsync(AxeScript);
        await page.EvaluateAsync(_axeSource + "\n;typeof axe");
        Assert.Equal("object", await page.EvaluateAsync<string>("typeof axe"));
    }

    private static string? _axeSource;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        _factory.StartServer();
        BaseAddress = _factory.BaseAddress;
        var launch = LaunchBrowserAsync();
        await WaitForDataAsync();
        await launch;
    }

    private async Task LaunchBrowserAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnv ? fromEnv : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Chromium at {executable}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH. The tests never download a browser.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    // The hosted service loads boundaries and the sample dataset after start-up; /health says when.
    private async Task WaitForDataAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            using var health = await client.GetAsync(new Uri("health", UriKind.Relative));
            if (health.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The dataset did not load within two minutes: " + await health.Content.ReadAsStringAsync());
            }

            await Task.Delay(200);
        }
    }

    /// <summary>A fresh context (no shared cache or storage) at the given viewport, bokmål, Oslo time.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1440, int height = 900) => NewContextAsync(BaseAddress, width, height);

    /// <summary>A fresh context at 1440×900, bokmål, Oslo time, with JavaScript off: what a reader without scripts gets.</summary>
    public Task<IBrowserContext> NewContextWithoutJavaScriptAsync()
    {
        var options = ContextOptions(BaseAddress, 1440, 900);
        options.JavaScriptEnabled = false;
        return Browser.NewContextAsync(options);
    }

    /// <summary>A context as <see cref="NewContextAsync(int, int)"/> makes it, for another app (e.g. <see cref="ReleasedApp"/>).</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1440, int height = 900)
    {
        var context = await Browser.NewContextAsync(ContextOptions(baseAddress, width, height));
        context.SetDefaultTimeout(20_000);
        context.Page += (_, page) => PageProblems.Watch(page);
        return context;
    }

    private static BrowserNewContextOptions ContextOptions(Uri baseAddress, int width, int height) => new()
    {
        BaseURL = baseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = width, Height = height },
        Locale = "nb-NO",
        TimezoneId = "Europe/Oslo",
    };

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
