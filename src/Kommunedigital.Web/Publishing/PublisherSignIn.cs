using System.Security.Claims;
using Kommunedigital.Releases;
using Kommunedigital.Releases.Database;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Kommunedigital.Web.Publishing;

/// <summary>
/// Who may publish: ASP.NET Core Identity on the release database (<see cref="PublisherAccounts"/>' rules), the
/// sign-in cookie, the shared data-protection key ring, and optionally an organisation's OpenID Connect provider.
/// </summary>
public static class PublisherSignIn
{
    /// <summary>The policy every publishing page and endpoint requires: a signed-in person in the publisher role.</summary>
    public const string Policy = "publisher";

    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/logg-inn";

    /// <summary>Where a signed-in person without the role is sent (it answers 403).</summary>
    public const string AccessDeniedPath = "/ingen-tilgang";

    /// <summary>The cookie of a person signed in through OpenID Connect (no local account, so not Identity's cookie).</summary>
    public const string ExternalCookieScheme = "oidc-cookie";

    private const string SelectingScheme = "publisher";
    private const string ExternalCookieName = "kommunedigital.publisher.oidc";

    /// <summary>
    /// Identity's user and role stores on the release database, for the web host and the <c>add-publisher</c> verb
    /// alike; one context per scope, opened by <see cref="ReleaseDatabase"/> on SQLite or PostgreSQL.
    /// </summary>
    public static IServiceCollection AddPublisherAccounts(this IServiceCollection services)
    {
        services.AddScoped<ReleaseDbContext>(sp => sp.GetRequiredService<ReleaseDatabase>().Open());
        services.AddIdentityCore<IdentityUser>(PublisherAccounts.Configure)
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<NorwegianIdentityErrors>()
            .AddEntityFrameworkStores<ReleaseDbContext>();
        return services;
    }

    /// <summary>Cookie sign-in, the publisher policy, the key ring in the database and, when configured, OpenID Connect.</summary>
    public static IHostApplicationBuilder AddPublisherSignIn(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Before the other hosted services but the data loader (which waits for it): the key ring below is read from the
        // release database as the host starts.
        services.AddSingleton<ReleaseDatabaseMigration>();
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp => sp.GetRequiredService<ReleaseDatabaseMigration>()));

        // Every instance reads and writes one key ring, so a cookie or an antiforgery token made on one is read on any.
        services.AddDataProtection()
            .SetApplicationName("Kommunedigital")
            .PersistKeysToDbContext<ReleaseDbContext>();

        var oidc = builder.Configuration.GetSection(OpenIdConnectSignInOptions.SectionName).Get<OpenIdConnectSignInOptions>() ?? new OpenIdConnectSignInOptions();
        services.AddSingleton(oidc);
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = oidc.IsConfigured ? SelectingScheme : IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>().AddSignInManager();
        services.ConfigureApplicationCookie(options => Configure(options, "kommunedigital.publisher"));

        if (oidc.IsConfigured)
        {
            // A person from the provider has no local account, which Identity's security-stamp check would take for a
            // deleted one: their cookie is a plain cookie of its own, and the default scheme reads whichever is sent.
            authentication.AddPolicyScheme(SelectingScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Cookies.ContainsKey(ExternalCookieName) ? ExternalCookieScheme : IdentityConstants.ApplicationScheme);
            authentication.AddCookie(ExternalCookieScheme, options => Configure(options, ExternalCookieName));
            authentication.AddOpenIdConnect(OpenIdConnectSignInOptions.Scheme, oidc.DisplayName, options =>
            {
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                options.SignInScheme = ExternalCookieScheme;
                options.Scope.Add("email");
                options.Events.OnTokenValidated = context =>
                {
                    MapPublisherRole(context.Principal, oidc);
                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireRole(PublisherAccounts.Role));
        services.AddCascadingAuthenticationState();
        return builder;
    }

    private static void Configure(CookieAuthenticationOptions options, string name)
    {
        options.LoginPath = SignInPath;
        options.LogoutPath = "/logg-ut";
        options.AccessDeniedPath = AccessDeniedPath;
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // Lax, not Strict: the return from an organisation's identity provider is a cross-site navigation.
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
    }

    /// <summary>Gives an identity from the provider the publisher role when its <see cref="OpenIdConnectSignInOptions.RoleClaim"/> says so.</summary>
    public static void MapPublisherRole(ClaimsPrincipal? principal, OpenIdConnectSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (principal?.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        if (identity.FindAll(options.RoleClaim).Any(c => string.Equals(c.Value, options.PublisherValue, StringComparison.Ordinal)))
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, PublisherAccounts.Role));
        }
    }
}
