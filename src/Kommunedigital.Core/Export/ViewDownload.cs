using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>One download of the current view (<c>/last-ned/{Format}</c>): one row of <see cref="Downloads.View"/>.</summary>
/// <param name="Format">The route's format word, lower case: "png", "jsonstat", ….</param>
/// <param name="Label">Bokmål name in the download menu: "Bilde (PNG)".</param>
/// <param name="ContentType">The response's media type, with a charset where the format is text.</param>
/// <param name="Extension">The file name's extension, without the dot: "json" for JSON-stat.</param>
/// <param name="Compressible">True for text formats, which the server compresses on the wire.</param>
/// <param name="Write">Writes the file for a view; completes when every byte is in the stream.</param>
public sealed record ViewDownload(
    string Format,
    string Label,
    string ContentType,
    string Extension,
    bool Compressible,
    Func<ViewExport, Stream, CancellationToken, Task> Write)
{
    /// <summary>The menu name in <paramref name="language"/>: "Bilde (PNG)", "Image (PNG)".</summary>
    public string LabelIn(ReaderLanguage language) => ReaderText.Get(language, "Download." + Format);
}
