namespace Kommunedigital.BrowserTests;

/// <summary>The Content-Security-Policy (script-src 'self' and the import map's hash) blocks nothing the app needs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserApp app)
{
    [Theory]
    [InlineData("?aar=2024&kommune=4601", 357)]
    [InlineData("?endring=2018-2022", 356)]
    [InlineData("embed?aar=2024", 357)]
    public async Task TheMapDrawsAndRespondsWithThePolicyOnAndThePolicyBlocksNothing(string path, int shapes)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };

        var response = await page.GotoAsync(path);
        await page.WaitForMapAsync(shapes: shapes);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var refusedWhileDrawing = refused.ToArray();

        // The policy really was on: the page's own header says script-src 'self' without unsafe-inline.
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline'", policy!.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);

        // And it blocks: an inline script the page did not bring is refused (so the listener above can fail).
        var violations = page.EvaluateAsync<string>(
            "() => new Promise(done => document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective), { once: true }))");
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.append(s); }");
        Assert.StartsWith("script-src", await violations, StringComparison.Ordinal);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.injected ?? null"));
        Assert.Empty(refusedWhileDrawing);
    }
}
