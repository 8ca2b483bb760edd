using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The view as a one-slide 16:9 PowerPoint presentation (.pptx), built from scratch with DocumentFormat.OpenXml:
/// the title in the slide's title placeholder (so PowerPoint's outline and accessibility checker see it), the map
/// as a high-resolution PNG drawn by <see cref="PngExporter"/> from the same scene as PNG/PDF/SVG, the legend as
/// native swatches with text, the subtitle, sample notice and source line as text boxes, and the link that
/// restores the view in the slide's notes. Data strings are written as text runs, never parsed as markup.
/// </summary>
public static class PptxExporter
{
    /// <summary>Creator written into the package properties.</summary>
    public const string Creator = "Kommunedigital";

    private const long EmuPerInch = 914_400;
    private const long EmuPerPoint = 12_700;
    private const long SlideWidth = 12_192_000; // 13.333 in: PowerPoint's 16:9 "Widescreen"
    private const long SlideHeight = 6_858_000; // 7.5 in
    private const long Margin = 365_760; // 0.4 in

    // The map's box on the slide, in points; the picture keeps the map's own aspect inside it.
    private const float MapBoxWidth = 7.4f * 72;
    private const float MapBoxHeight = 4.9f * 72;
    private const long MapTop = (long)(1.85 * EmuPerInch);

    // 3 pixels per point is 216 dpi at the picture's size on the slide: sharp on a projector and in print.
    private const int PictureScale = 3;

    private const string TextColour = MapScene.TextColour;
    private const string MutedColour = MapScene.MutedTextColour;
    private const string NoticeColour = MapScene.NoticeColour;

    /// <summary>Writes the presentation to <paramref name="output"/> (which need not be seekable).</summary>
    /// <param name="model">The view.</param>
    /// <param name="output">Receives the .pptx bytes.</param>
    /// <param name="viewUrl">Absolute http(s) URL that restores this view; it goes into the slide notes.</param>
    /// <exception cref="ArgumentException"><paramref name="viewUrl"/> is not an absolute http or https URL.</exception>
    public static void Export(ChoroplethModel model, Stream output, string viewUrl)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        if (!Uri.TryCreate(viewUrl, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The view's link must be an absolute http or https URL.", nameof(viewUrl));
        }

        var scene = MapSceneBuilder.Build(model, new SceneLayout(MapBoxWidth, MapBoxHeight, mapOnly: true));
        using var picture = new MemoryStream();
        PngExporter.Write(scene, picture, PictureScale);

        // System.IO.Packaging needs a seekable stream to write a zip; a response body is not one.
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            document.PackageProperties.Title = XmlSafeText.Clean(model.Title);
            document.PackageProperties.Subject = scene.Description;
            document.PackageProperties.Creator = Creator;
            document.PackageProperties.Language = model.Language.Culture().Name;
            document.PackageProperties.Created = DateTime.UtcNow;
            Build(document, model, scene, picture, viewUrl, link);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Build(PresentationDocument document, ChoroplethModel model, MapScene scene, MemoryStream picture, string viewUrl, Uri link)
    {
        var presentationPart = document.AddPresentationPart();

        var masterPart = presentationPart.AddNewPart<SlideMasterPart>("rId1");
        var themePart = masterPart.AddNewPart<ThemePart>("rId2");
        themePart.Theme = new A.Theme(PptxTemplates.Theme);
        var layoutPart = masterPart.AddNewPart<SlideLayoutPart>("rId1");
        layoutPart.SlideLayout = new P.SlideLayout(PptxTemplates.SlideLayout);
        layoutPart.AddPart(masterPart, "rId1");
        masterPart.SlideMaster = new P.SlideMaster(PptxTemplates.SlideMaster);

        var notesMasterPart = presentationPart.AddNewPart<NotesMasterPart>("rId2");
        var notesThemePart = notesMasterPart.AddNewPart<ThemePart>("rId1");
        notesThemePart.Theme = new A.Theme(PptxTemplates.Theme);
        notesMasterPart.NotesMaster = new P.NotesMaster(PptxTemplates.NotesMaster);

        var slidePart = presentationPart.AddNewPart<SlidePart>("rId3");
        slidePart.AddPart(layoutPart, "rId1");
        var imagePart = slidePart.AddImagePart(ImagePartType.Png, "rId2");
        picture.Position = 0;
        imagePart.FeedData(picture);
        slidePart.Slide = Slide(model, scene);

        var notesPart = slidePart.AddNewPart<NotesSlidePart>("rId3");
        notesPart.AddPart(notesMasterPart, "rId1");
        notesPart.AddPart(slidePart, "rId2");
        var hyperlink = notesPart.AddHyperlinkRelationship(link, isExternal: true, "rId3");
        notesPart.NotesSlide = Notes(model, viewUrl, hyperlink.Id);

        presentationPart.AddPart(themePart, "rId4");
        presentationPart.AddNewPart<PresentationPropertiesPart>("rId5").PresentationProperties = new P.PresentationProperties();
        presentationPart.AddNewPart<TableStylesPart>("rId6").TableStyleList =
            new A.TableStyleList { Default = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}" };

        presentationPart.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = 2147483648U, RelationshipId = "rId1" }),
            new P.NotesMasterIdList(new P.NotesMasterId { Id = "rId2" }),
            new P.SlideIdList(new P.SlideId { Id = 256U, RelationshipId = "rId3" }),
            new P.SlideSize { Cx = (int)SlideWidth, Cy = (int)SlideHeight },
            new P.NotesSize { Cx = 6_858_000, Cy = 9_144_000 },
            new P.DefaultTextStyle(new A.DefaultParagraphProperties(new A.DefaultRunProperties { Language = model.Language.Culture().Name })))
        {
            SaveSubsetFonts = true,
        };
    }

    private static P.Slide Slide(ChoroplethModel model, MapScene scene)
    {
        var lang = model.Language.Culture().Name;
        var tree = EmptyTree();
        uint id = 2;
        var contentWidth = SlideWidth - (2 * Margin);

        tree.Append(TextShape(id++, "Tittel", Margin, Inches(0.3), contentWidth, Inches(0.75), [Paragraph(lang, model.Title, 2800, TextColour, bold: true)], isTitle: true));
        tree.Append(TextShape(id++, "Undertittel", Margin, Inches(1.05), contentWidth, Inches(0.35), [Paragraph(lang, MapSceneBuilder.Subtitle(model), 1400, MutedColour)]));
        if (model.IsSample)
        {
            tree.Append(TextShape(id++, "Eksempeldata", Margin, Inches(1.4), contentWidth, Inches(0.35), [Paragraph(lang, SurveyDataset.SampleNoticeText(model.Language), 1400, NoticeColour, bold: true)]));
        }

        var pictureWidth = (long)Math.Round(scene.Width * EmuPerPoint);
        var pictureHeight = (long)Math.Round(scene.Height * EmuPerPoint);
        tree.Append(Picture(id++, scene.Description, Margin, MapTop, pictureWidth, pictureHeight));

        // Legend beside the picture (a narrow map such as Norway leaves room): a native swatch and a text box per row.
        var legendLeft = Margin + pictureWidth + Inches(0.5);
        var legendWidth = SlideWidth - Margin - legendLeft;
        var rowHeight = Inches(0.36);
        var swatchWidth = Inches(0.42);
        var swatchHeight = Inches(0.24);
        tree.Append(TextShape(id++, "Tegnforklaring", legendLeft, MapTop, legendWidth, rowHeight, [Paragraph(lang, MapSceneBuilder.LegendHeadingOf(model), 1400, TextColour, bold: true)]));
        var top = MapTop + rowHeight + Inches(0.05);
        foreach (var (colour, status, label) in LegendRows(model))
        {
            tree.Append(Swatch(id++, legendLeft, top + ((rowHeight - swatchHeight) / 2), swatchWidth, swatchHeight, colour, status));
            var textLeft = legendLeft + swatchWidth + Inches(0.15);
            tree.Append(TextShape(id++, "Tegnforklaring " + label, textLeft, top, SlideWidth - Margin - textLeft, rowHeight, [Paragraph(lang, label, 1200, TextColour)], anchorMiddle: true));
            top += rowHeight;
        }

        tree.Append(TextShape(id, "Kilde", Margin, SlideHeight - Inches(0.6), contentWidth, Inches(0.35), [Paragraph(lang, model.SourceLine, 1100, MutedColour)]));

        return new P.Slide(new P.CommonSlideData(tree), new P.ColorMapOverride(new A.MasterColorMapping()));
    }

    private static IEnumerable<(string Colour, EntryStatus Status, string Label)> LegendRows(ChoroplethModel model)
    {
        foreach (var legendClass in model.Legend.OrderBy(c => c.Index))
        {
            yield return (legendClass.Colour, EntryStatus.Value, MapSceneBuilder.LegendLabel(legendClass, model.Language));
        }

        foreach (var group in model.Missing)
        {
            yield return (MapPalette.MissingColour, group.Status, MapSceneBuilder.MissingLabel(group, model.Language));
        }
    }

    private static P.NotesSlide Notes(ChoroplethModel model, string viewUrl, string hyperlinkId)
    {
        var lang = model.Language.Culture().Name;
        var tree = EmptyTree();
        tree.Append(new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = 2U, Name = "Lysbildebilde" },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true, NoRotation = true, NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.SlideImage })),
            new P.ShapeProperties()));

        var linkRun = new A.Run(
            new A.RunProperties(new A.HyperlinkOnClick { Id = hyperlinkId }) { Language = model.Language.Culture().Name, Dirty = false },
            new A.Text(XmlSafeText.Clean(viewUrl)));
        tree.Append(new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = 3U, Name = "Notater" },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.Body, Index = 1U })),
            new P.ShapeProperties(),
            new P.TextBody(
                new A.BodyProperties(),
                new A.ListStyle(),
                PlainParagraph(lang, model.Title),
                PlainParagraph(lang, ReaderText.Get(model.Language, "Pptx.OpenView")),
                new A.Paragraph(linkRun),
                PlainParagraph(lang, model.SourceLine))));

        return new P.NotesSlide(new P.CommonSlideData(tree), new P.ColorMapOverride(new A.MasterColorMapping()));
    }

    private static P.ShapeTree EmptyTree() => new(
        new P.NonVisualGroupShapeProperties(
            new P.NonVisualDrawingProperties { Id = 1U, Name = string.Empty },
            new P.NonVisualGroupShapeDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.GroupShapeProperties(new A.TransformGroup(
            new A.Offset { X = 0, Y = 0 },
            new A.Extents { Cx = 0, Cy = 0 },
            new A.ChildOffset { X = 0, Y = 0 },
            new A.ChildExtents { Cx = 0, Cy = 0 })));

    private static P.Shape TextShape(uint id, string name, long x, long y, long width, long height, IEnumerable<A.Paragraph> paragraphs, bool isTitle = false, bool anchorMiddle = false)
    {
        var drawing = isTitle
            ? new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true })
            : new P.NonVisualShapeDrawingProperties { TextBox = true };
        var application = isTitle
            ? new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.Title })
            : new P.ApplicationNonVisualDrawingProperties();
        var body = new A.BodyProperties
        {
            Wrap = A.TextWrappingValues.Square,
            LeftInset = 0,
            TopInset = 0,
            RightInset = 0,
            BottomInset = 0,
            Anchor = anchorMiddle ? A.TextAnchoringTypeValues.Center : isTitle ? A.TextAnchoringTypeValues.Bottom : A.TextAnchoringTypeValues.Top,
        };
        if (isTitle)
        {
            body.Append(new A.NormalAutoFit()); // a long title shrinks instead of running into the map
        }

        var textBody = new P.TextBody(body, new A.ListStyle());
        textBody.Append(paragraphs);
        return new P.Shape(
            new P.NonVisualShapeProperties(new P.NonVisualDrawingProperties { Id = id, Name = name }, drawing, application),
            new P.ShapeProperties(Transform(x, y, width, height), Rectangle(), new A.NoFill()),
            textBody);
    }

    private static P.Shape Swatch(uint id, long x, long y, long width, long height, string colour, EntryStatus status)
    {
        OpenXmlElement fill = MapPalette.HatchAngle(status) is { } angle
            ? new A.PatternFill(
                new A.ForegroundColor(Rgb(MapPalette.HatchColour)),
                new A.BackgroundColor(Rgb(colour)))
            { Preset = Pattern(angle) }
            : new A.SolidFill(Rgb(colour));
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = "Fargeprøve " + colour },
                new P.NonVisualShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.ShapeProperties(
                Transform(x, y, width, height),
                Rectangle(),
                fill,
                new A.Outline(new A.SolidFill(Rgb(MapScene.SwatchBorderColour))) { Width = 6350 }));
    }

    private static P.Picture Picture(uint id, string description, long x, long y, long width, long height) => new(
        new P.NonVisualPictureProperties(
            new P.NonVisualDrawingProperties { Id = id, Name = "Kart", Description = XmlSafeText.Clean(description) },
            new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.BlipFill(new A.Blip { Embed = "rId2" }, new A.Stretch(new A.FillRectangle())),
        new P.ShapeProperties(Transform(x, y, width, height), Rectangle()));

    private static A.Paragraph Paragraph(string lang, string text, int hundredthsOfPoint, string colour, bool bold = false) => new(
        new A.Run(
            new A.RunProperties(new A.SolidFill(Rgb(colour)))
            {
                Language = lang,
                FontSize = hundredthsOfPoint,
                Bold = bold,
                Dirty = false,
            },
            new A.Text(XmlSafeText.Clean(text))));

    private static A.Paragraph PlainParagraph(string lang, string text) => new(
        new A.Run(new A.RunProperties { Language = lang, Dirty = false }, new A.Text(XmlSafeText.Clean(text))));

    private static A.Transform2D Transform(long x, long y, long width, long height) => new(
        new A.Offset { X = x, Y = y },
        new A.Extents { Cx = width, Cy = height });

    private static A.PresetGeometry Rectangle() => new(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle };

    // PowerPoint has preset hatches only; these are the ones closest to the drawn map's three line directions.
    private static A.PresetPatternValues Pattern(int angle) => angle switch
    {
        45 => A.PresetPatternValues.WideUpwardDiagonal,
        -45 => A.PresetPatternValues.WideDownwardDiagonal,
        0 => A.PresetPatternValues.NarrowVertical,
        _ => A.PresetPatternValues.NarrowHorizontal,
    };

    private static A.RgbColorModelHex Rgb(string hex) => new() { Val = hex.TrimStart('#').ToUpperInvariant() };

    private static long Inches(double inches) => (long)Math.Round(inches * EmuPerInch);
}
