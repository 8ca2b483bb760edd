using System.Globalization;
using Kommunedigital.Core.Resources;
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

    /// <summary>
    /// All three options, <see cref="Language"/> set to <paramref name="language"/>; each bad one adds a message in that
    /// language under its query name to <paramref name="errors"/>.
    /// </summary>
    public static DownloadOptions Read(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors, ReaderLanguage language = ReaderLanguage.Bokmal) =>
        new(ReadScale(query, errors, language), ReadOrientation(query, errors, language), ReadCsvFormat(query, errors, language), language);

    /// <summary>Only the CSV dialect (the dataset downloads have no picture to scale or orient).</summary>
    public static DownloadOptions ReadCsvOnly(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors, ReaderLanguage language = ReaderLanguage.Bokmal) =>
        Default with { CsvFormat = ReadCsvFormat(query, errors, language), Language = language };

    private static int ReadScale(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors, ReaderLanguage language)
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

        errors[QueryNames.Scale] = [ReaderText.Format(language, "Options.BadScale", MapViewQueryString.Echo(text))];
        return Default.Scale;
    }

    private static PdfOrientation ReadOrientation(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors, ReaderLanguage language) =>
        ReadChoice(query, QueryNames.Orientation, Orientations, Default.Orientation, "Options.Orientation", "Options.OrientationValues", errors, language);

    private static DatasetCsvFormat ReadCsvFormat(IReadOnlyDictionary<string, string?> query, IDictionary<string, string[]> errors, ReaderLanguage language) =>
        ReadChoice(query, QueryNames.CsvDialect, CsvFormats, Default.CsvFormat, "Options.CsvDialect", "Options.CsvValues", errors, language);

    /// <summary>An optional named choice: absent → the default; unknown → an error naming the valid words.</summary>
    private static T ReadChoice<T>(
        IReadOnlyDictionary<string, string?> query,
        string name,
        Dictionary<string, T> choices,
        T fallback,
        string labelKey,
        string validKey,
        IDictionary<string, string[]> errors,
        ReaderLanguage language)
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

        errors[name] = [ReaderText.Format(language, "Options.BadChoice", ReaderText.Get(language, labelKey), MapViewQueryString.Echo(text), ReaderText.Get(language, validKey))];
        return fallback;
    }
}
