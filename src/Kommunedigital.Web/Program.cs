using Kommunedigital.Web;
using Kommunedigital.Web.Components;
using Kommunedigital.Web.Endpoints;
using Kommunedigital.Web.Load;
using Kommunedigital.Web.Publishing;

// Publisher verbs ("check FILE", "fetch-boundaries") run and exit without starting the web host.
if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args, Console.Out);
}

// Settings and static assets live beside the app, whatever the current directory is.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddKommunedigital();

var app = builder.Build();
app.UseTrustedProxies();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseLoadingGate();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// The output cache sits outside compression: a cached embed or download is stored compressed, once per encoding.
// Cache before limiter: a download served from the cache never takes a drawing slot.
app.UseOutputCache();
app.UseResponseCompression();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseUploadLimit();
app.UseAntiforgery();
app.UseAntiforgeryRefusal();

app.MapStaticAssets();
app.MapHealthEndpoints();
app.MapExportEndpoints();
app.MapGeometryEndpoints();
app.MapPublishEndpoints();
// Framing is set by UseSecurityHeaders for every response, so the embed can differ from the map page.
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(options =>
    {
        options.ContentSecurityFrameAncestorsPolicy = null;
        options.ConfigureWebSocketAcceptContext = CircuitWebSockets.Configure;
    });

await app.RunAsync();
return 0;
