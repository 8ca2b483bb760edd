using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// The published Kommunedigital app, started as its own process on a free loopback port, exactly as it
/// runs in production (Production environment, precompressed static assets), with the boundary mirror.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppServer(Process process, StreamWriter log, Uri baseAddress, TimeSpan startToReady, JsonElement health)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        StartToReady = startToReady;
        Health = health;
    }

    public Uri BaseAddress { get; }

    /// <summary>Process start to the first 200 from /health (all data loaded).</summary>
    public TimeSpan StartToReady { get; }

    /// <summary>The /health body once ready (dataset name, years, boundary sets).</summary>
    public JsonElement Health { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts the app and waits until /health answers 200.</summary>
    /// <param name="appDll">The published Kommunedigital.Web.dll.</param>
    /// <param name="boundaryMirror">Folder with the boundary files (Data__BoundaryMirror).</param>
    /// <param name="logPath">Where the app's console output goes.</param>
    /// <param name="repoRoot">The repository, whose Dockerfile gives the runtime environment (<see cref="DockerfileEnvironment"/>).</param>
    /// <param name="environment">Settings that replace the defaults below (e.g. a release database to publish into).</param>
    public static async Task<AppServer> StartAsync(string appDll, string boundaryMirror, string logPath, string repoRoot, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var directory = Path.GetDirectoryName(Path.GetFullPath(appDll))!;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.GetFullPath(appDll));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        // As deployed, except the port: the bench binds a free loopback port with --urls.
        foreach (var (name, value) in DockerfileEnvironment.Read(repoRoot).Where(variable => variable.Key != "ASPNETCORE_HTTP_PORTS"))
        {
            start.Environment[name] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Data__BoundaryMirror"] = Path.GetFullPath(boundaryMirror);
        start.Environment["Data__BoundaryCache"] = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(logPath))!, "boundary-cache");
        start.Environment["Data__AllowDownload"] = "false";
        // A release database of its own per start: the app serves the sample, whatever earlier runs published.
        var releases = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(logPath))!, "releases-" + Guid.NewGuid().ToString("N"));
        start.Environment["Data__ReleaseDatabase"] = Path.Combine(releases, "releases.db");
        start.Environment["Data__ReleaseCache"] = Path.Combine(releases, "cache");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var stopwatch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeSpan.FromSeconds(120);
        while (stopwatch.Elapsed < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it was ready; see {logPath}.");
            }

            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var elapsed = stopwatch.Elapsed;
                    var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                    return new AppServer(process, log, baseAddress, elapsed, health);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!process.HasExited)
            {
                // Listening but too busy loading to answer within the client's timeout (two shared cores): ask again.
            }

            await Task.Delay(20);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The app was not ready within {deadline.TotalSeconds} s; see {logPath}.");
    }

    /// <summary>
    /// Waits until the app has used less than 5 % of one core for two half-second samples in a row (at most
    /// <paramref name="limit"/>): after a start it recompresses the geometry files at the smallest size and tiers up its
    /// hot code in the background, some 4-5 s of 1-1.6 cores on the two-core bench machine, which every page measured
    /// meanwhile would share. Returns how long it waited.
    /// </summary>
    public async Task<TimeSpan> WaitUntilIdleAsync(TimeSpan limit)
    {
        var sample = TimeSpan.FromMilliseconds(500);
        var clock = Stopwatch.StartNew();
        var quiet = 0;
        while (quiet < 2 && clock.Elapsed < limit)
        {
            _process.Refresh();
            var before = _process.TotalProcessorTime;
            await Task.Delay(sample);
            _process.Refresh();
            quiet = _process.TotalProcessorTime - before < sample * 0.05 ? quiet + 1 : 0;
        }

        return clock.Elapsed;
    }

    /// <summary>The process's resident set size (VmRSS in /proc/PID/status), in bytes.</summary>
    public long ResidentBytes() => Memory().ResidentBytes;

    /// <summary>The process's memory and thread count from /proc/PID/status.</summary>
    public ProcessMemory Memory() => ProcessMemory.Read(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    /// <summary>A port the OS just handed out on 127.0.0.1 (released again for the server to take).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
