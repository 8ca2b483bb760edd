using System.IO.Compression;
using Kommunedigital.Core;
using Kommunedigital.Core.Views;
using Microsoft.AspNetCore.ResponseCompression;

namespace Kommunedigital.Web;

/// <summary>All service registrations of the app, in one place (eShop's AddApplicationServices).</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddKommunedigital(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>()
            .BindConfiguration(DataOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<DataStore>();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents();

        // Bad input becomes a ProblemDetails body (400), never a stack trace.
        builder.Services.AddProblemDetails();

        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/geo+json", "text/csv", "image/svg+xml", "application/json"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        return builder;
    }
}
