using System.Globalization;
using Kommunedigital.Releases;
using Kommunedigital.Web.Tests.Releases;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Web.Tests.Publishing;

/// <summary>
/// <c>add-publisher EMAIL</c> on a real SQLite file: the password from standard input or the environment variable,
/// Identity's refusals in bokmål, exit codes as the other verbs (0 done, 1 refused, 64 usage), and the stored account
/// read back through EF Core and checked with Identity's own hasher.
/// </summary>
public sealed class AddPublisherVerbTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<(int Exit, string Output)> RunAsync(string email, string? standardInput)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var input = new StringReader(standardInput ?? string.Empty);
        var exit = await CommandLineVerbs.RunAsync(["add-publisher", email, .. _database.Arguments()], output, CancellationToken.None, input);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task AStrongPasswordFromStandardInputCreatesAPublisherAndAWeakOneIsRefusedInBokmal()
    {
        Assert.Null(Environment.GetEnvironmentVariable(CommandLineVerbs.PasswordVariable));
        var (shortExit, shortOutput) = await RunAsync("kari@ssb.no", "kort\n");
        var (sameExit, sameOutput) = await RunAsync("kari@ssb.no", "aaaaaaaaaaaaaaaa\n");
        var (badExit, badOutput) = await RunAsync("ikke-en-adresse", "riktig-hest-batteri\n");
        var (noneExit, _) = await RunAsync("kari@ssb.no", null);
        var (createdExit, created) = await RunAsync("kari@ssb.no", "riktig-hest-batteri\n");
        var (againExit, again) = await RunAsync("kari@ssb.no", "et-annet-passord-her\n");

        Assert.Equal((1, 1, 1, 64, 0, 0), (shortExit, sameExit, badExit, noneExit, createdExit, againExit));
        Assert.Equal("Passordet må ha minst 12 tegn.\nKontoen ble ikke opprettet.\n", shortOutput);
        Assert.Equal("Passordet må ha minst 4 forskjellige tegn.\nKontoen ble ikke opprettet.\n", sameOutput);
        Assert.Equal("«ikke-en-adresse» er ikke en gyldig e-postadresse.\nKontoen ble ikke opprettet.\n", badOutput);
        Assert.Equal("Publisist kari@ssb.no er opprettet. Logg inn på /logg-inn.\n", created);
        Assert.Equal("kari@ssb.no er allerede publisist; passordet er ikke endret.\n", again);

        await using var db = _database.Open().Open();
        var user = await db.Users.SingleAsync();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync();
        var hasher = new PasswordHasher<IdentityUser>();
        Assert.Equal(("kari@ssb.no", "KARI@SSB.NO"), (user.Email, user.NormalizedEmail));
        Assert.Equal([PublisherAccounts.Role], roles);
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash!, "riktig-hest-batteri"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, "et-annet-passord-her"));
    }

    [Fact]
    public async Task ThePasswordVariableIsReadBeforeStandardInput()
    {
        // Only this class runs add-publisher, and its tests run one after another: the variable is seen by no other test.
        Environment.SetEnvironmentVariable(CommandLineVerbs.PasswordVariable, "fra-miljoet-2026");
        try
        {
            var (exit, output) = await RunAsync("ola@ssb.no", "fra-standard-inn\n");

            Assert.Equal((0, "Publisist ola@ssb.no er opprettet. Logg inn på /logg-inn.\n"), (exit, output));
        }
        finally
        {
            Environment.SetEnvironmentVariable(CommandLineVerbs.PasswordVariable, null);
        }

        await using var db = _database.Open().Open();
        var user = await db.Users.SingleAsync();
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<IdentityUser>().VerifyHashedPassword(user, user.PasswordHash!, "fra-miljoet-2026"));
    }
}
