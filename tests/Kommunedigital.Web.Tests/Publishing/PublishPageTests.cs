using System.Net;
using System.Text;
using Kommunedigital.Releases;
using Kommunedigital.Web.Tests.Releases;
using static Kommunedigital.Web.Tests.Publishing.PublishingHost;

namespace Kommunedigital.Web.Tests.Publishing;

/// <summary>
/// The publisher's pages and endpoints over real HTTP with cookies, on a real SQLite file: who may reach them, the
/// antiforgery token, lockout, the upload's limit and sniffing, and that publishing and rolling back from the page
/// change what readers are served. Expected numbers come from the files the tests upload.
/// </summary>
public sealed class PublishPageTests(PublishingHost publishing) : IClassFixture<PublishingHost>
{
    private static readonly string[] PublishingGets =
    [
        "/publiser",
        "/publiser/utkast/1",
        "/publiser/utkast/1/kart.svg",
        "/publiser/utkast/1/kart.png?aar=2024",
        "/publiser/utkast/1/datasett.csv",
    ];

    private static readonly string[] PublishingPosts = ["/publiser", "/publiser/utkast/1"];

    [Fact]
    public async Task AnonymousRequestsToEveryPublishingEndpointAreSentToSignInOrRefused()
    {
        var client = await publishing.ClientAsync();
        var draft = (await publishing.Host.Publisher.UploadAsync(publishing.Host.Foundation, ReleaseFiles.WithOslo2024("44,4"), "utkast.csv", "test@ssb.no", "Utkast", CancellationToken.None)).Release!;
        var paths = PublishingGets.Select(p => p.Replace("/1", "/" + ReleaseHost.Number(draft.Number), StringComparison.Ordinal)).ToArray();

        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            AssertRefusedAnonymously(response, path);
        }

        foreach (var path in PublishingPosts.Select(p => p.Replace("/1", "/" + ReleaseHost.Number(draft.Number), StringComparison.Ordinal)))
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "publiser", ["Note"] = "Anonym" });
            using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);
            AssertRefusedAnonymously(response, "POST " + path);
        }

        Assert.Equal(ReleaseStatus.Draft, (await publishing.Host.Publisher.Catalog.FindAsync(draft.Number, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefusedWith400AndPublishesNothing()
    {
        var client = await publishing.SignedInAsync(publisher: true);
        var draft = (await publishing.Host.Publisher.UploadAsync(publishing.Host.Foundation, ReleaseFiles.WithOslo2024("55,5"), "utkast.csv", "test@ssb.no", "Utkast", CancellationToken.None)).Release!;

        using var publishForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "publiser", ["Note"] = "Uten token" });
        using var publish = await client.PostAsync(new Uri("/publiser/utkast/" + ReleaseHost.Number(draft.Number), UriKind.Relative), publishForm);
        using var uploadForm = UploadForm(ReleaseFiles.WithOslo2024("66,6"), "ny.csv", "text/csv", "Uten token", token: null);
        using var upload = await client.PostAsync(new Uri("/publiser", UriKind.Relative), uploadForm);
        using var signOutForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });
        using var signOut = await client.PostAsync(new Uri("/logg-ut", UriKind.Relative), signOutForm);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (publish.StatusCode, upload.StatusCode, signOut.StatusCode));
        Assert.Equal(ReleaseStatus.Draft, (await publishing.Host.Publisher.Catalog.FindAsync(draft.Number, CancellationToken.None))!.Status);
        Assert.DoesNotContain(await publishing.Host.Publisher.Catalog.ListAsync(CancellationToken.None), r => r.FileName == "ny.csv");
    }

    [Fact]
    public async Task TheFifthWrongPasswordLocksTheAccountSoTheSixthTryIsRefusedEvenWithTheRightPassword()
    {
        const string email = "laas@ssb.no";
        await publishing.AddAccountAsync(email, publisher: true);
        var client = await publishing.ClientAsync();
        var alerts = new List<string?>();
        for (var i = 0; i < PublisherAccounts.FailuresBeforeLockout; i++)
        {
            using var wrong = await SignInAsync(client, email, "feil-passord-nummer-" + ReleaseHost.Number(i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            alerts.Add(Alert(await wrong.Content.ReadAsStringAsync()));
        }

        using var right = await SignInAsync(client, email, Password);
        using var page = await client.GetAsync(new Uri("/publiser", UriKind.Relative));

        const string Wrong = "E-postadressen eller passordet er feil.";
        const string Locked = "Kontoen er låst etter 5 feil passord på rad. Prøv igjen om 15 minutter.";
        Assert.Equal([Wrong, Wrong, Wrong, Wrong, Locked], alerts);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(Locked, Alert(await right.Content.ReadAsStringAsync()));
        AssertRefusedAnonymously(page, "/publiser after the locked sign-in");
    }

    [Fact]
    public async Task ASignedInReaderWithoutThePublisherRoleIsRefusedWith403()
    {
        var client = await publishing.SignedInAsync(publisher: false);
        var draft = (await publishing.Host.Publisher.UploadAsync(publishing.Host.Foundation, ReleaseFiles.WithOslo2024("77,7"), "utkast.csv", "test@ssb.no", "Utkast", CancellationToken.None)).Release!;

        using var page = await client.GetAsync(new Uri("/publiser", UriKind.Relative));
        using var denied = await client.GetAsync(page.Headers.Location);
        using var map = await client.GetAsync(new Uri($"/publiser/utkast/{ReleaseHost.Number(draft.Number)}/kart.svg", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri($"/publiser/utkast/{ReleaseHost.Number(draft.Number)}/datasett.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/ingen-tilgang", page.Headers.Location!.PathOf().Split('?')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("har ikke rollen som publisist", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (map.StatusCode, csv.StatusCode));
    }

    [Fact]
    public async Task ADraftsPreviewDownloadsCarryItsNumbersAndBadParametersGetTheReadersFourHundred()
    {
        var client = await publishing.SignedInAsync(publisher: true);
        var draft = (await publishing.Host.Publisher.UploadAsync(publishing.Host.Foundation, ReleaseFiles.WithOslo2024("66,6"), "utkast.csv", "test@ssb.no", "Utkast", CancellationToken.None)).Release!;
        var draftPath = $"/publiser/utkast/{ReleaseHost.Number(draft.Number)}";

        using var csv = await client.GetAsync(new Uri(draftPath + "/kart.csv?indikator=kompetanse&aar=2024", UriKind.Relative));
        using var badYear = await client.GetAsync(new Uri(draftPath + "/kart.svg?aar=1999", UriKind.Relative));
        using var badFormat = await client.GetAsync(new Uri(draftPath + "/datasett.doc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("no-store, private", csv.Headers.CacheControl!.ToString());
        Assert.StartsWith("utkast-", csv.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("\n0301;Oslo;03;Oslo;2024;50,0;66,6;50,0;;;", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var (refused, parameter) in new[] { (badYear, "aar"), (badFormat, "format") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Ugyldige parametere for nedlasting.", problem.GetProperty("title").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), parameter);
        }
    }

    [Fact]
    public async Task AnUploadOverTheLimitGetsTheMessageAndStoresNothing()
    {
        var client = await publishing.SignedInAsync(publisher: true);
        var before = (await publishing.Host.Publisher.Catalog.ListAsync(CancellationToken.None)).Count;
        var farOver = Encoding.UTF8.GetBytes(new string('x', (int)UploadLimit * 2));
        var justOver = Encoding.UTF8.GetBytes(new string('x', (int)UploadLimit + 1));

        using var far = await UploadAsync(client, farOver, "stor.csv", "For stor");
        using var redirected = await client.GetAsync(far.Headers.Location);
        using var just = await UploadAsync(client, justOver, "litt-for-stor.csv", "Litt for stor");

        const string Message = "Filen er for stor: en fil kan være høyst 97,7 kB. Ingenting ble lagret.";
        Assert.Equal(HttpStatusCode.Redirect, far.StatusCode);
        Assert.Equal("/publiser?for-stor=1", far.Headers.Location!.PathOf());
        Assert.Equal(Message, Alert(await redirected.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, just.StatusCode);
        Assert.Equal(Message, Alert(await just.Content.ReadAsStringAsync()));
        Assert.Equal(before, (await publishing.Host.Publisher.Catalog.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ACsvFileNamedXlsxIsReadAsCsvAndARefusedFileShowsTheReportWithoutAnyDraft()
    {
        var client = await publishing.SignedInAsync(publisher: true);
        const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        using var renamed = await UploadAsync(client, ReleaseFiles.WithOslo2024("12,3"), "tall.xlsx", "Omdøpt", XlsxType);
        using var draftPage = await client.GetAsync(renamed.Headers.Location);
        var draftHtml = Markup(await draftPage.Content.ReadAsStringAsync());
        using var refused = await UploadAsync(client, ReleaseFiles.NotATable, "referat.xlsx", "Feil fil", XlsxType);
        var refusedHtml = Markup(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.StartsWith("/publiser/utkast/", renamed.Headers.Location!.PathOf(), StringComparison.Ordinal);
        Assert.Contains("<p>Lest som: CSV (", draftHtml, StringComparison.Ordinal);
        Assert.Contains("<p class=\"verdict\">Resultat: GODKJENT</p>", draftHtml, StringComparison.Ordinal);
        // Every municipality of each year's structure is in the sample (data/sample/README.md).
        Assert.Contains("<li>2024: 357 av 357 kommuner (2024-inndelingen), 100 %</li>", draftHtml, StringComparison.Ordinal);
        Assert.Contains("<h3>Dekning (kommuner i filen av kommunene i inndelingen året tegnes på)</h3>", draftHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Filen ble ikke lagret som utkast: ", Alert(refusedHtml), StringComparison.Ordinal);
        Assert.Contains("Resultat: AVVIST.", refusedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(await publishing.Host.Publisher.Catalog.ListAsync(CancellationToken.None), r => r.FileName == "referat.xlsx");
    }

    [Fact]
    public async Task PublishingAndRollingBackFromThePagesChangeWhatReadersAreServed()
    {
        var client = await publishing.SignedInAsync(publisher: true);
        var reader = await publishing.ClientAsync();
        var first = await publishing.Host.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");

        using var upload = await UploadAsync(client, ReleaseFiles.WithOslo2024("33,3"), "tall-2024.csv", "Tall for 2024 rettet");
        var draftPath = upload.Headers.Location!.PathOf();
        var servedWhileDraft = await ReleaseHost.OsloKompetanse2024Async(reader);
        using var draftCsv = await client.GetAsync(new Uri(draftPath + "/datasett.csv", UriKind.Relative));
        var draftOslo = (await draftCsv.Content.ReadAsStringAsync()).Split('\n').Single(l => l.StartsWith("0301;Oslo;03;Oslo;2024;", StringComparison.Ordinal));
        var publishToken = await TokenAsync(client, draftPath);
        using var publishForm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = publishToken,
            ["_handler"] = "publiser",
            ["Note"] = "Tall for 2024 rettet (Oslo)",
        });
        using var publish = await client.PostAsync(new Uri(draftPath, UriKind.Relative), publishForm);
        var servedAfterPublish = await ReleaseHost.OsloKompetanse2024Async(reader);
        var releaseAfterPublish = await ReleaseHost.ServedReleaseAsync(reader);
        var listHtml = await client.GetStringAsync(new Uri("/publiser", UriKind.Relative));

        var rollbackToken = await TokenAsync(client, "/publiser");
        using var rollbackForm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = rollbackToken,
            ["_handler"] = "rull-tilbake",
            ["Rollback"] = ReleaseHost.Number(first),
        });
        using var rollback = await client.PostAsync(new Uri("/publiser", UriKind.Relative), rollbackForm);
        var servedAfterRollback = await ReleaseHost.OsloKompetanse2024Async(reader);

        var published = int.Parse(draftPath[(draftPath.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("11,1", servedWhileDraft);
        Assert.Equal("0301;Oslo;03;Oslo;2024;50,0;33,3;50,0;;;", draftOslo.TrimEnd('\r'));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal($"/publiser?publisert={ReleaseHost.Number(published)}", publish.Headers.Location!.PathOf());
        Assert.Equal("33,3", servedAfterPublish);
        Assert.Equal(published, releaseAfterPublish);
        Assert.Contains($">Rull tilbake til versjon {ReleaseHost.Number(first)}</button>", listHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        Assert.Equal($"/publiser?rullet-tilbake={ReleaseHost.Number(first)}", rollback.Headers.Location!.PathOf());
        Assert.Equal("11,1", servedAfterRollback);
        Assert.Equal(first, await ReleaseHost.ServedReleaseAsync(reader));
        var release = await publishing.Host.Publisher.Catalog.FindAsync(published, CancellationToken.None);
        Assert.Equal((ReleaseStatus.Withdrawn, "Tall for 2024 rettet (Oslo)"), (release!.Status, release.Note));
        Assert.StartsWith("publisist-", release.PublishedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var client = await publishing.SignedInAsync(publisher: true);
        using var before = await client.GetAsync(new Uri("/publiser", UriKind.Relative));
        var token = await TokenAsync(client, "/publiser");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/versjoner" });
        using var signOut = await client.PostAsync(new Uri("/logg-ut", UriKind.Relative), form);
        using var after = await client.GetAsync(new Uri("/publiser", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/versjoner"), (signOut.StatusCode, signOut.Headers.Location!.PathOf()));
        AssertRefusedAnonymously(after, "/publiser after signing out");
    }

    private static void AssertRefusedAnonymously(HttpResponseMessage response, string what)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: {response.StatusCode}");
        Assert.Equal("/logg-inn", response.Headers.Location!.PathOf().Split('?')[0]);
    }
}
