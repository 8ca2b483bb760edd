using Kommunedigital.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kommunedigital.Web.Endpoints;

/// <summary>/health: 200 when a dataset is loaded, 503 (with the reason) while none is.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).ExcludeFromDescription();
        return app;
    }

    public static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(DataStore store)
    {
        if (store.Current is { } snapshot)
        {
            var sets = snapshot.Boundaries.Sets.Select(s => $"{s.Id}: {s.Municipalities.Count}").ToArray();
            return TypedResults.Ok(new HealthReport(
                "Healthy", snapshot.Dataset.Name, snapshot.Dataset.IsSample, snapshot.Dataset.Years, sets, snapshot.LoadedAt, store.LastError));
        }

        return TypedResults.Json(
            new HealthReport("Unhealthy", null, false, [], [], null, store.LastError ?? "Data is still loading."),
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The /health body.</summary>
    public sealed record HealthReport(
        string Status,
        string? Dataset,
        bool IsSample,
        IReadOnlyList<int> Years,
        IReadOnlyList<string> BoundarySets,
        DateTimeOffset? LoadedAt,
        string? Error);
}
