using System.Globalization;
using System.Net;
using Kommunedigital.Web.Components.Shared;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// The "Del" dialog's snippet pasted into a news article on another origin: the iframe takes its content's
/// height, and a reader scrolling the article over the map scrolls the article instead of zooming the map.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbeddedInArticleTests(BrowserApp app)
{
    private const string Article = "https://avis.test/artikkel";

    [Fact]
    public async Task TheIframeGrowsToItsContentAndTheWheelScrollsTheArticleUntilTheMapIsFocused()
    {
        await using var context = await app.NewContextAsync(width: 1440, height: 900);

        // The test serves the article on a made-up public name and the app on loopback; Chromium's Local
        // Network Access checks block a public page from framing loopback unless the reader allows it.
        await context.GrantPermissionsAsync(["local-network-access"], new() { Origin = "https://avis.test" });
        var snippet = await SnippetFromShareDialogAsync(context);
        var page = await context.NewPageAsync();
        await page.RouteAsync(Article, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = ArticleHtml(snippet),
        }));
        await page.GotoAsync(Article);

        var iframe = page.Locator("iframe");
        var frame = (await (await iframe.ElementHandleAsync()).ContentFrameAsync())!;
        await frame.WaitForMapAsync(shapes: 357);

        // The embed posts its height; the snippet's script sets it and answers "autosize", the map takes its
        // natural height, and the iframe follows: nothing is left to scroll inside.
        await page.WaitForFunctionAsync(
            "min => window.lastPostedHeight > min && document.querySelector('iframe').getBoundingClientRect().height === Math.ceil(window.lastPostedHeight)",
            EmbedCode.DefaultHeight);
        var height = await iframe.EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        Assert.True(height > EmbedCode.DefaultHeight, $"The iframe is {height} px, its default {EmbedCode.DefaultHeight} px.");
        Assert.Equal($"{height.ToString(CultureInfo.InvariantCulture)}px", await iframe.EvaluateAsync<string>("f => f.style.height"));
        Assert.True(await frame.EvaluateAsync<bool>("() => document.scrollingElement.scrollHeight <= innerHeight"), "The embed still scrolls inside its iframe.");

        // Wheel over the unfocused map: the article scrolls, the map keeps its zoom and says how to zoom.
        var map = frame.Locator(".kd-map");
        var zoom = await map.GetAttributeAsync("data-zoom");
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        await MoveOverAsync(page, map);
        await page.Mouse.WheelAsync(0, 240);
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        await Assertions.Expect(map.Locator(".kd-map-hint")).ToHaveTextAsync("Klikk i kartet for å zoome med musehjulet");
        Assert.Equal(zoom, await map.GetAttributeAsync("data-zoom"));
        Assert.False(await map.EvaluateAsync<bool>("m => m.contains(document.activeElement)"));

        // Once the reader focuses the map, the wheel zooms it and the article stays put.
        await map.FocusAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await MoveOverAsync(page, map);
        await page.Mouse.WheelAsync(0, -240);
        await frame.WaitForFunctionAsync("zoom => document.querySelector('.kd-map').dataset.zoom !== zoom", zoom);
        Assert.True(
            double.Parse((await map.GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture) > double.Parse(zoom!, CultureInfo.InvariantCulture),
            "Wheel up over the focused map did not zoom in.");
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1440)]
    public async Task WithoutTheResizeScriptTheEmbedFillsItsDefaultHeightWithoutScrollbars(int width)
    {
        await using var context = await app.NewContextAsync(width: width, height: 900);
        await context.GrantPermissionsAsync(["local-network-access"], new() { Origin = "https://avis.test" });
        var snippet = await SnippetFromShareDialogAsync(context);

        // Many publishing systems strip <script> from embed code: only the iframe is left.
        var iframeOnly = snippet[..(snippet.IndexOf("</iframe>", StringComparison.Ordinal) + "</iframe>".Length)];
        var page = await context.NewPageAsync();
        await page.RouteAsync(Article, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = ArticleHtml(iframeOnly),
        }));
        await page.GotoAsync(Article);
        var iframe = page.Locator("iframe");
        var frame = (await (await iframe.ElementHandleAsync()).ContentFrameAsync())!;
        await frame.WaitForMapAsync(shapes: 357);

        Assert.Equal(EmbedCode.DefaultHeight, await iframe.EvaluateAsync<double>("f => f.getBoundingClientRect().height"));
        Assert.True(await frame.EvaluateAsync<bool>("() => document.scrollingElement.scrollHeight <= innerHeight"), "The embed scrolls vertically inside its iframe.");
        Assert.True(await frame.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= innerWidth"), "The embed scrolls sideways inside its iframe.");
        Assert.True(await frame.Locator(".kd-map").EvaluateAsync<double>("m => m.getBoundingClientRect().height") >= 200, "The map is squeezed below 200 px.");
        Assert.True(
            await frame.Locator(".source-line").EvaluateAsync<bool>("p => p.getBoundingClientRect().bottom <= innerHeight"),
            "The source line is cut off at the bottom of the iframe.");
    }

    [Fact]
    public async Task OnlyTheEmbedMayBeFramedByOtherSites()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        using var embed = await client.GetAsync(new Uri("embed?aar=2024", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("?aar=2024", UriKind.Relative));

        // The interactive page stays unframeable (its circuit must not run in a stranger's frame); the embed sends
        // no X-Frame-Options, which would contradict its frame-ancestors.
        Assert.EndsWith("; frame-ancestors *", Assert.Single(embed.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(embed.Headers.Contains("X-Frame-Options"));
        Assert.EndsWith("; frame-ancestors 'self'", Assert.Single(page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(["SAMEORIGIN"], page.Headers.GetValues("X-Frame-Options"));
    }

    private static async Task<string> SnippetFromShareDialogAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        await page.GetByRole(AriaRole.Button, new() { Name = "Del", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Del denne visningen" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        var snippet = await dialog.GetByLabel("Kode for innbygging").InputValueAsync();
        Assert.Contains($"src=\"{WebUtility.HtmlEncode(new Uri(page.Url).GetLeftPart(UriPartial.Authority))}/embed?", snippet, StringComparison.Ordinal);
        await page.CloseAsync();
        return snippet;
    }

    // A page long enough to scroll, with the map below the fold's top; it notes each height the embed posts.
    private static string ArticleHtml(string snippet) => $$"""
        <!doctype html>
        <html lang="nb">
        <head><meta charset="utf-8"><title>Artikkel</title></head>
        <body style="margin:0;font:16px/1.5 sans-serif">
        <script>addEventListener("message", function (e) { if (e.data && e.data.type === "kommunedigital:height") window.lastPostedHeight = e.data.height; });</script>
        <h1>Kommunene blir mer digitale</h1>
        <p style="height:120px">Ingress.</p>
        {{snippet}}
        <p style="height:3000px">Resten av saken.</p>
        </body>
        </html>
        """;

    // Into the middle of the map's visible part (the iframe may reach below the viewport).
    private static async Task MoveOverAsync(IPage page, ILocator map)
    {
        var box = (await map.BoundingBoxAsync())!;
        var viewport = page.ViewportSize!;
        var top = Math.Max(box.Y, 0);
        var bottom = Math.Min(box.Y + box.Height, viewport.Height);
        Assert.True(bottom - top > 40, "The map is not in view.");
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), (top + bottom) / 2);
    }
}
