using Microsoft.AspNetCore.Antiforgery;

namespace Kommunedigital.Web.Publishing;

/// <summary>
/// Answers a form without a valid antiforgery token with 400 and a bokmål sentence, right after antiforgery has
/// checked it. Without a body, the status-code page would run the pipeline again on the same form, whose reading
/// the framework then refuses with an exception (a 500 instead of the 400).
/// </summary>
public static class AntiforgeryRefusal
{
    public const string Message = "Skjemaet kunne ikke sendes: det var utløpt eller manglet sikkerhetsnøkkelen. Gå tilbake, last inn siden på nytt og prøv igjen.";

    public static IApplicationBuilder UseAntiforgeryRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Message, context.RequestAborted);
                return;
            }

            await next(context);
        });
}
