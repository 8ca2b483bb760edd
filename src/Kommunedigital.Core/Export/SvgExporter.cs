using System.Globalization;
using System.Text;
using System.Xml;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The map as SVG 1.1, written with <see cref="XmlWriter"/> from the same <see cref="MapScene"/> as PNG and PDF
/// (Skia's SVG canvas cannot emit ids or titles). Every attribute value and text node goes through the writer,
/// so data such as a municipality name is always text, never markup.
/// </summary>
/// <remarks>
/// <para>
/// One <c>&lt;path&gt;</c> per municipality in the selection: <c>id="k0301"</c>, <c>data-kommunenummer="0301"</c>,
/// its class colour as <c>fill</c> (missing data: <c>url(#mangler-…)</c>, one hatch pattern per kind of missing over the missing colour)
/// and a <c>&lt;title&gt;</c> child "Oslo: 54,3" for screen readers and browser tooltips. Neighbours outside a
/// county filter are drawn as grey context in one combined <c>&lt;path class="kontekst"&gt;</c> per fill colour,
/// without ids or data attributes: they are not part of the view's data. The highlighted municipality's path comes
/// last, so its outline is not covered by neighbours.
/// </para>
/// <para>
/// Coordinates are rounded to 0.1 output unit and written as relative moves; vertices that fall on the same
/// rounded point as the previous one are dropped, and rings that collapse below three points vanish.
/// </para>
/// </remarks>
public static class SvgExporter
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    /// <summary>"mangler-ssb-symbol", "mangler-ikke-oppgitt", "mangler-ikke-med": the hatch pattern of a kind of missing.</summary>
    public static string PatternId(EntryStatus status) => "mangler-" + MapPalette.Slug(status);
    private const string FrameClipId = "kartramme";

    /// <summary>The default page (1200 × 1500 units, as the PNG).</summary>
    public static void Export(ChoroplethModel model, Stream output) => Export(model, SceneLayout.PngDefault, output);

    /// <summary>The model laid out on <paramref name="layout"/>.</summary>
    public static void Export(ChoroplethModel model, SceneLayout layout, Stream output) =>
        Write(MapSceneBuilder.Build(model, layout), output, model.Language);

    /// <summary>Writes a built scene as UTF-8 SVG (no byte-order mark), its <c>xml:lang</c> the scene's language ("nb", "en").</summary>
    public static void Write(MapScene scene, Stream output, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(output);

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = false,
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var xml = XmlWriter.Create(output, settings);
        var path = new StringBuilder();

        xml.WriteStartDocument();
        xml.WriteStartElement("svg", SvgNamespace);
        xml.WriteAttributeString("version", "1.1");
        xml.WriteAttributeString("width", Number(scene.Width));
        xml.WriteAttributeString("height", Number(scene.Height));
        xml.WriteAttributeString("viewBox", $"0 0 {Number(scene.Width)} {Number(scene.Height)}");
        xml.WriteAttributeString("role", "img");
        xml.WriteAttributeString("aria-labelledby", "kart-tittel kart-beskrivelse");
        xml.WriteAttributeString("xml", "lang", null, language.HtmlTag());
        xml.WriteAttributeString("font-family", EmbeddedFonts.CssFamily);

        xml.WriteStartElement("title");
        xml.WriteAttributeString("id", "kart-tittel");
        xml.WriteString(Clean(scene.Title));
        xml.WriteEndElement();
        xml.WriteStartElement("desc");
        xml.WriteAttributeString("id", "kart-beskrivelse");
        xml.WriteString(Clean(scene.Description));
        xml.WriteEndElement();

        WriteDefs(xml, scene);

        xml.WriteStartElement("rect");
        xml.WriteAttributeString("width", Number(scene.Width));
        xml.WriteAttributeString("height", Number(scene.Height));
        xml.WriteAttributeString("fill", MapScene.BackgroundColour);
        xml.WriteEndElement();

        WriteShapes(xml, scene, path);
        WriteLegend(xml, scene);
        foreach (var text in scene.Texts)
        {
            WriteText(xml, text);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteDefs(XmlWriter xml, MapScene scene)
    {
        var spacing = Number(Math.Max(scene.HatchSpacing, 0.1f));
        xml.WriteStartElement("defs");

        // One pattern per kind of missing that is drawn: a vertical line on the tile's left edge, rotated to the
        // kind's hatch angle (45° runs bottom-left to top-right), as in PNG/PDF.
        var statuses = scene.Shapes.Where(s => s.IsMissing).Select(s => s.Status)
            .Concat(scene.Legend.Where(r => r.Hatched).Select(r => r.Status))
            .Distinct()
            .Order();
        foreach (var status in statuses)
        {
            xml.WriteStartElement("pattern");
            xml.WriteAttributeString("id", PatternId(status));
            xml.WriteAttributeString("patternUnits", "userSpaceOnUse");
            xml.WriteAttributeString("width", spacing);
            xml.WriteAttributeString("height", spacing);
            xml.WriteAttributeString("patternTransform", $"rotate({MapPalette.HatchAngle(status)!.Value.ToString(CultureInfo.InvariantCulture)})");
            xml.WriteStartElement("rect");
            xml.WriteAttributeString("width", spacing);
            xml.WriteAttributeString("height", spacing);
            xml.WriteAttributeString("fill", MapPalette.MissingColour);
            xml.WriteEndElement();
            xml.WriteStartElement("line");
            xml.WriteAttributeString("x1", "0");
            xml.WriteAttributeString("y1", "0");
            xml.WriteAttributeString("x2", "0");
            xml.WriteAttributeString("y2", spacing);
            xml.WriteAttributeString("stroke", MapPalette.HatchColour);
            xml.WriteAttributeString("stroke-width", Number(scene.HatchWidth * 2)); // half of it falls outside the tile
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteStartElement("clipPath");
        xml.WriteAttributeString("id", FrameClipId);
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("x", Number(scene.MapFrame.Left));
        xml.WriteAttributeString("y", Number(scene.MapFrame.Top));
        xml.WriteAttributeString("width", Number(scene.MapFrame.Width));
        xml.WriteAttributeString("height", Number(scene.MapFrame.Height));
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    private static void WriteShapes(XmlWriter xml, MapScene scene, StringBuilder path)
    {
        xml.WriteStartElement("g");
        xml.WriteAttributeString("class", "kart");
        xml.WriteAttributeString("clip-path", $"url(#{FrameClipId})");
        xml.WriteAttributeString("fill-rule", "evenodd");
        xml.WriteAttributeString("stroke", MapPalette.BorderColour);
        xml.WriteAttributeString("stroke-width", Number(scene.BorderWidth));
        xml.WriteAttributeString("stroke-linejoin", "round");

        foreach (var group in scene.Shapes.Where(s => !s.InSelection).GroupBy(s => s.Fill, StringComparer.OrdinalIgnoreCase))
        {
            path.Clear();
            foreach (var shape in group)
            {
                SvgPathData.Append(path, shape);
            }

            if (path.Length == 0)
            {
                continue;
            }

            xml.WriteStartElement("path");
            xml.WriteAttributeString("class", "kontekst");
            xml.WriteAttributeString("fill", group.Key);
            xml.WriteAttributeString("d", path.ToString());
            xml.WriteEndElement();
        }

        foreach (var shape in scene.Shapes.Where(s => s.InSelection).OrderBy(s => s.IsHighlighted))
        {
            path.Clear();
            SvgPathData.Append(path, shape);
            if (path.Length == 0)
            {
                continue; // smaller than a tenth of a unit at this scale
            }

            xml.WriteStartElement("path");
            xml.WriteAttributeString("id", "k" + shape.Code.Value);
            xml.WriteAttributeString("data-kommunenummer", shape.Code.Value);
            xml.WriteAttributeString("fill", shape.IsMissing ? $"url(#{PatternId(shape.Status)})" : shape.Fill);
            if (shape.IsHighlighted)
            {
                xml.WriteAttributeString("stroke", MapPalette.HighlightColour);
                xml.WriteAttributeString("stroke-width", Number(Math.Max(scene.BorderWidth * 4, 1)));
            }

            xml.WriteAttributeString("d", path.ToString());
            xml.WriteStartElement("title");
            xml.WriteString(Clean($"{shape.Name}: {shape.ValueText}"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLegend(XmlWriter xml, MapScene scene)
    {
        if (scene.Legend.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("g");
        xml.WriteAttributeString("class", "tegnforklaring");
        foreach (var row in scene.Legend)
        {
            xml.WriteStartElement("rect");
            xml.WriteAttributeString("x", Number(row.Swatch.Left));
            xml.WriteAttributeString("y", Number(row.Swatch.Top));
            xml.WriteAttributeString("width", Number(row.Swatch.Width));
            xml.WriteAttributeString("height", Number(row.Swatch.Height));
            xml.WriteAttributeString("fill", row.Hatched ? $"url(#{PatternId(row.Status)})" : row.Colour);
            xml.WriteAttributeString("stroke", MapScene.SwatchBorderColour);
            xml.WriteAttributeString("stroke-width", Number(Math.Max(scene.BorderWidth, scene.HatchWidth / 2)));
            xml.WriteEndElement();
            WriteText(xml, row.Label);
        }

        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, SceneText text)
    {
        xml.WriteStartElement("text");
        xml.WriteAttributeString("class", text.Role switch
        {
            SceneTextRole.Title => "tittel",
            SceneTextRole.Subtitle => "undertittel",
            SceneTextRole.SampleNotice => "eksempeldata",
            SceneTextRole.LegendHeading => "tegnforklaring-tittel",
            SceneTextRole.LegendLabel => "tegnforklaring-tekst",
            SceneTextRole.Source => "kilde",
            _ => "tekst",
        });
        xml.WriteAttributeString("x", Number(text.X));
        xml.WriteAttributeString("y", Number(text.Baseline));
        xml.WriteAttributeString("font-size", Number(text.Size));
        if (text.Weight == SceneFontWeight.Semibold)
        {
            xml.WriteAttributeString("font-weight", "600");
        }

        // The scene is laid out with Source Sans 3's metrics, but a viewer draws with whichever font of the family
        // list it has, and a wider fallback ran the legend past the right edge (issue 15). textLength makes every
        // viewer fit the line into the width measured here. Embedding the font instead would add about 150 kB of
        // base64 per file, or a font subsetter the app does not have; this keeps the file small and the layout exact.
        var line = Clean(text.Text);
        using (var font = SceneTextLayout.Font(text.Weight, text.Size))
        {
            xml.WriteAttributeString("textLength", Number(font.MeasureText(line)));
        }

        xml.WriteAttributeString("lengthAdjust", "spacingAndGlyphs");
        xml.WriteAttributeString("fill", text.Colour);
        xml.WriteString(line);
        xml.WriteEndElement();
    }

    private static string Number(float value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Clean(string text) => XmlSafeText.Clean(text);
}
