using System.Globalization;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Lays a <see cref="ChoroplethModel"/> out on a page as a <see cref="MapScene"/>: projects the display outlines
/// from WGS84 to UTM 33 (EPSG:25833, the projection of Norwegian national maps, so Norway is not stretched),
/// fits the model's extent into the map frame keeping its aspect, and places title, legend and source text.
/// </summary>
/// <remarks>
/// Which municipalities are drawn: every entry whose display outline touches the model's extent. Entries outside
/// a county filter stay as grey context, as on the page. The frame is fitted to the projected extent, narrowed to
/// the selection's own outlines when those are smaller (a WGS84 box projected to UTM bulges, and fitting the bulge
/// would leave wide empty margins around Norway).
/// The legend goes in the frame's lower-right corner when no outline touches that corner (Sweden's place on a map
/// of Norway); otherwise it gets its own column (landscape pages) or band (portrait pages) beside the map.
/// </remarks>
public static class MapSceneBuilder
{
    /// <summary>Heading above the legend rows (bokmål; <see cref="LegendHeadingOf"/> follows the model's language).</summary>
    public static string LegendHeading { get; } = ReaderText.Get(ReaderLanguage.Bokmal, "Legend.Heading");

    /// <summary>Heading above a change view's legend rows (bokmål).</summary>
    public static string ChangeLegendHeading { get; } = ReaderText.Get(ReaderLanguage.Bokmal, "Legend.ChangeHeading");

    /// <summary>Builds the scene for <paramref name="model"/> on <paramref name="layout"/>'s page.</summary>
    public static MapScene Build(ChoroplethModel model, SceneLayout layout)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(layout);

        // An empty extent cannot be fitted; the structure's own extent is the honest fallback.
        var extent = model.Extent.IsNull ? model.Boundaries.Extent : model.Extent;
        var projected = SceneProjector.Project(model, extent);
        var bounds = SceneProjector.FitBounds(extent, projected);
        return layout.MapOnly ? BuildMapOnly(model, layout, projected, bounds) : BuildPage(model, layout, projected, bounds);
    }

    /// <summary>"40,0–52,3 (71)".</summary>
    public static string LegendLabel(LegendClass legendClass, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(legendClass);
        return $"{legendClass.RangeText} ({legendClass.Count.ToString(ReaderText.Culture(language))})";
    }

    /// <summary>
    /// "Mangler data: Tall mangler (3)", "Mangler data: Ikke oppgitt (2)": the group's reason and count; a change view's
    /// "Ikke sammenlignbar (46)".
    /// </summary>
    public static string MissingLabel(MissingGroup group, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(group);
        var count = group.Count.ToString(ReaderText.Culture(language));
        return group.Status == EntryStatus.NotComparable ? $"{group.Reason} ({count})" : ReaderText.Format(language, "Legend.Missing", group.Reason, count);
    }

    /// <summary>"Poeng (0–100)", or "Endring i poeng" for a change view, in the model's language ("Score (0–100)", "Change in points").</summary>
    public static string LegendHeadingOf(ChoroplethModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ReaderText.Get(model.Language, model.Change is null ? "Legend.Heading" : "Legend.ChangeHeading");
    }

    /// <summary>
    /// "357 kommuner · Klassedeling: Kvantiler"; a change view's names both years instead (its classes are fixed):
    /// "356 kommuner · Endring i poeng fra 2018 til 2022 · ikke sammenlignbar: sammenslått 40, …" (<see cref="ChoroplethModel.ChangeLine"/>).
    /// </summary>
    public static string Subtitle(ChoroplethModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.ChangeLine is { } line
            ? $"{model.SelectedCountText} · {line}"
            : ReaderText.Format(model.Language, "Scene.Subtitle", model.SelectedCountText, MapViewQuery.MethodLabel(model.View.Method, model.Language));
    }

    private static MapScene BuildMapOnly(ChoroplethModel model, SceneLayout layout, List<SceneProjector.ProjectedEntry> projected, Envelope bounds)
    {
        var scale = Math.Min(layout.Width / bounds.Width, layout.Height / bounds.Height);
        var width = (float)Math.Max(1, Math.Round(bounds.Width * scale));
        var height = (float)Math.Max(1, Math.Round(bounds.Height * scale));
        var frame = new SKRect(0, 0, width, height);
        var fit = SceneProjection.Fit(frame, bounds);
        var unit = Math.Min(width, height) / 100f;
        return Scene(model, width, height, unit, frame, fit, SceneProjector.ToShapes(model, projected, fit, frame), [], []);
    }

    private static MapScene BuildPage(ChoroplethModel model, SceneLayout layout, List<SceneProjector.ProjectedEntry> projected, Envelope bounds)
    {
        float width = layout.Width, height = layout.Height;
        var unit = Math.Min(width, height) / 100f;
        var margin = 4 * unit;
        var contentWidth = width - (2 * margin);
        var texts = new List<SceneText>();

        // Header, top down.
        var y = margin;
        y = SceneTextLayout.AddLines(texts, model.Title, margin, y, contentWidth, 3.2f * unit, SceneFontWeight.Semibold, MapScene.TextColour, SceneTextRole.Title);
        y += 0.4f * unit;
        y = SceneTextLayout.AddLines(texts, Subtitle(model), margin, y, contentWidth, 1.9f * unit, SceneFontWeight.Regular, MapScene.MutedTextColour, SceneTextRole.Subtitle);
        if (model.IsSample)
        {
            y += 0.4f * unit;
            y = SceneTextLayout.AddLines(texts, SurveyDataset.SampleNoticeText(model.Language), margin, y, contentWidth, 1.9f * unit, SceneFontWeight.Semibold, MapScene.NoticeColour, SceneTextRole.SampleNotice);
        }

        var mapTop = y + (2 * unit);

        // Footer, bottom up: wrapped source lines sit on the bottom margin.
        var sourceSize = 1.5f * unit;
        List<string> sourceLines;
        using (var sourceFont = SceneTextLayout.Font(SceneFontWeight.Regular, sourceSize))
        {
            sourceLines = SceneTextLayout.Wrap(model.SourceLine, sourceFont, contentWidth);
        }

        var sourceTop = height - margin - (sourceLines.Count * SceneTextLayout.LineHeight(sourceSize));
        SceneTextLayout.AddLines(texts, sourceLines, margin, sourceTop, sourceSize, SceneFontWeight.Regular, MapScene.MutedTextColour, SceneTextRole.Source);
        var mapBottom = sourceTop - (2 * unit);

        var legend = SceneLegendLayout.Measure(model, unit);
        var area = new SKRect(margin, mapTop, width - margin, Math.Max(mapTop + unit, mapBottom));

        // First choice: the whole area for the map, the legend in its empty lower-right corner.
        var frame = area;
        var fit = SceneProjection.Fit(frame, bounds);
        var shapes = SceneProjector.ToShapes(model, projected, fit, frame);
        var legendOrigin = new SKPoint(area.Right - legend.Width, area.Bottom - legend.Height);
        var legendBox = SKRect.Create(legendOrigin, new SKSize(legend.Width, legend.Height));
        legendBox.Inflate(unit, unit);
        if (SceneLegendLayout.Touches(shapes, legendBox))
        {
            if (width >= height)
            {
                frame = new SKRect(area.Left, area.Top, Math.Max(area.Left + unit, area.Right - legend.Width - (3 * unit)), area.Bottom);
            }
            else
            {
                frame = new SKRect(area.Left, area.Top, area.Right, Math.Max(area.Top + unit, area.Bottom - legend.Height - (2 * unit)));
                legendOrigin = new SKPoint(area.Left, area.Bottom - legend.Height);
            }

            fit = SceneProjection.Fit(frame, bounds);
            shapes = SceneProjector.ToShapes(model, projected, fit, frame);
        }

        var legendRows = SceneLegendLayout.Place(legend, legendOrigin, texts);
        return Scene(model, width, height, unit, frame, fit, shapes, texts, legendRows);
    }

    // Line widths and the hatch follow the page's shorter side (unit = 1 %), as the text sizes do.
    private static MapScene Scene(
        ChoroplethModel model,
        float width,
        float height,
        float unit,
        SKRect frame,
        SceneProjection fit,
        IReadOnlyList<SceneShape> shapes,
        IReadOnlyList<SceneText> texts,
        IReadOnlyList<SceneLegendRow> legend) =>
        new(width, height, model.Title, Description(model), frame, fit, shapes, texts, legend, 0.06f * unit, 0.7f * unit, 0.12f * unit);

    private static string Description(ChoroplethModel model)
    {
        var language = model.Language;
        var selected = model.Selected.Count;
        var missing = model.Missing.Sum(m => m.Count);
        var classes = model.Legend.Count;
        var (measure, without) = model.View.ChangeFrom is { } from
            ? (ReaderText.Format(language, "Scene.MeasureChange", from.ToString(CultureInfo.InvariantCulture), model.View.Year.ToString(CultureInfo.InvariantCulture)), ReaderText.Get(language, "Scene.NotComparable"))
            : (ReaderText.Get(language, "Scene.MeasureLevel"), ReaderText.Get(language, "Scene.WithoutValue"));

        // The view's written summary first (what the map says), then what the picture is (how it says it).
        return ReaderText.Format(language, "Scene.Description", ViewSummary.Write(model), selected, classes, measure, missing, without, model.SourceLine);
    }
}
