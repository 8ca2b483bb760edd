using System.Text;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Data;
using Kommunedigital.Releases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// The publisher's journey as a person makes it: sign in, upload, read the check report, preview the draft, publish;
/// a reader's open map shows the new number on its next change of view, and a rollback brings the earlier one back.
/// Each release is the shipped sample with Oslo's 2024 digital kompetanse set to a number of its own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishJourneyTests(BrowserApp app)
{
    private const string Email = "publisist@ssb.no";
    private const string Password = "riktig-hest-batteri-stift";

    [Fact]
    public async Task APublisherUploadsPreviewsPublishesAndRollsBackAndAReadersMapFollows()
    {
        var original = app.Store.Current!;
        try
        {
            await AddPublisherAsync();
            var first = await PublishDirectlyAsync(WithOslo2024("11,1"), "Første versjon");

            await using var readerContext = await app.NewContextAsync();
            var reader = await readerContext.NewPageAsync();
            await reader.GotoAsync("?indikator=kompetanse&aar=2022&fylke=03");
            await reader.WaitForMapAsync(county: "03");

            await using var publisherContext = await app.NewContextAsync();
            var page = await publisherContext.NewPageAsync();
            await page.GotoAsync("publiser");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/logg-inn\\?ReturnUrl=%2Fpubliser$"));
            await page.GetByLabel("E-post").FillAsync(Email);
            await page.GetByLabel("Passord").FillAsync(Password);
            Assert.Empty(await page.SeriousAccessibilityViolationsAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Publiser data", Level = 1 })).ToBeVisibleAsync();

            await page.GetByLabel("Fil fra SSB").SetInputFilesAsync(new FilePayload { Name = "tall-2024.csv", MimeType = "text/csv", Buffer = WithOslo2024("22,2") });
            await page.GetByLabel("Merknad til leserne").FillAsync("Tall for 2024 rettet");
            await page.GetByRole(AriaRole.Button, new() { Name = "Last opp og kontroller" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/publiser/utkast/\\d+$"));
            var number = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            var report = page.GetByRole(AriaRole.Region, new() { Name = "Kontrollrapport" });
            await Assertions.Expect(report.GetByText("Fil: tall-2024.csv", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(report.GetByRole(AriaRole.Heading, new() { Name = "Dekning (kommuner i filen av kommunene i inndelingen året tegnes på)" })).ToBeVisibleAsync();
            await Assertions.Expect(report.GetByText("Resultat: GODKJENT", new() { Exact = true })).ToBeVisibleAsync();

            await page.GetByLabel("Indikator").SelectOptionAsync("kompetanse");
            await page.GetByLabel("År", new() { Exact = true }).SelectOptionAsync("2024");
            await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
            var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Kart: Digital kompetanse.*2024") });
            await Assertions.Expect(map).ToBeVisibleAsync();
            Assert.True(await map.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The draft's map did not load.");
            var osloRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Oslo", Exact = true }) });
            await Assertions.Expect(osloRow.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("22,2");
            Assert.Empty(await page.SeriousAccessibilityViolationsAsync());
            Assert.Equal("11,1", await ReaderOsloAsync(reader, "2024"));

            await page.GetByRole(AriaRole.Button, new() { Name = $"Publiser versjon {number}" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Versjon {number} er publisert." })).ToBeVisibleAsync();
            Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

            Assert.Equal("22,2", await ReaderOsloAsync(reader, "2022", "2024"));

            await page.GetByRole(AriaRole.Button, new() { Name = $"Rull tilbake til versjon {first}" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Rullet tilbake: versjon {first} vises igjen." })).ToBeVisibleAsync();

            Assert.Equal("11,1", await ReaderOsloAsync(reader, "2022", "2024"));
            Assert.Equal(string.Empty, PageProblems.Describe(page));
        }
        finally
        {
            // The other browser tests read the sample: serve it again (the poll sees no new release and keeps it).
            app.Store.Publish(original);
        }
    }

    /// <summary>Changes the reader's year through the page's own control (each a change of view) and reads Oslo's tooltip value.</summary>
    private static async Task<string> ReaderOsloAsync(IPage reader, params string[] years)
    {
        foreach (var year in years)
        {
            await reader.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true }).SelectOptionAsync(year);
            await Assertions.Expect(reader).ToHaveURLAsync(new Regex($"[?&]aar={year}(&|$)"));
            await Assertions.Expect(reader.Locator("#karttittel")).ToContainTextAsync(year);
            await reader.WaitForMapAsync(county: "03");
        }

        var lines = string.Join(" | ", await reader.HoverMunicipalityAsync("0301"));
        var value = Regex.Match(lines, @"Digital kompetanse: (\d+,\d)");
        Assert.True(value.Success, "Oslo's tooltip has no value: " + lines);
        return value.Groups[1].Value;
    }

    private async Task AddPublisherAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(PublisherAccounts.Role))
        {
            Assert.True((await roles.CreateAsync(new IdentityRole(PublisherAccounts.Role))).Succeeded);
        }

        var user = new IdentityUser { UserName = Email, Email = Email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PublisherAccounts.Role)).Succeeded);
    }

    private async Task<int> PublishDirectlyAsync(byte[] content, string note)
    {
        var publisher = app.Services.GetRequiredService<ReleasePublisher>();
        var current = app.Store.Current!;
        var foundation = new DataFoundation(current.Boundaries, current.Correspondence!.Numbering);
        var upload = await publisher.UploadAsync(foundation, content, "forste.csv", Email, note, CancellationToken.None);
        Assert.True(upload.Succeeded, upload.Refusal);
        var published = await publisher.PublishAsync(foundation, upload.Release!.Number, Email, null, CancellationToken.None);
        Assert.True(published.Succeeded, published.Refusal);
        return published.Release!.Number;
    }

    /// <summary>The shipped sample with Oslo 2024 scoring <paramref name="kompetanse"/> (as the web tests' ReleaseFiles).</summary>
    private static byte[] WithOslo2024(string kompetanse)
    {
        const string OsloRow2024 = "0301;Oslo;03;Oslo;2024;";
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "data", "sample", "digitalisering-eksempel.csv"), Encoding.UTF8);
        var at = Array.FindIndex(lines, l => l.StartsWith(OsloRow2024, StringComparison.Ordinal));
        lines[at] = $"{OsloRow2024}50,0;{kompetanse};50,0;;;";
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }
}
