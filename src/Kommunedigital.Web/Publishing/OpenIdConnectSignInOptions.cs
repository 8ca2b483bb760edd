namespace Kommunedigital.Web.Publishing;

/// <summary>
/// Sign-in through an organisation's own identity provider (<c>Authentication:OpenIdConnect</c>), off unless
/// <see cref="Authority"/> and <see cref="ClientId"/> are set. A signed-in person is a publisher when the token's
/// <see cref="RoleClaim"/> claim has the value <see cref="PublisherValue"/> (a group or role the provider issues).
/// </summary>
public sealed class OpenIdConnectSignInOptions
{
    public const string SectionName = "Authentication:OpenIdConnect";

    /// <summary>The authentication scheme's name (also the callback path's last part: /signin-oidc).</summary>
    public const string Scheme = "oidc";

    /// <summary>The provider's issuer URL, e.g. https://login.example.org/realms/ssb.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim that carries groups or roles in the provider's tokens.</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>The value of <see cref="RoleClaim"/> that makes a person a publisher.</summary>
    public string PublisherValue { get; set; } = "kommunedigital-publisher";

    /// <summary>The button's text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "organisasjonens pålogging";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
