using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web;

/// <summary>
/// Forwarded headers from the configured proxies only (<see cref="TrustedProxyOptions"/>). ASP.NET Core's own default
/// would trust any loopback proxy; here the lists are exactly what the configuration names, and with nothing named the
/// middleware is not in the pipeline at all.
/// </summary>
public static class TrustedProxies
{
    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>()
            .BindConfiguration(TrustedProxyOptions.SectionName)
            .Validate(o => !o.Invalid().Any(), $"{TrustedProxyOptions.SectionName}: every KnownProxies entry must be an IP address and every KnownNetworks entry a network such as 10.0.0.0/24.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var proxy in trusted.Value.KnownProxies)
                {
                    forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                }

                foreach (var network in trusted.Value.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return builder;
    }

    /// <summary>First in the pipeline, so HTTPS redirection, HSTS, cookies and logs see the reader's request.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
