using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;
using Kommunedigital.Web.Publishing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kommunedigital.Web.Endpoints;

/// <summary>
/// The publisher's endpoints beside the pages: sign-out, sign-in through OpenID Connect (when configured), and a
/// draft's map and downloads for the preview. The draft routes require the publisher role; the POSTs read a form
/// and so require the antiforgery token. Never cached: a draft is no reader's business.
/// </summary>
public static class PublishEndpoints
{
    /// <summary>"/publiser/utkast/3": the preview page of draft 3; its map and downloads live below it.</summary>
    public static string DraftPath(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/publiser/utkast/{number}");

    public static IEndpointRouteBuilder MapPublishEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logg-ut", SignOutAsync);
        app.MapPost("/logg-inn/ekstern", SignInExternally);

        var drafts = app.MapGroup("/publiser/utkast/{number:int}").RequireAuthorization(PublisherSignIn.Policy);
        drafts.MapGet("/datasett.{format}", GetDraftDatasetAsync);
        drafts.MapGet("/kart.{format}", GetDraftMapAsync);
        return app;
    }

    public static async Task<RedirectHttpResult> SignOutAsync(HttpContext context, SignInManager<IdentityUser> signInManager, OpenIdConnectSignInOptions oidc, [FromForm] string? returnUrl)
    {
        await signInManager.SignOutAsync();
        if (oidc.IsConfigured)
        {
            await context.SignOutAsync(PublisherSignIn.ExternalCookieScheme);
        }

        return TypedResults.LocalRedirect(LocalOr(returnUrl, "/"));
    }

    public static Results<ChallengeHttpResult, NotFound> SignInExternally(OpenIdConnectSignInOptions oidc, [FromForm] string? returnUrl) =>
        oidc.IsConfigured
            ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOr(returnUrl, "/publiser") }, [OpenIdConnectSignInOptions.Scheme])
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetDraftDatasetAsync(
        int number, string format, HttpContext context, DraftPreviews previews, TimeProvider time)
    {
        if (await previews.FindAsync(number, context.RequestAborted) is not { Snapshot: { } draft })
        {
            return TypedResults.NotFound();
        }

        var parsed = DownloadRequest.ForDataset(format, ExportEndpoints.ReadQuery(context), draft);
        if (!parsed.IsValid)
        {
            return ExportEndpoints.BadRequest(parsed.Errors, ReaderLanguage.Bokmal);
        }

        var bytes = ExportEndpoints.WriteDataset(draft, parsed, time.GetLocalNow());
        NeverStore(context);
        return TypedResults.File(bytes, parsed.Download.ContentType, $"utkast-{number}-{parsed.Download.FileName(draft)}");
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetDraftMapAsync(
        int number, string format, HttpContext context, DraftPreviews previews, TimeProvider time)
    {
        if (await previews.FindAsync(number, context.RequestAborted) is not { Snapshot: { } draft })
        {
            return TypedResults.NotFound();
        }

        var parsed = DownloadRequest.ForView(format, ExportEndpoints.ReadQuery(context), draft);
        if (!parsed.IsValid || parsed.View is null)
        {
            return ExportEndpoints.BadRequest(parsed.Errors, ReaderLanguage.Bokmal);
        }

        var draftUrl = context.Request.Scheme + "://" + context.Request.Host + DraftPath(number);
        var (bytes, model) = await ExportEndpoints.WriteViewAsync(draft, parsed, draftUrl, time.GetLocalNow(), context.RequestAborted);
        NeverStore(context);
        return TypedResults.File(bytes, parsed.Download.ContentType, "utkast-" + ExportFileName.For(model, parsed.Download.Extension));
    }

    private static void NeverStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store, private";

    private static string LocalOr(string? url, string fallback) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : fallback;
}
