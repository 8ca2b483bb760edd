using System.Security.Claims;
using Kommunedigital.Releases;
using Kommunedigital.Web.Publishing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests.Publishing;

/// <summary>OpenID Connect is registered only when configured, and maps the configured group to the publisher role.</summary>
public sealed class SignInSchemeTests
{
    [Fact]
    public async Task OpenIdConnectIsOffUnlessAnAuthorityAndAClientAreConfigured()
    {
        await using var plain = new KommunedigitalFactory();
        await using var configured = new OpenIdConnectFactory();

        var without = await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSignInOptions.Scheme);
        var with = await configured.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSignInOptions.Scheme);
        var identityCookie = await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultAuthenticateSchemeAsync();

        Assert.Null(without);
        Assert.Equal("organisasjonens pålogging", with?.DisplayName);
        Assert.Equal(IdentityConstants.ApplicationScheme, identityCookie?.Name);
    }

    [Fact]
    public void OnlyTheConfiguredGroupClaimMakesAProviderIdentityAPublisher()
    {
        var options = new OpenIdConnectSignInOptions { RoleClaim = "groups", PublisherValue = "kd-publisher" };
        var member = new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", "andre"), new Claim("groups", "kd-publisher")], "oidc"));
        var other = new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", "kd-publisher-test"), new Claim("roles", "kd-publisher")], "oidc"));

        PublisherSignIn.MapPublisherRole(member, options);
        PublisherSignIn.MapPublisherRole(other, options);

        Assert.True(member.IsInRole(PublisherAccounts.Role));
        Assert.False(other.IsInRole(PublisherAccounts.Role));
    }

    private sealed class OpenIdConnectFactory : KommunedigitalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Never contacted: the provider's metadata is fetched on the first sign-in, which no test starts.
            builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://login.example.org/realms/ssb");
            builder.UseSetting("Authentication:OpenIdConnect:ClientId", "kommunedigital");
            builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "hemmelig");
        }
    }
}
