namespace Kommunedigital.Web;

/// <summary>
/// Response headers every answer carries. Framing is decided here for the whole app, in one place: the
/// framework's own per-component "frame-ancestors 'self'" is switched off in Program.cs, because the embed
/// exists to be framed by other sites (it opens no circuit) while every other page must stay unframeable.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The embed page's path: the only one other sites may frame.</summary>
    public const string EmbedPath = "/embed";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;

            // Served types are what they say (a ProblemDetails echoing "<script>" is JSON, never HTML).
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = context.Request.Path.Equals(EmbedPath, StringComparison.OrdinalIgnoreCase)
                ? "frame-ancestors *"
                : "frame-ancestors 'self'";
            return next(context);
        });
}
