using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Shared;

/// <summary>The iframe snippet of the "Del" dialog: the embed plus a few lines that size it to its content.</summary>
public static class EmbedCode
{
    /// <summary>Height in pixels the iframe has before (or without) the resize script.</summary>
    public const int DefaultHeight = 720;

    /// <summary>
    /// "?aar=2024&amp;…": the embed's query for <paramref name="view"/>, pinned to <paramref name="release"/>
    /// (<c>versjon=N</c>, "Denne versjonen") or, when null, following the latest release ("Alltid siste tall").
    /// </summary>
    public static string Query(MapView view, int? release)
    {
        ArgumentNullException.ThrowIfNull(view);
        return MapViewQueryString.ToHrefQuery(view with { Release = release });
    }

    /// <summary>
    /// An &lt;iframe&gt; for the embed at <paramref name="embedHref"/>, and a script that listens for the embed's
    /// <c>{type: "kommunedigital:height", height}</c> message from the same origin, resizes that iframe and answers
    /// <c>{type: "kommunedigital:autosize"}</c> so the embed lets its map take its natural height.
    /// </summary>
    /// <param name="baseUri">The site's absolute base URI, ending in "/".</param>
    /// <param name="embedHref">The embed of the view relative to the base, in the page's language: "embed?aar=2024", "en/embed?aar=2024".</param>
    /// <param name="title">The iframe's accessible title ("Kart: …", "Map: …").</param>
    public static string Snippet(string baseUri, string embedHref, string title)
    {
        var origin = new Uri(baseUri).GetLeftPart(UriPartial.Authority);
        var src = baseUri + embedHref;
        var encodedSrc = System.Net.WebUtility.HtmlEncode(src);
        var encodedTitle = System.Net.WebUtility.HtmlEncode(title);
        return $$"""
            <iframe src="{{encodedSrc}}" title="{{encodedTitle}}" width="100%" height="{{DefaultHeight}}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>
            <script>
            addEventListener("message", function (e) {
              if (e.origin !== "{{origin}}" || !e.data || e.data.type !== "kommunedigital:height") return;
              document.querySelectorAll("iframe").forEach(function (f) {
                if (f.contentWindow !== e.source) return;
                f.style.height = Math.ceil(e.data.height) + "px";
                e.source.postMessage({ type: "kommunedigital:autosize" }, e.origin);
              });
            });
            </script>
            """;
    }
}
