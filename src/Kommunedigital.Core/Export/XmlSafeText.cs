using System.Xml;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Drops characters XML 1.0 cannot carry at all (control characters other than tab and newlines, lone
/// surrogates). Escaping cannot save them, and one stray character in a data file must not fail an export.
/// Everything else is left for the XML writer to escape.
/// </summary>
internal static class XmlSafeText
{
    public static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsCarried(text, i))
            {
                return Strip(text);
            }
        }

        return text;
    }

    private static string Strip(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsCarried(text, i))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static bool IsCarried(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return XmlConvert.IsXmlChar(c);
    }
}
