using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Source Sans 3 (Regular and Semibold), embedded in this assembly. Drawn exports never ask the system for
/// a font: a bare server or container has none, and text would silently vanish.
/// </summary>
internal static class EmbeddedFonts
{
    /// <summary>The family name written into SVG and PowerPoint text, where the viewer supplies the font.</summary>
    public const string FamilyName = "Source Sans 3";

    /// <summary>A CSS font-family list: the embedded family first, then look-alikes a viewer may have.</summary>
    public const string CssFamily = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";

    // Typefaces are immutable and safe to share between threads; SKFont and SKPaint are made per drawing.
    public static SKTypeface Regular { get; } = Load("Fonts.SourceSans3-Regular.ttf");

    public static SKTypeface Semibold { get; } = Load("Fonts.SourceSans3-Semibold.ttf");

    public static SKTypeface For(SceneFontWeight weight) => weight == SceneFontWeight.Semibold ? Semibold : Regular;

    private static SKTypeface Load(string resourceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The font resource '{resourceName}' is missing from {typeof(EmbeddedFonts).Assembly.GetName().Name}.");

        // Copy the bytes: Skia reads font tables lazily, long after a managed stream would be disposed.
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The font resource '{resourceName}' could not be read as a font.");
    }
}
