using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests.Publishing;

/// <summary>
/// Behind a TLS-terminating proxy: the sign-in cookie is <c>Secure</c> when a proxy named in
/// <c>ForwardedHeaders:KnownProxies</c> says <c>X-Forwarded-Proto: https</c>, and not when any other client says so, or
/// when no proxy is configured (the default). The test server has no TCP peer, so a startup filter gives each request
/// the peer address a test names; cookies are carried by hand because a cookie jar keeps Secure cookies off http.
/// </summary>
public sealed partial class TrustedProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "203.0.113.9";
    private const string PeerHeader = "X-Test-Peer";
    private const string Password = "riktig-hest-batteri-stift";

    [Fact]
    public async Task TheTrustedProxysHttpsMakesTheSignInCookieSecure()
    {
        await using var host = new ProxiedHost(Proxy);
        Assert.True(await SignInCookieIsSecureAsync(host, peer: Proxy));
    }

    [Fact]
    public async Task AnUntrustedClientsForwardedProtoIsIgnored()
    {
        await using var host = new ProxiedHost(Proxy);
        Assert.False(await SignInCookieIsSecureAsync(host, peer: Stranger));
    }

    [Fact]
    public async Task WithoutConfiguredProxiesNoForwardedHeaderIsBelieved()
    {
        await using var host = new ProxiedHost(trustedProxy: null);
        Assert.False(await SignInCookieIsSecureAsync(host, peer: Proxy));
    }

    /// <summary>Signs in with <c>X-Forwarded-Proto: https</c> from <paramref name="peer"/>; whether the sign-in cookie says Secure.</summary>
    private static async Task<bool> SignInCookieIsSecureAsync(ProxiedHost host, string peer)
    {
        using var warm = await host.CreateLoadedClientAsync();
        var email = $"publisist-{Guid.NewGuid():N}@ssb.no";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var created = await users.CreateAsync(new IdentityUser { UserName = email, Email = email, EmailConfirmed = true }, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri("/logg-inn", UriKind.Relative));
        Forwarded(page, peer);
        using var pageResponse = await client.SendAsync(page);
        Assert.True(pageResponse.StatusCode == HttpStatusCode.OK, $"/logg-inn answered {pageResponse.StatusCode}");
        var token = TokenPattern().Match(await pageResponse.Content.ReadAsStringAsync()).Groups[1].Value;
        var antiforgery = pageResponse.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/logg-inn?ReturnUrl=%2Fpubliser", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "logg-inn",
                ["Input.Email"] = email,
                ["Input.Password"] = Password,
            }),
        };
        Forwarded(post, peer);
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await client.SendAsync(post);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"The sign-in answered {signedIn.StatusCode}: {await signedIn.Content.ReadAsStringAsync()}");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kommunedigital.publisher=", StringComparison.Ordinal));
        return cookie.Split(';').Skip(1).Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static void Forwarded(HttpRequestMessage request, string peer)
    {
        request.Headers.Add(PeerHeader, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The app with <paramref name="trustedProxy"/> as its one known proxy (none when null).</summary>
    private sealed class ProxiedHost(string? trustedProxy) : KommunedigitalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (trustedProxy is not null)
            {
                builder.UseSetting("ForwardedHeaders:KnownProxies:0", trustedProxy);
            }

            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerAddress>());
        }
    }

    /// <summary>Stands in for the TCP peer the test server lacks: the address in <see cref="PeerHeader"/>.</summary>
    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[PeerHeader] is [{ } peer])
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
