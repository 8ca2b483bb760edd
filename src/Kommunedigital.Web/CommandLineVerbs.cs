using System.Data.Common;
using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;
using Kommunedigital.Releases;
using Kommunedigital.Releases.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web;

/// <summary>
/// Publisher verbs that run instead of the web host: <c>check FILE</c> validates a survey file against the
/// boundary structures; <c>publish FILE --note "…"</c> checks it the same way and publishes it as the next release;
/// <c>releases</c> lists the releases; <c>rollback N</c> serves release N again; <c>fetch-boundaries</c> obtains and
/// verifies the boundary files. Each prints a report to standard output and returns a process exit code; publish
/// and rollback go through <see cref="ReleasePublisher"/>, as the browser does, and a running app picks the change
/// up within <c>Data:ReleasePollSeconds</c>. <c>add-publisher EMAIL</c> creates a publisher account for the browser.
/// </summary>
public static class CommandLineVerbs
{
    private const string Usage = """
        Usage:
          dotnet run --project src/Kommunedigital.Web -- check FILE [--problems ROWS.csv]
                                     validate an SSB .xlsx/.csv/JSON-stat survey file; exit 0 accepted,
                                     1 rejected, 2 accepted with warnings that block publishing
          dotnet run --project src/Kommunedigital.Web -- publish FILE --note "Tall for 2024 lagt til" [--by NAME]
                                     check the file as `check` does and publish it as the next release; exit 0
                                     published, 1 refused, 2 refused for warnings that block publishing
          dotnet run --project src/Kommunedigital.Web -- releases   list the releases, newest first
          dotnet run --project src/Kommunedigital.Web -- rollback N serve the earlier release N again; exit 0 or 1
          dotnet run --project src/Kommunedigital.Web -- fetch-boundaries obtain and verify the boundary files
          dotnet run --project src/Kommunedigital.Web -- add-publisher EMAIL
                                     create a publisher account (or give an account the role); the password comes
                                     from KOMMUNEDIGITAL_PUBLISHER_PASSWORD, else one line of standard input;
                                     exit 0 done, 1 refused (a weak password, a bad address), 64 usage
        """;

    /// <summary>The environment variable <c>add-publisher</c> reads the new account's password from.</summary>
    public const string PasswordVariable = "KOMMUNEDIGITAL_PUBLISHER_PASSWORD";

    public static bool IsVerb(string[] args) =>
        args is ["check", ..] or ["publish", ..] or ["releases", ..] or ["rollback", ..] or ["fetch-boundaries", ..] or ["add-publisher", ..] or ["help" or "--help"];

    /// <param name="args">The verb and its arguments, then any settings (<c>--Data:ReleaseDatabase=…</c>).</param>
    /// <param name="output">Where the report goes (standard output).</param>
    /// <param name="cancellationToken">Stops the verb.</param>
    /// <param name="input">Where <c>add-publisher</c> reads a password without the environment variable; standard input when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default, TextReader? input = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        switch (args)
        {
            case ["check", var file, ..]:
                return await CheckAsync(file, args[2..], output, cancellationToken);
            case ["publish", var file, ..]:
                return await PublishAsync(file, args[2..], output, cancellationToken);
            case ["releases", ..]:
                return await ListAsync(args[1..], output, cancellationToken);
            case ["rollback", var number, ..]:
                return await RollbackAsync(number, args[2..], output, cancellationToken);
            case ["fetch-boundaries", ..]:
                return await FetchAsync(args[1..], output, cancellationToken);
            case ["add-publisher", var email, ..] when !email.StartsWith("--", StringComparison.Ordinal):
                return await AddPublisherAsync(email, args[2..], output, input ?? Console.In, cancellationToken);
            default:
                await output.WriteLineAsync(Usage);
                // 64 (EX_USAGE): 1 and 2 are check's verdicts.
                return args is ["help" or "--help"] ? 0 : 64;
        }
    }

    private static async Task<int> CheckAsync(string file, string[] rest, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"{file}: filen finnes ikke.");
            return 1;
        }

        string? problemList = null;
        var problemsAt = Array.IndexOf(rest, "--problems");
        if (problemsAt >= 0)
        {
            if (problemsAt + 1 >= rest.Length)
            {
                await output.WriteLineAsync("--problems needs a file name: check FILE --problems rader.csv");
                return 64;
            }

            problemList = rest[problemsAt + 1];
            rest = [.. rest[..problemsAt], .. rest[(problemsAt + 2)..]];
        }

        using var host = BuildHost(rest);
        if (await LoadFoundationAsync(host, "Kan ikke sjekke filen", output, cancellationToken) is not { } foundation)
        {
            return 1;
        }

        var options = host.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        return new SurveyFileCheck(new SurveyImporter(options)).Run(file, foundation.Numbering, output, problemList);
    }

    private static async Task<int> PublishAsync(string file, string[] rest, TextWriter output, CancellationToken cancellationToken)
    {
        var (note, afterNote) = TakeOption(rest, "--note");
        var (by, settings) = TakeOption(afterNote, "--by");
        if (string.IsNullOrWhiteSpace(note))
        {
            await output.WriteLineAsync("publish needs a note for readers: publish FILE --note \"Tall for 2024 lagt til\"");
            return 64;
        }

        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"{file}: filen finnes ikke.");
            return 1;
        }

        using var host = BuildHost(settings);
        if (await LoadFoundationAsync(host, "Kan ikke publisere filen", output, cancellationToken) is not { } foundation
            || !await MigrateAsync(host, output, cancellationToken))
        {
            return 1;
        }

        var publisher = host.Services.GetRequiredService<ReleasePublisher>();
        var who = string.IsNullOrWhiteSpace(by) ? Environment.UserName : by.Trim();
        var content = await File.ReadAllBytesAsync(file, cancellationToken);
        var upload = await publisher.UploadAsync(foundation, content, Path.GetFileName(file), who, note, cancellationToken);
        await output.WriteAsync(upload.Report);
        if (upload.Release is not { } draft)
        {
            await output.WriteLineAsync(upload.Refusal);
            return upload.ExitCode;
        }

        var published = await publisher.PublishAsync(foundation, draft.Number, who, note: null, cancellationToken);
        await output.WriteLineAsync(published.Succeeded
            ? $"{published.Release!.Stamp!.Text}: {published.Release.FileName} (SHA-256 {published.Release.Sha256}). Merknad: {published.Release.Note}"
            : published.Refusal);
        return published.ExitCode;
    }

    private static async Task<int> ListAsync(string[] settings, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = BuildHost(settings);
        if (!await MigrateAsync(host, output, cancellationToken))
        {
            return 1;
        }

        var releases = await host.Services.GetRequiredService<ReleaseCatalog>().ListAsync(cancellationToken);
        if (releases.Count == 0)
        {
            await output.WriteLineAsync("Ingen versjoner er lastet opp; appen viser eksempeldataene (eller filen i Data:Dataset).");
            return 0;
        }

        var current = releases.Where(r => r.Status == ReleaseStatus.Published).Max(r => (int?)r.Number);
        foreach (var r in releases)
        {
            var when = ReleaseStamp.NorwegianTime(r.PublishedAt ?? r.UploadedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var shown = r.Number == current ? "  (vises nå)" : string.Empty;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Number,4}  {r.StatusText,-16}  {when}  {r.FileName}  {r.PublishedBy ?? r.UploadedBy}  «{r.Note}»{shown}"));
        }

        return 0;
    }

    private static async Task<int> RollbackAsync(string number, string[] settings, TextWriter output, CancellationToken cancellationToken)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var target))
        {
            await output.WriteLineAsync($"rollback needs a release number (see `releases`), not '{number}'.");
            return 64;
        }

        using var host = BuildHost(settings);
        if (await LoadFoundationAsync(host, "Kan ikke rulle tilbake", output, cancellationToken) is not { } foundation
            || !await MigrateAsync(host, output, cancellationToken))
        {
            return 1;
        }

        var outcome = await host.Services.GetRequiredService<ReleasePublisher>().RollbackAsync(foundation, target, cancellationToken);
        await output.WriteLineAsync(outcome.Succeeded
            ? $"Rullet tilbake: {outcome.Release!.Stamp!.Text} vises igjen ({outcome.Release.FileName})."
            : outcome.Refusal);
        return outcome.ExitCode;
    }

    private static async Task<int> AddPublisherAsync(string email, string[] settings, TextWriter output, TextReader input, CancellationToken cancellationToken)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            // One line, so `echo "$PASSWORD" | … add-publisher ola@ssb.no` works; the line ending is not part of it.
            password = await input.ReadLineAsync(cancellationToken);
        }

        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"add-publisher needs a password: set {PasswordVariable}, or give it as one line on standard input.");
            return 64;
        }

        using var host = BuildHost(settings);
        if (!await MigrateAsync(host, output, cancellationToken))
        {
            return 1;
        }

        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(PublisherAccounts.Role)
            && !await ReportAsync(await roles.CreateAsync(new IdentityRole(PublisherAccounts.Role)), output))
        {
            return 1;
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is not null)
        {
            if (await users.IsInRoleAsync(user, PublisherAccounts.Role))
            {
                await output.WriteLineAsync($"{user.Email} er allerede publisist; passordet er ikke endret.");
                return 0;
            }

            if (!await ReportAsync(await users.AddToRoleAsync(user, PublisherAccounts.Role), output))
            {
                return 1;
            }

            await output.WriteLineAsync($"{user.Email} har nå rollen som publisist; passordet er ikke endret.");
            return 0;
        }

        user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        if (!await ReportAsync(await users.CreateAsync(user, password), output)
            || !await ReportAsync(await users.AddToRoleAsync(user, PublisherAccounts.Role), output))
        {
            await output.WriteLineAsync("Kontoen ble ikke opprettet.");
            return 1;
        }

        await output.WriteLineAsync($"Publisist {user.Email} er opprettet. Logg inn på /logg-inn.");
        return 0;
    }

    /// <summary>True when <paramref name="result"/> succeeded; else prints each of Identity's messages (bokmål).</summary>
    private static async Task<bool> ReportAsync(IdentityResult result, TextWriter output)
    {
        foreach (var error in result.Errors)
        {
            await output.WriteLineAsync(error.Description);
        }

        return result.Succeeded;
    }

    /// <summary>The boundaries and KLASS numbering, or null after printing why they are missing.</summary>
    private static async Task<DataFoundation?> LoadFoundationAsync(IHost host, string cannot, TextWriter output, CancellationToken cancellationToken)
    {
        var loader = host.Services.GetRequiredService<DataSnapshotLoader>();
        BoundaryCatalog catalog;
        try
        {
            catalog = await loader.LoadBoundariesAsync(cancellationToken);
        }
        catch (BoundaryDataException e)
        {
            await output.WriteLineAsync($"{cannot}: kommunegrensene som trengs for å kontrollere kommunenumrene, mangler.");
            await output.WriteLineAsync(e.Message);
            return null;
        }

        try
        {
            return new DataFoundation(catalog, loader.LoadNumbering(catalog));
        }
        catch (KlassDataException e)
        {
            await output.WriteLineAsync($"{cannot}: kommunenumrene fra KLASS som trengs for å kontrollere numrene, mangler.");
            await output.WriteLineAsync(e.Message);
            return null;
        }
    }

    private static async Task<bool> MigrateAsync(IHost host, TextWriter output, CancellationToken cancellationToken)
    {
        var database = host.Services.GetRequiredService<ReleaseDatabase>();
        try
        {
            await database.MigrateAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Versjonsdatabasen ({database}) kan ikke åpnes: {e.Message}");
            return false;
        }
    }

    /// <summary>The value after <paramref name="name"/> and the arguments without both; (null, args) when absent.</summary>
    private static (string? Value, string[] Others) TakeOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at < 0 || at + 1 >= args.Length ? (null, args) : (args[at + 1], [.. args[..at], .. args[(at + 2)..]]);
    }

    private static async Task<int> FetchAsync(string[] rest, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = BuildHost(rest);
        var loader = host.Services.GetRequiredService<DataSnapshotLoader>();
        try
        {
            var (manifest, files) = loader.OpenManifest();
            var paths = await files.ObtainAllAsync(manifest.Files, cancellationToken);
            foreach (var (name, path) in paths.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"{name}: OK (SHA-256 verified) -> {path}");
            }

            return 0;
        }
        catch (BoundaryDataException e)
        {
            await output.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static IHost BuildHost(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // appsettings.json logs the app's own categories at Information; a verb's output is its report.
        builder.Logging.AddFilter("Kommunedigital", LogLevel.Warning);
        builder.Services.AddKommunedigitalData();
        return builder.Build();
    }
}
