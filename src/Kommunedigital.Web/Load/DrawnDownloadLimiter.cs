using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web.Load;

/// <summary>
/// Bounds the drawn view downloads (the formats painted from the map scene: PNG, PDF, SVG, PPTX) to
/// <see cref="DownloadLimitOptions.DrawnConcurrency"/> at once, with a short queue; beyond it a reader gets 429
/// with <c>Retry-After</c> and a bokmål problem at once, instead of waiting into a time-out. The table formats are
/// cheap and pass unlimited. The limiter runs after the output cache, so a cached file never takes a slot.
/// </summary>
public static class DrawnDownloadLimiter
{
    /// <summary>The rate-limiting policy of <c>/last-ned/{format}</c>.</summary>
    public const string PolicyName = "drawn-downloads";

    /// <summary>The view formats drawn from the map scene (the costly ones); the others are tables or data.</summary>
    public static IReadOnlySet<string> DrawnFormats { get; } =
        new HashSet<string>(["png", "pdf", "svg", "pptx"], StringComparer.OrdinalIgnoreCase);

    /// <summary>One shared concurrency limiter for every drawn format; no limiter for the rest.</summary>
    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var format = (context.Request.RouteValues["format"] as string)?.Trim();
        if (format is null || !DrawnFormats.Contains(format))
        {
            return RateLimitPartition.GetNoLimiter("table");
        }

        var options = context.RequestServices.GetRequiredService<IOptions<DownloadLimitOptions>>().Value;
        return RateLimitPartition.GetConcurrencyLimiter("drawn", _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.DrawnConcurrency,
            QueueLimit = options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>429, <c>Retry-After</c>, and a short problem in bokmål.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var seconds = http.RequestServices.GetRequiredService<IOptions<DownloadLimitOptions>>().Value.RetryAfterSeconds;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "For mange nedlastinger akkurat nå.",
                Detail = $"Kartbildene tegnes på serveren, og den er opptatt. Prøv igjen om {seconds} sekunder.",
            },
        });
    }
}
