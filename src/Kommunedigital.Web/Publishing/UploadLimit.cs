using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web.Publishing;

/// <summary>
/// The upload's size limit, before antiforgery reads the form: a body over <see cref="UploadOptions.MaxUploadBytes"/>
/// is read to the end and thrown away (so the browser sees the answer rather than a reset connection), and the
/// publisher is sent back to the upload page with the limit in bokmål. A file just under the body limit but over the
/// file limit is refused by the page with the same message.
/// </summary>
public static class UploadLimit
{
    /// <summary>The upload form's path and method (the publishing page).</summary>
    public const string UploadPath = "/publiser";

    /// <summary>The query the upload page reads to say the file was too large.</summary>
    public const string TooLargeQuery = "for-stor";

    // Room for the note, the antiforgery token and the multipart boundaries around the file.
    private const long FormOverhead = 64 * 1024;

    // Bodies beyond this are not read: the connection is closed after the answer.
    private const long DrainAtMost = 256L * 1024 * 1024;

    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<UploadOptions>>().Value;
        var bodyLimit = options.MaxUploadBytes + FormOverhead;
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(UploadPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (context.Request.ContentLength is { } length && length > bodyLimit)
            {
                if (length <= DrainAtMost && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = length;
                }

                if (length <= DrainAtMost)
                {
                    await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                }

                context.Response.Redirect($"{UploadPath}?{TooLargeQuery}=1");
                return;
            }

            // A large configured limit must not be cut short by the server's default (30 MB in Kestrel).
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = bodyLimit;
            }

            await next(context);
        });
    }
}
