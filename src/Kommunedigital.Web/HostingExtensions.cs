using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;
using Kommunedigital.Releases;
using Kommunedigital.Releases.Database;
using Kommunedigital.Web.Components;
using Kommunedigital.Web.Components.Map;
using Kommunedigital.Web.Geometry;
using Kommunedigital.Web.Load;
using Kommunedigital.Web.Publishing;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web;

/// <summary>All service registrations of the app, in one place (eShop's AddApplicationServices).</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddKommunedigital(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKommunedigitalData();
        builder.Services.AddSingleton<BoundaryGeometryCache>();
        builder.Services.AddOptions<GeometryOptions>().BindConfiguration(GeometryOptions.SectionName);
        builder.Services.AddSingleton<MapViewCache>();
        builder.Services.AddOptions<MapOptions>()
            .BindConfiguration(MapOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BoundaryGeometryCache>());

        // Publishers sign in (Identity on the release database, optionally OpenID Connect) to upload, preview and publish.
        builder.AddPublisherSignIn();
        // The data loader starts before every other hosted service (the release database's migration included): the
        // boundary load, the longest step of a start, then runs beside the migration, the key ring and the host's start.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DataLoadService>());
        builder.Services.AddSingleton<DraftPreviews>();

        // Under load: downloads from the output cache by canonical view; drawn misses bounded, the rest answered 429.
        builder.Services.AddOptions<DownloadLimitOptions>()
            .BindConfiguration(DownloadLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // SecurityHeaders decides framing for every response: antiforgery's X-Frame-Options would forbid the embed.
        builder.Services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        builder.Services.AddOutputCache();
        // Several instances can share one store (ConnectionStrings:Redis); without it the cache is in memory. The data
        // part of the key is the release number (DownloadKey.SnapshotVersion), so every instance shares one release's entries.
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            builder.Services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "kommunedigital:";
            });
        }

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(DrawnDownloadLimiter.PolicyName, DrawnDownloadLimiter.Partition);
            options.OnRejected = DrawnDownloadLimiter.RejectAsync;
        });

        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents();
        // The page texts: Resources/Components/UiText.resx (bokmål) and UiText.en.resx, in the language of the path.
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PageText>();

        // Behind a TLS-terminating proxy: X-Forwarded-Proto/-For from the proxies ForwardedHeaders names, none by default.
        builder.AddTrustedProxies();

        // Bad input becomes a ProblemDetails body (400), never a stack trace.
        builder.Services.AddProblemDetails();

        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            // The level follows the response: stored by the output cache (compressed once) or written for one reader.
            options.Providers.Add<LeveledBrotliCompressionProvider>();
            options.Providers.Add<LeveledGzipCompressionProvider>();
            // The text downloads (CSV, SVG, GeoJSON, JSON-stat), from the download table; geometry files arrive compressed.
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(Downloads.CompressibleMediaTypes);
        });

        return builder;
    }

    /// <summary>Options, the loader, the store and the releases: shared by the web host and the command-line verbs.</summary>
    public static IServiceCollection AddKommunedigitalData(this IServiceCollection services)
    {
        services.AddOptions<DataOptions>()
            .BindConfiguration(DataOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient(nameof(DataSnapshotLoader), client => client.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton(sp => DataPaths.Resolve(sp.GetRequiredService<IOptions<DataOptions>>().Value, AppContext.BaseDirectory, Directory.GetCurrentDirectory()));
        services.AddSingleton(sp => new DataSnapshotLoader(
            sp.GetRequiredService<IOptions<DataOptions>>().Value,
            sp.GetRequiredService<DataPaths>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DataSnapshotLoader)),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DataStore>();

        // Releases: PostgreSQL when ConnectionStrings:Releases is set, else the SQLite file Data:ReleaseDatabase.
        services.AddSingleton(sp => ReleaseDatabase.Create(
            sp.GetRequiredService<IConfiguration>().GetConnectionString("Releases"), sp.GetRequiredService<DataPaths>().ReleaseDatabase));
        services.AddSingleton<ReleaseCatalog>();
        services.AddSingleton(sp => new ReleaseDiskCache(sp.GetRequiredService<DataPaths>().ReleaseCache, sp.GetRequiredService<ILogger<ReleaseDiskCache>>()));
        services.AddSingleton<ReleasePublisher>();
        services.AddSingleton<PinnedReleases>();
        services.AddPublisherAccounts();
        return services;
    }
}
