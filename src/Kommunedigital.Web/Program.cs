using Kommunedigital.Web;
using Kommunedigital.Web.Components;
using Kommunedigital.Web.Endpoints;

// Publisher verbs ("check FILE", "fetch-boundaries") run and exit without starting the web host.
if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args, Console.Out);
}

// Settings and static assets live beside the app, whatever the current directory is.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddKommunedigital();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseResponseCompression();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthEndpoints();
app.MapExportEndpoints();
app.MapGeometryEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;
