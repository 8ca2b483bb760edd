using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web;

/// <summary>
/// Publisher verbs that run instead of the web host: <c>check FILE</c> validates a survey file against the
/// boundary structures; <c>fetch-boundaries</c> obtains and verifies the boundary files. Both print a report
/// to standard output and return a process exit code.
/// </summary>
public static class CommandLineVerbs
{
    private const string Usage = """
        Usage:
          dotnet run --project src/Kommunedigital.Web -- check FILE [--problems ROWS.csv]
                                     validate an SSB .xlsx/.csv/JSON-stat survey file; exit 0 accepted,
                                     1 rejected, 2 accepted with warnings that block publishing
          dotnet run --project src/Kommunedigital.Web -- fetch-boundaries obtain and verify the boundary files
        """;

    public static bool IsVerb(string[] args) => args is ["check", ..] or ["fetch-boundaries", ..] or ["help" or "--help"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        switch (args)
        {
            case ["check", var file, ..]:
                return await CheckAsync(file, args[2..], output, cancellationToken);
            case ["fetch-boundaries", ..]:
                return await FetchAsync(args[1..], output, cancellationToken);
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
        BoundaryCatalog catalog;
        try
        {
            catalog = await host.Services.GetRequiredService<DataSnapshotLoader>().LoadBoundariesAsync(cancellationToken);
        }
        catch (BoundaryDataException e)
        {
            await output.WriteLineAsync("Kan ikke sjekke filen: kommunegrensene som trengs for å kontrollere kommunenumrene, mangler.");
            await output.WriteLineAsync(e.Message);
            return 1;
        }

        MunicipalNumbering numbering;
        try
        {
            numbering = host.Services.GetRequiredService<DataSnapshotLoader>().LoadNumbering(catalog);
        }
        catch (KlassDataException e)
        {
            await output.WriteLineAsync("Kan ikke sjekke filen: kommunenumrene fra KLASS som trengs for å kontrollere numrene, mangler.");
            await output.WriteLineAsync(e.Message);
            return 1;
        }

        var options = host.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        return new SurveyFileCheck(new SurveyImporter(options)).Run(file, numbering, output, problemList);
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
