using System.Globalization;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Load;

/// <summary>
/// The canonical name of a download: the data snapshot, the format and the view and options as parsed, written
/// back by the view's own codec (<see cref="MapViewQueryString.ToQueryString"/>). Two links that show the same
/// view (parameters in another order, old names, duplicates or unknown names the parse ignores) have one key, so
/// they share one output-cache entry and one ETag.
/// </summary>
public static class DownloadKey
{
    /// <summary>The key of a view download in <paramref name="language"/>, or null when the request is a 400 (errors are not cached).</summary>
    public static string? ForView(string format, IReadOnlyDictionary<string, string?> query, DataSnapshot data, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        var parsed = DownloadRequest.ForView(format, query, data, language);
        return parsed.IsValid && parsed.View is { } view ? Of(data, parsed.Download, view, parsed.Options) : null;
    }

    /// <summary>The key of a dataset download in <paramref name="language"/>, or null when the request is a 400.</summary>
    public static string? ForDataset(string format, IReadOnlyDictionary<string, string?> query, DataSnapshot data, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        var parsed = DownloadRequest.ForDataset(format, query, language);
        return parsed.IsValid ? Of(data, parsed.Download, parsed.Options) : null;
    }

    /// <summary>"638…|png|aar=2024&amp;fylke=46|1|Landscape|Excel", with "|English" after it for an English view.</summary>
    public static string Of(DataSnapshot data, ViewDownload download, MapView view, DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(download);
        ArgumentNullException.ThrowIfNull(view);
        // The language is not in the query string (the path carries it), so it is named here; bokmål keys stay as they were.
        var key = string.Join('|', SnapshotVersion(data), download.Format, MapViewQueryString.ToQueryString(view), Options(options));
        return view.Language == ReaderLanguage.Bokmal ? key : $"{key}|{view.Language}";
    }

    /// <summary>"638…|datasett.csv|1|Landscape|Excel", with "|English" after it for the English files.</summary>
    public static string Of(DataSnapshot data, DatasetDownload download, DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(download);
        ArgumentNullException.ThrowIfNull(options);
        var key = string.Join('|', SnapshotVersion(data), "datasett." + download.Format, Options(options));
        return options.Language == ReaderLanguage.Bokmal ? key : $"{key}|{options.Language}";
    }

    /// <summary>The identity of a published snapshot: when it was loaded, in UTC ticks (a reload publishes a new one).</summary>
    public static string SnapshotVersion(DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.LoadedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
    }

    private static string Options(DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture, $"{options.Scale}|{options.Orientation}|{options.CsvFormat}");
    }
}
