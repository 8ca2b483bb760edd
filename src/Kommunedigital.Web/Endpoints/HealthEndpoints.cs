using Kommunedigital.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kommunedigital.Web.Endpoints;

/// <summary>
/// /health: 200 when a dataset is loaded, 503 (with the reason) while none is; "Degraded" (still 200) when data are
/// served but something failed — the release database cannot be read, or a refused file gave way to the sample.
/// For an orchestrator: /health/live is 200 whenever the process answers, /health/ready 200 once the data is loaded
/// ("Healthy" or "Degraded") and 503 (with <c>Retry-After</c>) before.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).ExcludeFromDescription();
        app.MapGet("/health/live", GetLive).ExcludeFromDescription();
        app.MapGet("/health/ready", GetReady).ExcludeFromDescription();
        return app;
    }

    public static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(DataStore store)
    {
        if (store.Current is { } snapshot)
        {
            var sets = snapshot.Boundaries.Sets.Select(s => $"{s.Id}: {s.Municipalities.Count}").ToArray();
            return TypedResults.Ok(new HealthReport(
                Status(store), snapshot.Dataset.Name, snapshot.Dataset.IsSample, snapshot.Dataset.Years, sets, snapshot.LoadedAt, store.LastError)
            {
                Release = snapshot.Release?.Number,
            });
        }

        return TypedResults.Json(
            new HealthReport("Unhealthy", null, false, [], [], null, store.LastError ?? "Data is still loading."),
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static Ok<ProbeReport> GetLive(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ProbeReport("Healthy"));
    }

    public static Results<Ok<ProbeReport>, JsonHttpResult<ProbeReport>> GetReady(DataStore store, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (store.Current is not null)
        {
            return TypedResults.Ok(new ProbeReport(Status(store)));
        }

        context.Response.Headers.RetryAfter = Load.LoadingGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Json(new ProbeReport("Unhealthy"), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>"Degraded" while data are served and <see cref="DataStore.LastError"/> says what failed; else "Healthy".</summary>
    private static string Status(DataStore store) => store.LastError is null ? "Healthy" : "Degraded";

    /// <summary>The body of /health/live and /health/ready: "Healthy", "Degraded" or "Unhealthy".</summary>
    public sealed record ProbeReport(string Status);

    /// <summary>The /health body.</summary>
    public sealed record HealthReport(
        string Status,
        string? Dataset,
        bool IsSample,
        IReadOnlyList<int> Years,
        IReadOnlyList<string> BoundarySets,
        DateTimeOffset? LoadedAt,
        string? Error)
    {
        /// <summary>The number of the published release served, or null for the sample or a configured file.</summary>
        public int? Release { get; init; }
    }
}
