using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>Text placement for <see cref="MapScene"/>: fonts, line height, greedy word wrap.</summary>
internal static class SceneTextLayout
{
    public static float LineHeight(float size) => 1.25f * size;

    public static SKFont Font(SceneFontWeight weight, float size) => new(EmbeddedFonts.For(weight), size);

    public static float AddLines(List<SceneText> texts, string text, float x, float top, float maxWidth, float size, SceneFontWeight weight, string colour, SceneTextRole role)
    {
        using var font = Font(weight, size);
        return AddLines(texts, Wrap(text, font, maxWidth), x, top, size, weight, colour, role);
    }

    public static float AddLines(List<SceneText> texts, IReadOnlyList<string> lines, float x, float top, float size, SceneFontWeight weight, string colour, SceneTextRole role)
    {
        foreach (var line in lines)
        {
            // The baseline one em below the line's top leaves room for capitals with rings and accents (Å, Á).
            texts.Add(new SceneText(line, x, top + size, size, weight, colour, role));
            top += LineHeight(size);
        }

        return top;
    }

    /// <summary>Greedy word wrap; a single word wider than the line stays whole rather than being cut.</summary>
    public static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
