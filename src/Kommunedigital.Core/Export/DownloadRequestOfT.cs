using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// A download request read from its route's format word and the page's query string: either a download to write
/// or every reason it is a 400 at once, keyed by parameter ("format" or a <see cref="QueryNames"/> name) with bokmål
/// messages, ready for a validation problem response.
/// </summary>
/// <typeparam name="TDownload"><see cref="ViewDownload"/> or <see cref="DatasetDownload"/>.</typeparam>
/// <param name="Download">The table row for the format; null when the format is unknown.</param>
/// <param name="View">The view (view downloads only); null for the dataset or when the view is invalid.</param>
/// <param name="Options">The download options read (defaults where a value was bad).</param>
/// <param name="Errors">Messages per parameter; empty when the request is valid.</param>
public sealed record DownloadRequest<TDownload>(
    TDownload? Download,
    MapView? View,
    DownloadOptions Options,
    IReadOnlyDictionary<string, string[]> Errors)
    where TDownload : class
{
    /// <summary>The parameter name of the route's format word in <see cref="Errors"/>.</summary>
    public const string FormatParameter = "format";

    /// <summary>True when there is a download to write and nothing was wrong.</summary>
    [MemberNotNullWhen(true, nameof(Download))]
    public bool IsValid => Download is not null && Errors.Count == 0;
}
