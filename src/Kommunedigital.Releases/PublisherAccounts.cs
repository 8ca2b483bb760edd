using Microsoft.AspNetCore.Identity;

namespace Kommunedigital.Releases;

/// <summary>
/// The rules for publishers' accounts, shared by the web host's sign-in and the <c>add-publisher</c> verb so that
/// both accept the same passwords and lock an account the same way.
/// </summary>
public static class PublisherAccounts
{
    /// <summary>The role every publishing page and endpoint requires.</summary>
    public const string Role = "publisher";

    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>Wrong passwords in a row after which an account is locked.</summary>
    public const int FailuresBeforeLockout = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Password policy (at least <see cref="MinimumPasswordLength"/> characters of at least four kinds: length beats
    /// composition rules, but a long password of one repeated character is still refused), lockout after
    /// <see cref="FailuresBeforeLockout"/> failures (new accounts too), and one account per e-mail address.
    /// </summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = FailuresBeforeLockout;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
