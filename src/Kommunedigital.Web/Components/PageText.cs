using System.Globalization;
using Kommunedigital.Core.Views;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Kommunedigital.Web.Components;

/// <summary>
/// The page's texts in the language of its path (<see cref="SitePaths.LanguageOf"/>), one per request or circuit.
/// </summary>
/// <remarks>
/// <see cref="IStringLocalizer"/> looks up in <see cref="CultureInfo.CurrentUICulture"/>, and in Blazor Server that is
/// the culture of the <c>/_blazor</c> connection, not of the page: so every lookup here sets the path's culture for
/// itself and puts the thread's back. A language switch loads the page anew (LanguageSwitch.razor), so a circuit
/// keeps one language.
/// </remarks>
public sealed class PageText(IStringLocalizer<UiText> localizer, NavigationManager nav, IHttpContextAccessor http)
{
    /// <summary>The language of the page's path.</summary>
    public ReaderLanguage Language => SitePaths.LanguageOf(Path);

    /// <summary>
    /// The path the reader asked for: the not-found page is rendered by re-executing the request as /not-found, and
    /// its language is that of the address that was not found.
    /// </summary>
    private string Path =>
        http.HttpContext?.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { Length: > 0 } original
            ? original
            : new Uri(nav.Uri).AbsolutePath;

    /// <summary>The culture numbers and texts are written in: nb-NO or en-GB.</summary>
    public CultureInfo Culture => Language.Culture();

    /// <summary>The text under <paramref name="key"/> in the page's language (bokmål when English lacks it).</summary>
    public string this[string key] => Lookup(localizer, key, Culture);

    /// <summary>The text under <paramref name="key"/> with <paramref name="args"/> written in the page's culture.</summary>
    public string Format(string key, params object?[] args) => Format(localizer, Language, key, args);

    /// <summary>
    /// The text under <paramref name="key"/> in <paramref name="language"/>, with <paramref name="args"/> in its culture:
    /// for what is made outside a page (the shared map payloads, <see cref="Map.MapViewCache"/>).
    /// </summary>
    public static string Format(IStringLocalizer<UiText> localizer, ReaderLanguage language, string key, params object?[] args)
    {
        var culture = language.Culture();
        return string.Format(culture, Lookup(localizer, key, culture), args);
    }

    /// <summary>"58,3" or "58.3": a score as Core writes it in the page's language (<see cref="ScoreText.Format"/>).</summary>
    public string Score(double value) => ScoreText.Format(value, Language);

    /// <summary>The link to <paramref name="page"/> in the page's language (<see cref="SitePaths.Href"/>).</summary>
    public string Href(SitePage page, string query = "") => SitePaths.Href(page, Language, query);

    private static string Lookup(IStringLocalizer<UiText> localizer, string key, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return localizer[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
