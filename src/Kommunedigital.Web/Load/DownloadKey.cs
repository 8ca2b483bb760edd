using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
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
        var parsed = DownloadRequest.ForDataset(format, query, data, language);
        return parsed.IsValid ? Of(data, parsed.Download, parsed.Options) : null;
    }

    /// <summary>"versjon-3|png|aar=2024&amp;fylke=46|1|Landscape|Excel", with "|English" after it for an English view.</summary>
    public static string Of(DataSnapshot data, ViewDownload download, MapView view, DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(download);
        ArgumentNullException.ThrowIfNull(view);
        // The language is not in the query string (the path carries it), so it is named here; bokmål keys stay as they were.
        var key = string.Join('|', SnapshotVersion(data), download.Format, MapViewQueryString.ToQueryString(view), Options(options));
        return view.Language == ReaderLanguage.Bokmal ? key : $"{key}|{view.Language}";
    }

    /// <summary>"versjon-3|datasett.csv|1|Landscape|Excel", with "|English" after it for the English files.</summary>
    public static string Of(DataSnapshot data, DatasetDownload download, DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(download);
        ArgumentNullException.ThrowIfNull(options);
        var key = string.Join('|', SnapshotVersion(data), "datasett." + download.Format, Options(options));
        return options.Language == ReaderLanguage.Bokmal ? key : $"{key}|{options.Language}";
    }

    /// <summary>
    /// The identity of the data a download is written from, the same on every instance and after a restart:
    /// "versjon-3" for a published release (a publish or a rollback changes it), and for data not from the release
    /// database (the sample, a <c>Data:Dataset</c> file) "data-" and a hash of the dataset's name and every record.
    /// </summary>
    public static string SnapshotVersion(DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Release is { } release
            ? "versjon-" + release.Number.ToString(CultureInfo.InvariantCulture)
            : DatasetIdentities.GetValue(data.Dataset, Identity);
    }

    // Computed once per dataset (3,405 records hash in well under a millisecond, but downloads are many).
    private static readonly ConditionalWeakTable<SurveyDataset, string> DatasetIdentities = [];

    private static string Identity(SurveyDataset dataset)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(dataset.Name);
        Add(dataset.IsSample ? "sample" : "file");
        foreach (var record in dataset.Records)
        {
            Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{record.Municipality.Value};{record.Year};{record.Indicator};{record.Score.Value?.ToString("R", CultureInfo.InvariantCulture)};{record.Score.Symbol}"));
        }

        return "data-" + Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 12));
    }

    // An English download adds "|English", so it never shares an entry with the bokmål one (bokmål keys are unchanged).
    private static string Options(DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = string.Create(CultureInfo.InvariantCulture, $"{options.Scale}|{options.Orientation}|{options.CsvFormat}");
        return options.Language == ReaderLanguage.Bokmal ? key : $"{key}|{options.Language}";
    }
}
