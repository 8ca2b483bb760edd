using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The map as an A4 PDF through Skia's PDF backend. Page 1 is the map drawn by <see cref="SkiaMapPainter"/>:
/// vector paths, and title, legend and source as real, selectable text in the embedded (subset) Source Sans 3.
/// The following pages list the view's values as a table (kommunenummer, kommune, verdi or SSB symbol).
/// The document's subject is the scene's description, which opens with the view's <see cref="ViewSummary"/>.
/// </summary>
/// <remarks>
/// Skia's PDF backend can tag a document (structure elements with alternate text), but SkiaSharp 3.119 exposes only
/// the document information (<see cref="SKDocumentPdfMetadata"/>: title, subject, author, keywords, dates), so the map
/// figure carries no alt text of its own; the subject is where a reader's software finds the summary.
/// </remarks>
public static class PdfExporter
{
    /// <summary>Creator and author written into the document information.</summary>
    public const string Creator = "Kommunedigital";

    /// <summary>Writes the PDF to <paramref name="output"/> (which need not be seekable).</summary>
    public static void Export(ChoroplethModel model, Stream output, PdfOrientation orientation = PdfOrientation.Landscape)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var layout = orientation switch
        {
            PdfOrientation.Landscape => SceneLayout.A4Landscape,
            PdfOrientation.Portrait => SceneLayout.A4Portrait,
            _ => throw new ArgumentOutOfRangeException(nameof(orientation), orientation, "Unknown orientation."),
        };
        var scene = MapSceneBuilder.Build(model, layout);

        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = model.Title;
        metadata.Subject = scene.Description;
        metadata.Author = Creator;
        metadata.Creator = Creator;
        metadata.Creation = DateTime.Now;
        metadata.Modified = metadata.Creation;

        using var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        var canvas = document.BeginPage(layout.Width, layout.Height);
        SkiaMapPainter.Paint(scene, canvas);
        document.EndPage();
        ValueTablePages.Draw(document, model, layout);
        document.Close();
    }
}
