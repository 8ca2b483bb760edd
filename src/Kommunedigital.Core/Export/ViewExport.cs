using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>What a download of one view is written from.</summary>
/// <param name="Data">The snapshot the view was read against.</param>
/// <param name="Model">The view's model; every drawn and tabular download reads it.</param>
/// <param name="Options">The download options (scale, orientation, CSV dialect).</param>
/// <param name="ViewUrl">The absolute link that reopens the view on the map page (printed in the PPTX).</param>
/// <param name="ExportedAt">The export time written in "Om dataene", in the server's local offset.</param>
public sealed record ViewExport(DataSnapshot Data, ChoroplethModel Model, DownloadOptions Options, string ViewUrl, DateTimeOffset ExportedAt);
