using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
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
          dotnet run --project src/Kommunedigital.Web -- check FILE      validate an SSB .xlsx/.csv survey file
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
                return args is ["help" or "--help"] ? 0 : 2;
        }
    }

    private static async Task<int> CheckAsync(string file, string[] rest, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"{file}: no such file.");
            return 1;
        }

        using var host = BuildHost(rest);
        BoundaryCatalog catalog;
        try
        {
            catalog = await host.Services.GetRequiredService<DataSnapshotLoader>().LoadBoundariesAsync(cancellationToken);
        }
        catch (BoundaryDataException e)
        {
            await output.WriteLineAsync("Cannot check the file: the boundary data needed to validate municipality numbers is unavailable.");
            await output.WriteLineAsync(e.Message);
            return 1;
        }

        var options = host.Services.GetRequiredService<IOptions<DataOptions>>().Value;
        return new SurveyFileCheck(new SurveyImporter(options)).Run(file, catalog, output);
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
        builder.Services.AddKommunedigitalData();
        return builder.Build();
    }
}
