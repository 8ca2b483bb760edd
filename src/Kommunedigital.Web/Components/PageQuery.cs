using Kommunedigital.Core.Views;
using Microsoft.AspNetCore.Components;

namespace Kommunedigital.Web.Components;

/// <summary>
/// The current URL's query for <see cref="MapViewQuery"/>. Pages declare the canonical names with
/// [SupplyParameterFromQuery] (so a changed query re-renders them) but read the whole query here, so old and
/// English names in shared links keep working.
/// </summary>
public static class PageQuery
{
    public static IReadOnlyDictionary<string, string?> Read(NavigationManager navigation) =>
        MapViewQuery.ParseQueryString(new Uri(navigation.Uri).Query);

    /// <summary>"?aar=2024&amp;…": the view's query string with its '?'.</summary>
    public static string Of(MapView view) => "?" + MapViewQuery.ToQueryString(view);
}
