using System.Globalization;
using System.Text;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// File names that say what is inside: "digitalisering-kompetanse-2022-vestland.csv",
/// "digitalisering-prioritering-2024-hele-landet.png". ASCII only, so they survive every browser,
/// Content-Disposition header and file system.
/// </summary>
public static class ExportFileName
{
    /// <summary>
    /// "digitalisering-{indicator}-{year}-{county or hele-landet}.{extension}" for the model's view; a change view names
    /// both years: "digitalisering-kompetanse-endring-2018-2022-vestland.csv".
    /// </summary>
    /// <param name="model">The exported model; the county name comes from its structure.</param>
    /// <param name="extension">"csv", ".png", … (leading dot optional, letters and digits only, lower-cased).</param>
    /// <exception cref="ArgumentException">The extension is empty or not plain ASCII letters and digits.</exception>
    public static string For(ChoroplethModel model, string extension)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(extension);
        var ext = extension.TrimStart('.').ToLowerInvariant();
        if (ext.Length == 0 || !ext.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{extension}' is not a file extension.", nameof(extension));
        }

        var place = model.View.County is { } code && model.Boundaries.TryGetCounty(code, out var county)
            ? Slug(county.Name)
            : "hele-landet";
        var years = model.View.ChangeFrom is { } from
            ? string.Create(CultureInfo.InvariantCulture, $"endring-{from}-{model.View.Year}")
            : model.View.Year.ToString(CultureInfo.InvariantCulture);
        return $"digitalisering-{IndicatorText.Slug(model.View.Indicator)}-{years}-{place}.{ext}";
    }

    /// <summary>
    /// Lower-case ASCII slug: æ→ae, ø→o, å→a, other accents dropped (á→a, č→c), Sámi đ→d, ŋ→n, ŧ→t;
    /// every run of other characters becomes one '-', none at the ends. "Møre og Romsdal" → "more-og-romsdal".
    /// </summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // the accent of a decomposed letter (å is a + ring: the ring goes, a stays)
            }

            var ascii = c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'đ' => "d",
                'ŋ' => "n",
                'ŧ' => "t",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => null,
            };
            if (ascii is null)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(ascii);
        }

        return builder.ToString();
    }
}
