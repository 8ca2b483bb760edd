using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kommunedigital.Releases;
using Kommunedigital.Web.Tests.Releases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests.Publishing;

/// <summary>
/// One app on a fresh SQLite release file for a test class, with an upload limit of <see cref="UploadLimit"/> bytes
/// and accounts made through Identity's own stores. Each test signs in with a client of its own (its own cookies).
/// </summary>
public sealed partial class PublishingHost : IAsyncLifetime
{
    /// <summary>Small enough that a test file can exceed it, large enough for the sample (about 40 kB).</summary>
    public const long UploadLimit = 100_000;

    public const string Password = "riktig-hest-batteri-stift";

    private TestDatabase _database = null!;

    internal ReleaseHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        Host = new ReleaseHost(_database, new Dictionary<string, string> { ["Data:MaxUploadBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var warm = await Host.CreateLoadedClientAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Creates an account, in the publisher role when <paramref name="publisher"/>.</summary>
    public async Task AddAccountAsync(string email, bool publisher)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(PublisherAccounts.Role))
        {
            Assert.True((await roles.CreateAsync(new IdentityRole(PublisherAccounts.Role))).Succeeded);
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (publisher)
        {
            Assert.True((await users.AddToRoleAsync(user, PublisherAccounts.Role)).Succeeded);
        }
    }

    /// <summary>A client with its own cookies that does not follow redirects.</summary>
    public Task<HttpClient> ClientAsync() => Host.CreateLoadedClientAsync();

    /// <summary>A new account signed in on a new client.</summary>
    public async Task<HttpClient> SignedInAsync(bool publisher)
    {
        var email = $"{(publisher ? "publisist" : "leser")}-{Guid.NewGuid():N}@ssb.no";
        await AddAccountAsync(email, publisher);
        var client = await ClientAsync();
        using var response = await SignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the sign-in form as a browser does (token from the page, cookie from the same client).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var token = await TokenAsync(client, "/logg-inn");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "logg-inn",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/logg-inn?ReturnUrl=%2Fpubliser", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    /// <summary>The upload form's body: a file and a note, and the token unless null.</summary>
    public static MultipartFormDataContent UploadForm(byte[] content, string fileName, string contentType, string note, string? token)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent("last-opp"), "_handler");
        form.Add(new StringContent(note), "Note");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "fil", fileName);
        return form;
    }

    /// <summary>Uploads through the page; the response (a redirect to the draft when stored).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName, string note, string contentType = "text/csv")
    {
        var token = await TokenAsync(client, "/publiser");
        using var form = UploadForm(content, fileName, contentType, note, token);
        return await client.PostAsync(new Uri("/publiser", UriKind.Relative), form);
    }

    /// <summary>The text of the element with role="alert" on a page, decoded; null when there is none.</summary>
    public static string? Alert(string html) =>
        AlertPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>A page's HTML decoded, without the CSS isolation attributes (b-xxxxxxxxxx), to compare markup.</summary>
    public static string Markup(string html) => WebUtility.HtmlDecode(ScopePattern().Replace(html, string.Empty));

    [GeneratedRegex(" b-[a-z0-9]{10}")]
    private static partial Regex ScopePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex AlertPattern();
}
