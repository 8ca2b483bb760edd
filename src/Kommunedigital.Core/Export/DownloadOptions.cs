using System.Globalization;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The download-only query options: <c>skala</c> (PNG scale 1–4, default 1), <c>retning</c> (PDF orientation
/// "liggende", the default, or "staaende"/"stående") and <c>csv</c> (dialect "excel", the default, or "rfc4180").
/// Read beside the view (<see cref="MapViewQuery.ParseStrict"/>) by <see cref="DownloadRequest{TDownload}"/>;
/// an absent or blank option is its default, an unknown one an error naming the valid values.
/// </summary>
/// <param name="Scale">PNG scale factor, 1 to 4.</param>
/// <param name="Orientation">PDF page orientation.</param>
/// <param name="CsvFormat">CSV dialect.</param>
/// <param name="Language">
/// The language of the whole-dataset downloads (a view's downloads follow <see cref="MapView.Language"/>); set from the
/// path (<c>/en</c>) by <see cref="DownloadRequest"/>, never from the query.
/// </param>
public sealed record DownloadOptions(int Scale, PdfOrientation Orientation, DatasetCsvFormat CsvFormat, ReaderLanguage Language = ReaderLanguage.Bokmal)
{
    /// <summary>Scale 1, landscape, Excel CSV: what a link without options downloads.</summary>
    public static DownloadOptions Default { get; } = new(1, PdfOrientation.Landscape, DatasetCsvFormat.Excel);

    private static readonly Dictionary<string, PdfOrientation> Orientations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["liggende"] = PdfOrientation.Landscape,
        ["staaende"] = PdfOrientation.Portrait,
        ["stående"] = PdfOrientation.Portrait,
    };

    private static readonly Dictionary<string, DatasetCsvFormat> CsvFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["excel"] = DatasetCsvFormat.Excel,
        ["rfc4180"] = DatasetCsvFormat.Rfc4180,
    };

    /// <summary>All three options; each bad one adds a bokmål message under its query name to <paramref name="errors"/>.</summary>
    public static DownloadOptions Read(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors) =>
        new(ReadScale(query, errors), ReadOrientation(query, errors), ReadCsvFormat(query, errors));

    /// <summary>Only the CSV dialect (the dataset downloads have no picture to scale or orient).</summary>
    public static DownloadOptions ReadCsvOnly(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors) =>
        Default with { CsvFormat = ReadCsvFormat(query, errors) };

    private static int ReadScale(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.TryGetValue(QueryNames.Scale, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return Default.Scale;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale is >= 1 and <= 4)
        {
            return scale;
        }

        errors[QueryNames.Scale] = [$"Skala «{MapViewQueryString.Echo(text)}» er ugyldig. Bruk et heltall fra 1 til 4."];
        return Default.Scale;
    }

    private static PdfOrientation ReadOrientation(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors) =>
        ReadChoice(query, QueryNames.Orientation, Orientations, Default.Orientation, "Retning", "«liggende» eller «staaende»", errors);

    private static DatasetCsvFormat ReadCsvFormat(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors) =>
        ReadChoice(query, QueryNames.CsvDialect, CsvFormats, Default.CsvFormat, "CSV-variant", "«excel» eller «rfc4180»", errors);

    /// <summary>An optional named choice: absent → the default; unknown → an error naming the valid words.</summary>
    private static T ReadChoice<T>(
        IReadOnlyDictionary<string, string?> query,
        string name,
        Dictionary<string, T> choices,
        T fallback,
        string label,
        string valid,
        IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        if (!query.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (choices.TryGetValue(text.Trim(), out var choice))
        {
            return choice;
        }

        errors[name] = [$"{label} «{MapViewQueryString.Echo(text)}» er ugyldig. Bruk {valid}."];
        return fallback;
    }
}
