using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>One view ready to show: its model (legend, table, title) and what the map module draws.</summary>
public sealed record RenderedView(ChoroplethModel Model, MapPayload Payload)
{
    // Drawn on the first server-rendered page that shows the view (a circuit's later views never need it), then shared.
    private readonly Lazy<string> _firstPaint = new(() => FirstPaint(Model, null));

    /// <summary>The view's map as inline SVG (<see cref="FirstPaintSvg"/>) without an explicit extent, made once.</summary>
    public string FirstPaintMarkup => _firstPaint.Value;

    /// <summary>The map of <paramref name="model"/> fitted to <paramref name="extent"/> (or its selection), named by the view summary.</summary>
    public static string FirstPaint(ChoroplethModel model, GeoBounds? extent) =>
        FirstPaintSvg.Write(model, extent, ViewSummary.Write(model));
}
