using System.Net;

namespace Kommunedigital.Web;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed
/// (<c>ForwardedHeaders:KnownProxies</c>, <c>ForwardedHeaders:KnownNetworks</c>). Empty by default: then no forwarded
/// header is read at all, since a client could send one itself. Behind a proxy that terminates TLS, name it here, so
/// the app knows the request was HTTPS (the sign-in and antiforgery cookies are then marked <c>Secure</c>, links say
/// https) and sees the reader's address rather than the proxy's.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5" or "::1".</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>True when at least one proxy or network is named.</summary>
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The entries that do not parse as an address or a network, for the start-up error.</summary>
    public IEnumerable<string> Invalid() =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)));
}
