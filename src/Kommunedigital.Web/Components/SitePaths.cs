using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components;

/// <summary>
/// Where each page lives in each language, and which language a path is in: the path is the only place the language
/// comes from (no Accept-Language, no cookie), so a shared link opens as it was sent. The <c>@page</c> routes of the
/// components repeat these paths (a route must be a literal); the page tests request every one of them.
/// </summary>
public static class SitePaths
{
    /// <summary>The segment that starts every English path and download: "en".</summary>
    public const string EnglishSegment = "en";

    private static readonly (SitePage Page, string Bokmal, string English)[] Pages =
    [
        (SitePage.Map, "/", "/en"),
        (SitePage.Table, "/tabell", "/en/table"),
        (SitePage.Embed, "/embed", "/en/embed"),
        (SitePage.Versions, "/versjoner", "/en/versions"),
    ];

    /// <summary>English for "/en" and everything under "/en/" (any case, as routing matches); bokmål otherwise.</summary>
    public static ReaderLanguage LanguageOf(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return ReaderLanguage.Bokmal;
        }

        var rest = path.AsSpan().TrimStart('/');
        return rest.StartsWith(EnglishSegment, StringComparison.OrdinalIgnoreCase)
            && (rest.Length == EnglishSegment.Length || rest[EnglishSegment.Length] == '/')
            ? ReaderLanguage.English
            : ReaderLanguage.Bokmal;
    }

    /// <summary>The absolute path of <paramref name="page"/> in <paramref name="language"/>: "/tabell", "/en/table".</summary>
    public static string Path(SitePage page, ReaderLanguage language)
    {
        foreach (var (candidate, bokmal, english) in Pages)
        {
            if (candidate == page)
            {
                return language == ReaderLanguage.English ? english : bokmal;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(page), page, "Not a page.");
    }

    /// <summary>
    /// The link to <paramref name="page"/> in <paramref name="language"/> with <paramref name="query"/> ("?…" or empty),
    /// relative to the app's base (the document's <c>&lt;base href&gt;</c>): "./?aar=2024", "en/table?aar=2024".
    /// </summary>
    public static string Href(SitePage page, ReaderLanguage language, string query = "")
    {
        ArgumentNullException.ThrowIfNull(query);
        var path = Path(page, language).TrimStart('/');
        return (path.Length == 0 ? "./" : path) + query;
    }

    /// <summary>Which page <paramref name="path"/> is (either language, any case, a trailing '/' ignored).</summary>
    public static bool TryFind(string? path, out SitePage page)
    {
        var trimmed = (path ?? string.Empty).TrimEnd('/');
        foreach (var (candidate, bokmal, english) in Pages)
        {
            if (string.Equals(trimmed, bokmal.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, english, StringComparison.OrdinalIgnoreCase))
            {
                page = candidate;
                return true;
            }
        }

        page = SitePage.Map;
        return false;
    }

    /// <summary>
    /// The same page as <paramref name="path"/> in <paramref name="language"/>, relative to the base: what the language
    /// switch links to. A path that is no page (the not-found page) switches to the map.
    /// </summary>
    public static string Switch(string? path, ReaderLanguage language, string query) =>
        Href(TryFind(path, out var page) ? page : SitePage.Map, language, query);

    /// <summary>The prefix of a download link relative to the base: "" for bokmål, "en/" for English.</summary>
    public static string DownloadPrefix(ReaderLanguage language) =>
        language == ReaderLanguage.English ? EnglishSegment + "/" : string.Empty;
}
