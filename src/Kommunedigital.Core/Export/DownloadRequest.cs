using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>Reads <see cref="DownloadRequest{TDownload}"/>s: the format from <see cref="Downloads"/>, the view strictly, the options.</summary>
public static class DownloadRequest
{
    /// <summary>
    /// A download of the view in <paramref name="query"/>: the format must be in <see cref="Downloads.View"/>, the view
    /// must pass <see cref="MapViewQuery.ParseStrict"/>, and <c>skala</c>, <c>retning</c> and <c>csv</c> must be valid.
    /// </summary>
    /// <param name="format">The route's format word.</param>
    /// <param name="query">The page's query string.</param>
    /// <param name="data">The snapshot the view is read against.</param>
    /// <param name="language">The language of the download (from the path: <c>/en</c> is English); the view and options carry it.</param>
    public static DownloadRequest<ViewDownload> ForView(string format, IReadOnlyDictionary<string, string?> query, DataSnapshot data, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(format);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var download = Downloads.FindView(format);
        if (download is null)
        {
            errors[DownloadRequest<ViewDownload>.FormatParameter] =
                [$"Ukjent format «{MapViewQueryString.Echo(format)}». Gyldige formater: {string.Join(", ", Downloads.View.Select(d => d.Format))}."];
        }

        var view = MapViewQuery.ParseStrict(query, data);
        foreach (var (name, messages) in view.Errors)
        {
            errors[name] = messages;
        }

        var options = DownloadOptions.Read(query, errors) with { Language = language };
        return new(download, view.IsValid ? view.View with { Language = language } : null, options, errors);
    }

    /// <summary>
    /// A download of the whole dataset <paramref name="data"/>: the format must be in <see cref="Downloads.Dataset"/>,
    /// <c>csv</c> valid, and a <c>versjon</c> must name the release <paramref name="data"/> is.
    /// </summary>
    /// <param name="format">The route's format word.</param>
    /// <param name="query">The query string (<c>csv</c> and <c>versjon</c> are read).</param>
    /// <param name="data">The snapshot the download is written from.</param>
    /// <param name="language">The language of the download (from the path); <see cref="DownloadOptions.Language"/> carries it.</param>
    public static DownloadRequest<DatasetDownload> ForDataset(string format, IReadOnlyDictionary<string, string?> query, DataSnapshot data, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(format);
        var errors = new Dictionary<string, string[]>(MapViewQuery.VersionErrors(query, data), StringComparer.Ordinal);
        var download = Downloads.FindDataset(format);
        if (download is null)
        {
            errors[DownloadRequest<DatasetDownload>.FormatParameter] =
                [$"Ukjent format «{MapViewQueryString.Echo(format)}» for datasettet. Gyldige formater: {string.Join(", ", Downloads.Dataset.Select(d => d.Format))}."];
        }

        var options = DownloadOptions.ReadCsvOnly(query, errors) with { Language = language };
        return new(download, View: null, options, errors);
    }
}
