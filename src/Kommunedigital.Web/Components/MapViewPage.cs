using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;
using Kommunedigital.Releases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Kommunedigital.Web.Components;

/// <summary>
/// The base of the pages that show a view (map, table, embed): reads the URL's query once per location and once per
/// data reload, through <see cref="MapViewQuery.Parse"/>, and hands the result to <see cref="ShowView"/>. A link pinned
/// to a published release (<c>versjon=N</c>) reads that release's snapshot (<see cref="PinnedReleases"/>); one read
/// uses one snapshot throughout.
/// </summary>
/// <remarks>
/// The whole query is read, not one <c>[SupplyParameterFromQuery]</c> property per name, because shared links also
/// carry the older spellings <see cref="MapViewQueryString"/> still reads. So the re-render on a new query comes from
/// <see cref="NavigationManager.LocationChanged"/> instead of from changed query parameters.
/// </remarks>
public abstract class MapViewPage : ComponentBase, IDisposable
{
    private bool _disposed;
    private string _path = string.Empty;
    private int _reads;

    [Inject]
    protected DataStore Store { get; set; } = default!;

    [Inject]
    protected NavigationManager Nav { get; set; } = default!;

    [Inject]
    private PinnedReleases Pins { get; set; } = default!;

    /// <summary>The data shown; null while nothing has loaded (the page then says so).</summary>
    protected DataSnapshot? Snapshot { get; private set; }

    /// <summary>The release readers are served now (the latest), which <see cref="Snapshot"/> is unless the link is pinned.</summary>
    protected ReleaseStamp? LatestRelease { get; private set; }

    /// <summary>"?aar=2024&amp;…": <see cref="Query"/> without the pin, the same view in the latest release.</summary>
    protected string LatestQuery { get; private set; } = string.Empty;

    /// <summary>The view the URL asks for; null while nothing has loaded.</summary>
    protected MapView? View { get; private set; }

    /// <summary>The language of the page's path ("/en…" English, else bokmål): every view the page reads carries it.</summary>
    protected ReaderLanguage Language { get; private set; }

    /// <summary>Notes about parts of the link that could not be shown.</summary>
    protected IReadOnlyList<string> Notes { get; private set; } = [];

    /// <summary>"?aar=2024&amp;…": the view's canonical query with its '?', for links to the other pages and downloads.</summary>
    protected string Query { get; private set; } = string.Empty;

    protected override void OnInitialized()
    {
        _path = new Uri(Nav.Uri).AbsolutePath;
        Language = SitePaths.LanguageOf(_path);
        Store.Changed += OnDataChanged;
        Nav.LocationChanged += OnLocationChanged;
    }

    protected override Task OnParametersSetAsync() => ReadAsync();

    /// <summary>Called after every read with data: build what the page shows for <see cref="View"/>.</summary>
    protected abstract void ShowView(DataSnapshot snapshot, MapView view);

    /// <summary>
    /// Opens <paramref name="view"/>: a history entry, so back and forward walk through the views; with
    /// <paramref name="replace"/> it takes the current entry's place instead (the time control's play steps).
    /// </summary>
    protected virtual void Go(MapView view, bool replace = false) =>
        Nav.NavigateTo(Nav.GetUriWithQueryParameters(MapViewQueryString.ToQueryParameters(view)), replace: replace);

    private async Task ReadAsync()
    {
        // Reads overlap (the router's new parameters, a location change, a data reload) and a pinned release may load
        // from the database meanwhile: only the last read started shows, so an older one finishing late cannot put
        // back the view the reader has left.
        var read = ++_reads;
        if (Store.Current is not { } served)
        {
            Snapshot = null;
            return;
        }

        // The path's language: the notes about the link are in it, and so is every text of the view.
        var (snapshot, parsed) = await Pins.ReadViewAsync(new Uri(Nav.Uri).Query, Language, served, CancellationToken.None);
        if (read != _reads)
        {
            return;
        }

        var view = parsed.View;
        Snapshot = snapshot;
        LatestRelease = served.Release;
        View = view;
        Notes = parsed.Notes;
        Query = MapViewQueryString.ToHrefQuery(view);
        LatestQuery = MapViewQueryString.ToHrefQuery(view with { Release = null });
        ShowView(snapshot, view);
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        // A link to another page disposes this one; only a new query for this page is read here.
        if (new Uri(e.Location).AbsolutePath == _path)
        {
            Reread();
        }
    }

    private void OnDataChanged(DataSnapshot snapshot) => Reread();

    private void Reread() => _ = InvokeAsync(async () =>
    {
        // The router may dispose this page for the new location before this runs.
        if (_disposed)
        {
            return;
        }

        await ReadAsync();
        if (!_disposed)
        {
            StateHasChanged();
        }
    });

    public void Dispose()
    {
        _disposed = true;
        Store.Changed -= OnDataChanged;
        Nav.LocationChanged -= OnLocationChanged;
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a page holds beyond the base's subscriptions.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
