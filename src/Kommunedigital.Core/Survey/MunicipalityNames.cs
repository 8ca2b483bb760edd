using System.Text;

namespace Kommunedigital.Core.Survey;

/// <summary>Whether a name written in a survey file is the official name of a municipality, allowing the usual variants.</summary>
internal static class MunicipalityNames
{
    /// <summary>
    /// Equal ignoring case, spacing and line breaks; or one of the language forms of a multilingual name
    /// ("Nordreisa" for "Nordreisa - Ráisa - Raisi", and the reverse).
    /// </summary>
    public static bool Agree(string inFile, string official)
    {
        var a = Key(inFile);
        var b = Key(official);
        return a == b || Forms(b).Contains(a) || Forms(a).Contains(b);
    }

    private static string[] Forms(string key) => key.Split(" - ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace(" -", " - ", StringComparison.Ordinal).Replace("- ", " - ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);
}
