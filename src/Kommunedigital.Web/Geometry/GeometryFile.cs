namespace Kommunedigital.Web.Geometry;

/// <summary>
/// One geometry document (display GeoJSON, or a set's shapes as SVG), compressed once: identity, Brotli and gzip bytes of the same content.
/// </summary>
/// <param name="Identity">The document as UTF-8.</param>
/// <param name="Brotli">The same, Brotli-compressed.</param>
/// <param name="Gzip">The same, gzip-compressed.</param>
/// <param name="Tag">Opaque version of the content (32 hex digits of the content's SHA-256; for GeoJSON the boundary writer's ETag without quotes); the base of every ETag.</param>
/// <param name="Smallest">
/// True when compressed at the smallest-size levels; false for the quick first compression that serves the
/// first readers after a start while the smallest one is made in the background. Both decode to the same
/// document and carry the same ETag (<see cref="Endpoints.GeometryEndpoints.EntityTag"/>).
/// </param>
public sealed record GeometryFile(byte[] Identity, byte[] Brotli, byte[] Gzip, string Tag, bool Smallest);
