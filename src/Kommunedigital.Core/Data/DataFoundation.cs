using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;

namespace Kommunedigital.Core.Data;

/// <summary>
/// What every dataset is read against and drawn on: the boundary sets and the municipal numbering (KLASS) of each
/// survey year. Loaded once at start; each release or file becomes a snapshot on top of it without reading them again.
/// </summary>
/// <param name="Boundaries">Every boundary set of the manifest, in WGS84.</param>
/// <param name="Numbering">The numbers valid on 1 January of each survey year on <paramref name="Boundaries"/>.</param>
public sealed record DataFoundation(BoundaryCatalog Boundaries, MunicipalNumbering Numbering);
