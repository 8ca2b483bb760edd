using Kommunedigital.Core.Data;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>One download of the whole dataset (<c>/last-ned/datasett.{Format}</c>): one row of <see cref="Downloads.Dataset"/>.</summary>
/// <param name="Format">The route's format word, lower case: "xlsx" or "csv".</param>
/// <param name="Label">Bokmål name in the download menu: "Alle år og kommuner (Excel)".</param>
/// <param name="ContentType">The response's media type.</param>
/// <param name="Extension">The file name's extension, without the dot.</param>
/// <param name="Compressible">True for text formats, which the server compresses on the wire.</param>
/// <param name="Write">Writes every year and municipality of the snapshot; the time is the export time for "Om dataene".</param>
public sealed record DatasetDownload(
    string Format,
    string Label,
    string ContentType,
    string Extension,
    bool Compressible,
    Action<DataSnapshot, DownloadOptions, DateTimeOffset, Stream> Write)
{
    /// <summary>The menu name in <paramref name="language"/>: "Alle år og kommuner (Excel)", "All years and municipalities (Excel)".</summary>
    public string LabelIn(ReaderLanguage language) => ReaderText.Get(language, "Download.Dataset." + Format);

    /// <summary>
    /// "digitalisering-alle-aar.csv", or "digitalisering-eksempeldata-alle-aar.csv" for the sample data, in every
    /// language: file names keep the Norwegian slugs, as the URLs do.
    /// </summary>
    public string FileName(DataSnapshot data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = data.Dataset.IsSample ? "digitalisering-eksempeldata-alle-aar" : "digitalisering-alle-aar";
        return $"{name}.{Extension}";
    }
}
