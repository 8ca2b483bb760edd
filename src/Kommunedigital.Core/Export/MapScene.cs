using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// A description of one drawn map: everything PNG, PDF, SVG and PowerPoint show, placed in output units
/// (pixels for PNG, points for PDF; origin top left, y down). Built once by <see cref="MapSceneBuilder"/>;
/// each format only translates it, so the formats can never disagree.
/// </summary>
/// <param name="Width">Page width in output units.</param>
/// <param name="Height">Page height in output units.</param>
/// <param name="Title">The view's title, unwrapped (document metadata, SVG &lt;title&gt;).</param>
/// <param name="Description">
/// The view's <see cref="Views.ViewSummary"/>, then one sentence on how the map shows it, for assistive technology:
/// the SVG &lt;desc&gt;, the PDF's subject and the alt text (<c>descr</c>) of the PPTX map picture.
/// </param>
/// <param name="MapFrame">The rectangle shapes are clipped to.</param>
/// <param name="Projection">WGS84 / UTM 33 → output units, as used for <paramref name="Shapes"/>.</param>
/// <param name="Shapes">Outside-selection context first, then the selection, each group ordered by code.</param>
/// <param name="Texts">Title, subtitle, sample notice, legend heading and source lines; legend labels are in <paramref name="Legend"/>.</param>
/// <param name="Legend">Class rows lowest first, then one row per missing-data reason.</param>
/// <param name="BorderWidth">Width of the white line between municipalities.</param>
/// <param name="HatchSpacing">Distance between hatch lines, measured across them.</param>
/// <param name="HatchWidth">Width of a hatch line.</param>
public sealed record MapScene(
    float Width,
    float Height,
    string Title,
    string Description,
    SKRect MapFrame,
    SceneProjection Projection,
    IReadOnlyList<SceneShape> Shapes,
    IReadOnlyList<SceneText> Texts,
    IReadOnlyList<SceneLegendRow> Legend,
    float BorderWidth,
    float HatchSpacing,
    float HatchWidth)
{
    /// <summary>Page background.</summary>
    public const string BackgroundColour = "#ffffff";

    /// <summary>Outline of legend swatches, so the palest class stays visible on white: the hatch grey.</summary>
    public const string SwatchBorderColour = MapPalette.HatchColour;

    /// <summary>Titles, legend and table text: the highlight colour, so the page's one dark is one colour.</summary>
    public const string TextColour = MapPalette.HighlightColour;

    /// <summary>Subtitle, source line and footnotes: the county outline grey.</summary>
    public const string MutedTextColour = MapPalette.CountyOutlineColour;

    /// <summary>The sample-data notice.</summary>
    public const string NoticeColour = "#a12b00";
}
