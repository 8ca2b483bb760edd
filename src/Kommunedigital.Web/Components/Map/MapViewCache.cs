using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;
using Kommunedigital.Releases;
using Kommunedigital.Web.Geometry;
using Microsoft.Extensions.Localization;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// The model and map payload of each view, built once per data snapshot and shared by every circuit and
/// embed request showing that view. Most readers look at a handful of views (the default above all), so a
/// live circuit holds references, not its own 357-entry copy — that is what keeps memory per circuit small.
/// </summary>
/// <remarks>
/// Views are kept per snapshot for the last <see cref="MaxSnapshots"/> snapshots asked for (the served one and the
/// pinned releases <see cref="PinnedReleases"/> keeps), least recently used dropped first, so readers of a
/// <c>versjon=N</c> link and readers of the latest numbers do not rebuild each other's models.
/// </remarks>
public sealed class MapViewCache(BoundaryGeometryCache geometry, IStringLocalizer<UiText> texts)
{
    /// <summary>Snapshots whose views are kept: the served one and each pinned one in memory.</summary>
    public const int MaxSnapshots = 1 + PinnedReleases.Capacity;

    // Views are few in practice; the bound only stops a crawler walking every combination from growing it.
    private const int MaxViews = 512;

    private readonly ConditionalWeakTable<BoundarySet, IReadOnlyDictionary<string, MapPayloadPlace>> _places = [];
    private readonly Lock _lock = new();

    // Most recently used last; a handful of entries, so a list is the simplest exact LRU.
    private readonly List<(DataSnapshot Snapshot, ConcurrentDictionary<MapView, RenderedView> Views)> _snapshots = [];

    /// <summary>The model and payload of <paramref name="view"/> in <paramref name="snapshot"/>.</summary>
    public RenderedView Get(DataSnapshot snapshot, MapView view) =>
        ViewsOf(snapshot).GetOrAdd(view, v => Build(snapshot, v));

    /// <summary>
    /// The first-paint SVG of <paramref name="view"/>: shared per view without an extent; drawn for this request when
    /// the view has one (extents vary per link, so they are not kept).
    /// </summary>
    public string FirstPaint(DataSnapshot snapshot, MapView view)
    {
        var rendered = Get(snapshot, view with { Extent = null });
        return view.Extent is null ? rendered.FirstPaintMarkup : RenderedView.FirstPaint(rendered.Model, view.Extent);
    }

    private ConcurrentDictionary<MapView, RenderedView> ViewsOf(DataSnapshot snapshot)
    {
        lock (_lock)
        {
            var at = _snapshots.FindIndex(e => ReferenceEquals(e.Snapshot, snapshot));
            var views = at >= 0 && _snapshots[at].Views.Count <= MaxViews ? _snapshots[at].Views : new ConcurrentDictionary<MapView, RenderedView>();
            if (at >= 0)
            {
                _snapshots.RemoveAt(at);
            }
            else if (_snapshots.Count >= MaxSnapshots)
            {
                _snapshots.RemoveAt(0);
            }

            _snapshots.Add((snapshot, views));
            return views;
        }
    }

    private RenderedView Build(DataSnapshot snapshot, MapView view)
    {
        var model = ChoroplethModelBuilder.Build(snapshot, view);
        var payload = MapPayload.From(
            model,
            PageText.Format(texts, view.Language, "MapLabel", model.Title),
            geometry.Url(model.Boundaries.Id, BoundaryLayer.Municipalities)!,
            geometry.Url(model.Boundaries.Id, BoundaryLayer.Counties)!,
            // One set of places per boundary set (every view of the set shares it), gone with the set.
            _places.GetValue(model.Boundaries, MapPayloadPlace.Of),
            geometry.Url(model.Boundaries.Id, BoundaryLayer.Shapes));
        return new RenderedView(model, payload);
    }
}
